/**
 * Calendar days in China time (UTC+8, no DST): deadlines are dates, and "today" for a 大同 office is
 * the date in Beijing, not in UTC.
 */
const DAY = 86_400_000;
const CHINA_OFFSET = 8 * 3_600_000;

export const todayInChina = (now = new Date()) => new Date(now.getTime() + CHINA_OFFSET).toISOString().slice(0, 10);

/** A DATE column (midnight UTC) as YYYY-MM-DD; `inChina` for a timestamp whose Beijing date is wanted. */
export const isoDay = (d: Date, inChina = false) => (inChina ? todayInChina(d) : d.toISOString().slice(0, 10));

export const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

export const addDays = (day: string, n: number) => isoDay(new Date(dateOf(day).getTime() + n * DAY));

export function addMonths(day: string, n: number) {
  const d = dateOf(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return isoDay(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((dateOf(to).getTime() - dateOf(from).getTime()) / DAY);
