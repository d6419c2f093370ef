/**
 * 提案表 as a Word document, laid out like the printed form committees file (A4, 仿宋 body): the
 * committee and meeting in the heading, then a bordered table — 案号、分类、提案人、联名人、标题、案由、
 * 办法建议 — and, once handled, the handling units and each reply. Rich text becomes paragraphs of plain
 * text (the HTML was sanitised on the way in; nothing of it is trusted here).
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { plainText } from "./rich-text";
import type { ProposalDetail } from "./proposals.types";

const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };
const TITLE_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体" };
const HEI_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
const SIZE_4 = 28;
const SIZE_SMALL_4 = 24;
const border = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };

const paragraphs = (text: string, size = SIZE_SMALL_4) =>
  (text.trim() ? text.split(/\n+/) : [""]).map((line) => new Paragraph({ spacing: { line: 400 }, children: [new TextRun({ text: line.trim(), font: BODY_FONT, size })] }));

const labelCell = (label: string) =>
  new TableCell({
    width: { size: 18, type: WidthType.PERCENTAGE },
    borders,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: label, font: HEI_FONT, size: SIZE_SMALL_4 })] })],
  });
const valueCell = (text: string, span = 1) => new TableCell({ columnSpan: span, borders, children: paragraphs(text) });
const pair = (label: string, value: string) => new TableRow({ children: [labelCell(label), valueCell(value, 3)] });
const twoPairs = (l1: string, v1: string, l2: string, v2: string) => new TableRow({ children: [labelCell(l1), valueCell(v1), labelCell(l2), valueCell(v2)] });

export async function buildProposalDocx(p: ProposalDetail, committeeName: string): Promise<Buffer> {
  const heading = `${committeeName}${p.session.name}${p.meeting ? p.meeting.name : ""}提案`;
  const cosigners = p.cosigners.filter((c) => c.status === "CONFIRMED").map((c) => c.memberName).join("、");
  const units = [p.leadUnit ? `主办：${p.leadUnit.name}` : "", p.coUnits.length ? `协办：${p.coUnits.map((u) => u.name).join("、")}` : ""].filter(Boolean).join("；");
  const rows = [
    twoPairs("案　　号", p.caseNumber ?? "（未立案）", "分　　类", p.category?.name ?? ""),
    twoPairs("提 案 人", p.submitterName, "提交时间", p.submittedAt ? p.submittedAt.toISOString().slice(0, 10) : ""),
    pair("联 名 人", cosigners || "无"),
    pair("标　　题", p.title),
    pair("案　　由", p.reasons ?? ""),
    pair("提案内容", plainText(p.content)),
    pair("办法建议", p.suggestions ?? ""),
    ...(units ? [pair("承办单位", `${units}${p.deadline ? `（办理期限 ${p.deadline}）` : ""}`)] : []),
    ...p.replies.map((r) => pair(`${r.isLead ? "主办" : "协办"}答复`, `${r.unit.name}${r.resultLabel ? `（${r.resultLabel}）` : ""}：\n${plainText(r.content)}`)),
  ];
  const doc = new Document({
    creator: committeeName,
    title: p.title,
    sections: [
      {
        properties: { page: { margin: { top: 1440 * 1.1, bottom: 1440, left: 1440 * 1.1, right: 1440 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: heading, font: TITLE_FONT, size: 40 })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [1650, 2900, 1650, 2900], rows }),
          new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `当前状态：${p.stateLabel}${p.isKey ? "　重点提案" : ""}`, font: BODY_FONT, size: SIZE_4 })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
