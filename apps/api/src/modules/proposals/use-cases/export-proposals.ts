import ExcelJS from "exceljs";
import { PROPOSAL_SUBMITTER_TYPE_LABELS } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import type { FileDownload } from "../../organisation/files.types";
import { addSheet, stamp, workbookBase64, exportMarkOf, XLSX_MIME } from "../../organisation/xlsx";
import type { ProposalFilter, ProposalSort } from "../inputs.types";
import { proposalOrderBy } from "../proposal-query";
import { proposalWork } from "../proposal-work";
import { summaryInclude } from "../proposals.presenter";
import { getProposalStatistics, parseScope, STAT_STATES, type StatScope } from "./get-proposal-statistics";
import { listWhere, parseProposalListArgs, presentPage } from "./list-proposals";

export const EXPORT_MAX_ROWS = 10_000;

const LIST_COLUMNS = [
  ["序号", 6], ["案号", 12], ["标题", 48], ["届次", 10], ["会议", 12], ["分类", 14], ["提案人", 16], ["提案人类型", 10], ["联名人数", 8], ["状态", 12],
  ["重点提案", 8], ["督办领导", 10], ["主办单位", 24], ["协办单位", 30], ["办理期限", 12], ["提交时间", 12], ["立案时间", 12],
] as const;
const cols = (xs: readonly (readonly [string, number])[]) => xs.map(([h]) => ({ key: h, header: h, required: false }));
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The proposal query's result as a real .xlsx (office lists); audited like every bulk export. */
export async function exportProposals(ctx: Context, args: { filter?: ProposalFilter | null; sort?: ProposalSort | null }): Promise<FileDownload> {
  const { filter, sort } = parseProposalListArgs(args);
  return proposalWork(ctx, async (w, a) => {
    const where = await listWhere(w, a, filter, "office");
    const rows = await w.db.proposal.findMany({ where, include: summaryInclude, orderBy: proposalOrderBy(sort), take: EXPORT_MAX_ROWS + 1 });
    if (rows.length > EXPORT_MAX_ROWS) throw ValidationFailed(`导出结果超过 ${EXPORT_MAX_ROWS} 条，请缩小查询范围`);
    const items = await presentPage(w, a, rows);
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, "提案列表", cols(LIST_COLUMNS), { widths: LIST_COLUMNS.map(([, width]) => width) });
    items.forEach((p, i) =>
      ws.addRow([i + 1, p.caseNumber ?? "", p.title, p.session.name, p.meeting?.name ?? "", p.category?.name ?? "", p.submitterName, PROPOSAL_SUBMITTER_TYPE_LABELS[p.submitterType],
        p.cosignerCount, p.stateLabel, p.isKey ? "是" : "", p.keySupervisor ?? "", p.leadUnit?.name ?? "", p.coUnits.map((u) => u.name).join("、"), p.deadline ?? "",
        day(p.submittedAt), day(p.filedAt)]),
    );
    w.audit({ action: "proposal.export", targetType: "Proposal", detail: { rows: items.length, filter: filter ?? {} } });
    return { filename: `提案列表-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: items.length };
  });
}

/** 提案统计 as a workbook: 分类×状态, 提案人类型, 界别, 承办单位, 委员评价 — each with a total row. */
export async function exportProposalStatistics(ctx: Context, scope: StatScope): Promise<FileDownload> {
  const s = await getProposalStatistics(ctx, parseScope(scope));
  const wb = new ExcelJS.Workbook();
  const byCat = addSheet(wb, "分类×状态", cols([["分类", 28], ["合计", 8], ...STAT_STATES.map((st) => [s.byState.find((b) => b.state === st)!.label, 12] as [string, number])]), { widths: [28, 8, ...STAT_STATES.map(() => 12)] });
  for (const r of s.byCategory) byCat.addRow([r.path, r.total, ...r.counts.map((c) => c.count)]);
  byCat.addRow(["合计", s.total, ...s.byState.map((c) => c.count)]).font = { bold: true };

  const bySub = addSheet(wb, "提案人类型", cols([["类型", 10], ["提交", 8], ["立案", 8], ["不予立案", 10], ["办结", 8]]), { widths: [10, 8, 8, 10, 8] });
  for (const r of s.bySubmitterType) bySub.addRow([r.label, r.total, r.filed, r.notFiled, r.closed]);

  const bySector = addSheet(wb, "界别", cols([["界别", 20], ["提交", 8], ["立案", 8], ["不予立案", 10], ["办结", 8]]), { widths: [20, 8, 8, 10, 8] });
  for (const r of s.bySector) bySector.addRow([r.label, r.total, r.filed, r.notFiled, r.closed]);

  const UNIT = [["承办单位", 30], ["交办", 8], ["主办", 8], ["协办", 8], ["已签收", 8], ["未签收", 8], ["已答复", 8], ["超期", 8], ["A类", 6], ["B类", 6], ["C类", 6], ["满意", 6], ["基本满意", 8], ["不满意", 8]] as [string, number][];
  const byUnit = addSheet(wb, "承办单位", cols(UNIT), { widths: UNIT.map(([, width]) => width) });
  for (const r of s.byUnit) byUnit.addRow([r.unit.name, r.assigned, r.lead, r.co, r.signed, r.notSigned, r.replied, r.overdue, r.resultA, r.resultB, r.resultC, r.satisfied, r.basicallySatisfied, r.dissatisfied]);

  const bySat = addSheet(wb, "委员评价", cols([["评价", 12], ["件数", 8]]), { widths: [12, 8] });
  for (const r of s.bySatisfaction) bySat.addRow([r.label, r.count]);
  return { filename: `提案统计-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: s.total };
}
