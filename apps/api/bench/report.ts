export interface Row {
  name: string;
  measured: string;
  target?: string;
  ok?: boolean;
}
export interface Section {
  title: string;
  rows: Row[];
  note?: string;
}
export interface Report {
  when: string;
  machine: string;
  tier: string;
  sections: Section[];
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "—");

export function renderReport(r: Report): string {
  const out = [`# 智慧政协 benchmark`, ``, `- 时间 when: ${r.when}`, `- 机器 machine: ${r.machine}`, `- 数据 tier: ${r.tier}`, ``];
  for (const s of r.sections) {
    out.push(`## ${s.title}`, ``, `| 项目 | 实测 measured | 目标 target | |`, `|---|---|---|---|`);
    for (const row of s.rows) out.push(`| ${row.name} | ${row.measured} | ${row.target ?? ""} | ${row.ok === undefined ? "" : row.ok ? "✅" : "❌"} |`);
    if (s.note) out.push(``, s.note);
    out.push(``);
  }
  return out.join("\n");
}
