import { Card, Descriptions, Tag } from "antd";
import type { OpinionUpwardFieldsFragment } from "../../../gql/graphql";
import { InstructionList } from "./InstructionList";
import { dash, formatTime } from "./OpinionTags";

/** 上报后的上级办理情况: what the parent committee did with a forwarded item, read back from there. */
export function UpwardPanel({ opinionId, upward: u }: { opinionId: string; upward: OpinionUpwardFieldsFragment }) {
  return (
    <Card size="small" title={`上报${u.parentTenantName}办理情况`}>
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: "at", label: "上报时间", children: formatTime(u.forwardedAt) },
          { key: "state", label: "上级状态", children: <Tag color={u.adopted ? "green" : "default"}>{u.stateLabel}</Tag> },
          { key: "adopted", label: "采用时间", children: formatTime(u.adoptedAt) },
          { key: "issue", label: "上级刊物", children: dash(u.issueLabel) },
          ...(u.returnReason ? [{ key: "ret", label: "退回理由", span: 2, children: u.returnReason }] : []),
          ...(u.discardReason ? [{ key: "dis", label: "转弃说明", span: 2, children: u.discardReason }] : []),
        ]}
      />
      {u.instructions.length > 0 && <InstructionList opinionId={opinionId} items={u.instructions} />}
    </Card>
  );
}
