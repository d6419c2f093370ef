import { ROLE_LABELS, type Role } from "@zhzx/shared";
import { LOGIN_FAILURE_REASONS } from "./audit-labels";

const roleList = (v: unknown) =>
  Array.isArray(v) && v.length ? v.map((r) => ROLE_LABELS[r as Role] ?? String(r)).join("、") : "无";

/** A one-line Chinese summary of an entry's detail; the raw JSON stays available in the expanded row. */
export function describeDetail(action: string, detail: unknown): string {
  if (detail == null || typeof detail !== "object") return "";
  const d = detail as Record<string, unknown>;
  if (typeof d.reason === "string") return `原因：${LOGIN_FAILURE_REASONS[d.reason] ?? d.reason}`;
  if (action === "user.set_roles") return `角色：${roleList(d.from)} → ${roleList(d.to)}`;
  if (action === "user.create") return `用户名：${String(d.username ?? "")}；角色：${roleList(d.roles)}`;
  const text = JSON.stringify(detail);
  return text === "{}" ? "" : text;
}
