/**
 * An issue as a Word document laid out like an official bulletin (简报/刊物, after GB/T 9704): red title
 * block with the journal name and issue number, publisher and date, a red rule; the items in the
 * editor's order (title, text with two-character indents, submitter); the 报/送/发 lines between rules
 * at the end. Built with the `docx` library; fonts are the ones Chinese offices have installed.
 */
import { AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, TabStopType, TextRun } from "docx";

export interface BulletinIssue {
  journalName: string;
  year: number;
  number: number;
  title: string | null;
  publisherName: string;
  issueDate: string | null;
  editorName: string | null;
  signerName: string | null;
  reportTo: string | null;
  sendTo: string | null;
  distributeTo: string | null;
  items: { title: string; content: string; submitterName: string }[];
}

const RED = "C00000";
const TITLE_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体" };
const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };
const HEI_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
/** 三号 = 16 pt; docx sizes are half-points. */
const SIZE_3 = 32;
const SIZE_4 = 28;
/** Text block width of A4 with 28 mm / 26 mm side margins, in twips. */
const TEXT_WIDTH = Math.round(((210 - 28 - 26) / 25.4) * 1440);
const mm = (x: number) => Math.round((x / 25.4) * 1440);
const exactLine = { line: 560, lineRule: LineRuleType.EXACT };

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

const rule = (color: string, size: number) => new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, color, size, space: 1 } }, spacing: { after: 240 } });

function titleBlock(i: BulletinIssue): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: mm(10), after: 200 },
      children: [new TextRun({ text: i.journalName, font: TITLE_FONT, size: 88, color: RED, characterSpacing: 120 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [new TextRun({ text: `${i.year}年第${i.number}期`, font: BODY_FONT, size: SIZE_3 })],
    }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [
        new TextRun({ text: `${i.publisherName}编`, font: BODY_FONT, size: SIZE_3 }),
        new TextRun({ text: `\t${i.issueDate ? chineseDate(i.issueDate) : ""}`, font: BODY_FONT, size: SIZE_3 }),
      ],
    }),
    rule(RED, 18),
    ...(i.title
      ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: i.title, font: HEI_FONT, size: SIZE_3 })] })]
      : []),
  ];
}

function item(it: BulletinIssue["items"][number], index: number): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: index === 0 ? 240 : 480, after: 240, line: 700, lineRule: LineRuleType.AT_LEAST },
      children: [new TextRun({ text: it.title, font: TITLE_FONT, size: 44 })],
    }),
    ...it.content
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((line) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 640 }, spacing: exactLine, children: [new TextRun({ text: line, font: BODY_FONT, size: SIZE_3 })] })),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLine, children: [new TextRun({ text: `（${it.submitterName}）`, font: BODY_FONT, size: SIZE_3 })] }),
  ];
}

/** 版记: 报/送/发 each on its own line between thin rules, the editor and signer under them. */
function distribution(i: BulletinIssue): Paragraph[] {
  const lines = ([["报", i.reportTo], ["送", i.sendTo], ["发", i.distributeTo]] as const).filter(([, v]) => v);
  const thin = { style: BorderStyle.SINGLE, color: "000000", size: 6, space: 1 };
  const out: Paragraph[] = [new Paragraph({ spacing: { before: 600 }, border: { bottom: thin }, children: [] })];
  for (const [label, value] of lines) {
    out.push(
      new Paragraph({
        border: { bottom: thin },
        indent: { left: 320, right: 320, hanging: 640 },
        spacing: { before: 60, after: 60 },
        children: [new TextRun({ text: `${label}：`, font: HEI_FONT, size: SIZE_4 }), new TextRun({ text: value!, font: BODY_FONT, size: SIZE_4 })],
      }),
    );
  }
  const credits = [i.editorName ? `责任编辑：${i.editorName}` : null, i.signerName ? `签发：${i.signerName}` : null].filter(Boolean).join("　　");
  if (credits) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children: [new TextRun({ text: credits, font: BODY_FONT, size: SIZE_4 })] }));
  return out;
}

export async function buildBulletinDocx(i: BulletinIssue): Promise<Buffer> {
  const doc = new Document({
    creator: i.publisherName,
    title: `${i.journalName} ${i.year}年第${i.number}期`,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE_3 } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        children: [...titleBlock(i), ...i.items.flatMap(item), ...distribution(i)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
