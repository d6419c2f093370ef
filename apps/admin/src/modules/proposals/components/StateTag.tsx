import { Tag } from "antd";
import { PROPOSAL_STATE_LABELS, type ProposalState } from "@zhzx/shared";
import { STATE_COLORS } from "./labels";

/** A proposal's state as the office names it (待一审, 已交办待签收 …), coloured by stage. */
export function StateTag({ state, label }: { state: string; label?: string }) {
  const s = state as ProposalState;
  return <Tag color={STATE_COLORS[s]}>{label ?? PROPOSAL_STATE_LABELS[s] ?? state}</Tag>;
}

/** Days left on an assignment: red when overdue, orange in the last week. */
export function DaysLeft({ daysLeft, replied }: { daysLeft: number; replied: boolean }) {
  if (replied) return <Tag color="green">已答复</Tag>;
  if (daysLeft < 0) return <Tag color="red">超期 {-daysLeft} 天</Tag>;
  if (daysLeft === 0) return <Tag color="orange">今天到期</Tag>;
  return <Tag color={daysLeft <= 7 ? "orange" : "default"}>剩 {daysLeft} 天</Tag>;
}
