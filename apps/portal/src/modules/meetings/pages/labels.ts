export const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", hour12: false });

/** The member's own standing on an invitation, in words. */
export function standing(i: { reply: string; leaveStatus?: string | null; attendance?: string | null } | null | undefined): { text: string; color: "success" | "warning" | "danger" | "default" | "primary" } {
  if (!i) return { text: "", color: "default" };
  if (i.attendance === "ATTENDED") return { text: "已签到", color: "success" };
  if (i.attendance === "ABSENT") return { text: "缺席", color: "danger" };
  // Leave recorded by staff (no request from the member, so the reply may still be NONE) is approved leave.
  if (i.attendance === "LEAVE") return { text: "请假已批准", color: "default" };
  if (i.reply === "LEAVE") return i.leaveStatus === "APPROVED" ? { text: "请假已批准", color: "default" } : i.leaveStatus === "REJECTED" ? { text: "请假未批准", color: "danger" } : { text: "请假待审批", color: "warning" };
  if (i.reply === "ATTEND") return { text: "已回执参加", color: "primary" };
  return { text: "待回执", color: "warning" };
}
