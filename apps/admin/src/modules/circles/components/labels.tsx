import { Tag } from "antd";
import { CIRCLE_KIND_LABELS, CIRCLE_POST_STATUS_LABELS, type CircleKind, type CirclePostStatus } from "@zhzx/shared";

const KIND_COLORS: Record<CircleKind, string> = { SPECIAL_COMMITTEE: "blue", SECTOR: "green", OPEN: "orange" };
const STATUS_COLORS: Record<CirclePostStatus, string> = { VISIBLE: "green", HIDDEN: "gold", DELETED: "default" };

export const CircleKindTag = ({ kind }: { kind: CircleKind }) => <Tag color={KIND_COLORS[kind]}>{CIRCLE_KIND_LABELS[kind]}</Tag>;
export const PostStatusTag = ({ status }: { status: CirclePostStatus }) => <Tag color={STATUS_COLORS[status]}>{CIRCLE_POST_STATUS_LABELS[status]}</Tag>;

export const excerpt = (text: string, n = 60) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};
