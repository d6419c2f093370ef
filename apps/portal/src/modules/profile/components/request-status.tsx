import { Tag } from "antd-mobile";
import { CHANGE_REQUEST_STATUS_LABELS, type ChangeRequestStatus } from "@zhzx/shared";

const COLORS: Record<ChangeRequestStatus, string> = { PENDING: "warning", APPROVED: "success", REJECTED: "danger", CANCELLED: "default" };

export function RequestStatusTag({ status }: { status: ChangeRequestStatus }) {
  return (
    <Tag color={COLORS[status]} fill="outline">
      {CHANGE_REQUEST_STATUS_LABELS[status]}
    </Tag>
  );
}

/** 2026-11-24T08:30:00Z → 2026-11-24 16:30 (the phone's own time zone). */
export function formatTime(iso: string | null | undefined) {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
