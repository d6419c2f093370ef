const pad = (n: number) => String(n).padStart(2, "0");
const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
const DAY = 86_400_000;

/** When something arrived, as a phone says it: 刚刚 · 5 分钟前 · 今天 09:30 · 昨天 18:02 · 3月5日 · 2025年12月1日. */
export function arrivedAt(iso: string, now = new Date()): string {
  const t = new Date(iso);
  const ago = now.getTime() - t.getTime();
  if (ago < 60_000) return "刚刚";
  if (ago < 3_600_000) return `${Math.floor(ago / 60_000)} 分钟前`;
  const days = Math.round((dayStart(now) - dayStart(t)) / DAY);
  const hm = `${pad(t.getHours())}:${pad(t.getMinutes())}`;
  if (days === 0) return `今天 ${hm}`;
  if (days === 1) return `昨天 ${hm}`;
  if (t.getFullYear() === now.getFullYear()) return `${t.getMonth() + 1}月${t.getDate()}日 ${hm}`;
  return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日`;
}

/** A deadline: 今天 18:00 · 明天 · 3月5日 · 2027年1月10日 (time shown only when it is not midnight). */
export function deadline(iso: string, now = new Date()): string {
  const t = new Date(iso);
  const days = Math.round((dayStart(t) - dayStart(now)) / DAY);
  const hm = t.getHours() || t.getMinutes() ? ` ${pad(t.getHours())}:${pad(t.getMinutes())}` : "";
  if (days === 0) return `今天${hm}`;
  if (days === 1) return `明天${hm}`;
  if (days === -1) return `昨天${hm}`;
  if (t.getFullYear() === now.getFullYear()) return `${t.getMonth() + 1}月${t.getDate()}日${hm}`;
  return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日${hm}`;
}

/** Full date and time for a detail view: 2026年11月25日 09:30. */
export function fullTime(iso: string): string {
  const t = new Date(iso);
  return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日 ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
