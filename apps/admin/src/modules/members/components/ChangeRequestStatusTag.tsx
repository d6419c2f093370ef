import { Tag } from "antd";
import { CHANGE_REQUEST_STATUS_LABELS, type ChangeRequestStatus } from "@zhzx/shared";

const COLORS: Record<ChangeRequestStatus, string> = { PENDING: "orange", APPROVED: "green", REJECTED: "red", CANCELLED: "default" };

export function ChangeRequestStatusTag({ status }: { status: ChangeRequestStatus }) {
  return <Tag color={COLORS[status]}>{CHANGE_REQUEST_STATUS_LABELS[status]}</Tag>;
}
