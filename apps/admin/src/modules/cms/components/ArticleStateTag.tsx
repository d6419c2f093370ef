import { Tag } from "antd";
import type { CmsArticleState } from "../../../gql/graphql";
import { STATE_COLORS, STATE_LABELS } from "./cms-labels";

export function ArticleStateTag({ state }: { state: CmsArticleState }) {
  return <Tag color={STATE_COLORS[state]}>{STATE_LABELS[state]}</Tag>;
}
