import dayjs from "dayjs";

/**
 * A short category for a kind (`member.change_request.review` → 信息修改). Kinds are open-ended —
 * every module adds its own — so this goes by the module prefix; an unknown one gets no label.
 */
const CATEGORIES: [prefix: string, label: string][] = [
  ["member.change_request", "信息修改"],
  ["member", "委员信息"],
  ["proposal", "提案"],
  ["opinion", "社情民意"],
  ["meeting", "会议活动"],
  ["notice", "通知公告"],
  ["performance", "履职"],
  ["circle", "圈子"],
];

export function kindCategory(kind: string): string | null {
  return CATEGORIES.find(([prefix]) => kind === prefix || kind.startsWith(`${prefix}.`))?.[1] ?? null;
}

export const dateTime = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

/** 刚刚 · 5 分钟前 · 3 小时前 · 11-20 14:30 · 2025-11-20 */
export function ago(iso: string, now = dayjs()): string {
  const t = dayjs(iso);
  const minutes = now.diff(t, "minute");
  if (minutes < 1) return "刚刚";
  if (minutes < 60) return `${minutes} 分钟前`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} 小时前`;
  return t.year() === now.year() ? t.format("MM-DD HH:mm") : t.format("YYYY-MM-DD");
}

export const isOverdue = (dueAt: string | null, doneAt: string | null) => !doneAt && !!dueAt && dayjs(dueAt).isBefore(dayjs());

/** A deadline, compact: 11-30 18:00 this year, 2027-01-10 beyond. */
export function due(iso: string, now = dayjs()): string {
  const t = dayjs(iso);
  return t.year() === now.year() ? t.format("MM-DD HH:mm") : t.format("YYYY-MM-DD");
}
