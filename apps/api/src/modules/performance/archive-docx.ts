/**
 * One member's 履职档案 as a Word document: profile basics and terms, the score of the chosen period
 * with its line-by-line explanation, and every recorded act grouped by year. Built with `docx`; fonts
 * are the ones Chinese offices have installed. No phone number or other contact data goes in.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

export interface ArchiveDoc {
  committee: string;
  member: { name: string; gender: string; birthDate: string; ethnicGroup: string; education: string; nativePlace: string; workUnitTitle: string };
  terms: { session: string; sector: string; party: string; memberType: string; committee: string }[];
  score: {
    periodLabel: string;
    ruleSets: string;
    total: number;
    cappedPoints: number;
    grade: string | null;
    rank: number | null;
    rankOf: number | null;
    lines: { day: string; kind: string; source: string; rule: string; points: number; note: string }[];
  };
  years: { year: number; counts: { label: string; count: number }[]; events: { day: string; kind: string; source: string; note: string }[] }[];
  generatedOn: string;
}

const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };
const HEI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
const TITLE = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体" };
const text = (t: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text: t, font: opts.bold ? HEI : FONT, size: opts.size ?? 24 });
const para = (t: string, opts: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ alignment: opts.align, children: [text(t, opts)] });
const heading = (t: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 360, after: 160 }, children: [new TextRun({ text: t, font: HEI, size: 30 })] });
const line = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function table(header: string[], rows: (string | number)[][], widths?: number[]) {
  const cell = (v: string | number, bold = false, i = 0) =>
    new TableCell({ width: widths ? { size: widths[i]!, type: WidthType.PERCENTAGE } : undefined, children: [para(String(v), { bold })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i)) }), ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, false, i)) }))],
  });
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export async function buildArchiveDocx(a: ArchiveDoc): Promise<Buffer> {
  const m = a.member;
  const s = a.score;
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: `${a.committee}委员履职档案`, font: TITLE, size: 44 })] }),
    para(`${m.name}　·　生成日期 ${a.generatedOn}`, { align: AlignmentType.CENTER }),
    heading("一、基本情况"),
    table(["姓名", m.name, "性别", m.gender], [["出生日期", m.birthDate, "民族", m.ethnicGroup], ["学历", m.education, "籍贯", m.nativePlace], ["工作单位职务", m.workUnitTitle, "", ""]], [18, 32, 18, 32]),
    heading("二、历届任职"),
    a.terms.length ? table(["届次", "界别", "党派", "委员类型", "专委会"], a.terms.map((t) => [t.session, t.sector, t.party, t.memberType, t.committee])) : para("（无任职记录）"),
    heading(`三、${s.periodLabel}评分`),
    para(`总分 ${s.total} 分${s.cappedPoints ? `（因上限未计入 ${s.cappedPoints} 分）` : ""}；等级 ${s.grade ?? "未定级"}${s.rank ? `；名次 ${s.rank}/${s.rankOf}` : ""}`, { bold: true }),
    para(`依据：${s.ruleSets || "本期无适用的考核办法"}`),
    s.lines.length
      ? table(["日期", "履职事项", "来源", "规则", "得分", "说明"], s.lines.map((l) => [l.day, l.kind, l.source, l.rule, signed(l.points), l.note]), [13, 16, 14, 27, 8, 22])
      : para("（本期无履职事项）"),
    heading("四、历年履职记录"),
    ...(a.years.length
      ? a.years.flatMap((y) => [
          para(`${y.year} 年：${y.counts.map((c) => `${c.label} ${c.count}`).join("，")}`, { bold: true }),
          table(["日期", "履职事项", "来源", "备注"], y.events.map((e) => [e.day, e.kind, e.source, e.note]), [15, 22, 18, 45]),
        ])
      : [para("（无履职记录）")]),
  ];
  const doc = new Document({
    creator: a.committee,
    title: `${m.name}履职档案`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
