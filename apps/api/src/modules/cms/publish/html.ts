import { escapeHtml } from "../text/highlight";

/** Markup that is already safe (our own templates, or bodies sanitised on save). */
export class Safe {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}
export const raw = (s: string) => new Safe(s);

function render(v: unknown): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof Safe) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

/** Tagged template: every interpolation is escaped unless it is Safe (escape by default). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Safe(out);
}

const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
/** 2026-11-24 in Beijing time. */
export const isoDay = (d: Date) => day.format(d);
export const chineseDay = (d: Date) => {
  const [y, m, dd] = isoDay(d).split("-");
  return `${y}年${Number(m)}月${Number(dd)}日`;
};
