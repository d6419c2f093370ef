import ExcelJS from "exceljs";
import { ASSESSMENT_TYPE_LABELS, GENDER_LABELS, PERFORMANCE_EVENT_LABELS, type Gender } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import type { FileDownload } from "../../organisation/files.types";
import { addSheet, stamp, workbookBase64, exportMarkOf, XLSX_MIME } from "../../organisation/xlsx";
import type { ParticipationArgs } from "../participation.types";
import type { ResolvedPeriod } from "../scoring/periods";
import { scoreContext, sourceOf } from "../scoring/score-context";
import { queryScores } from "../scoring/score-query";
import type { PerformanceScoreArgs } from "../scores.types";
import { parseParticipationArgs, PARTICIPATION_KINDS, presentParticipation, queryParticipation, resolveParticipation } from "./get-participation-stats";
import { parseScoreArgs, presentScoreRow } from "./rank-scores";

export const EXPORT_MAX_ROWS = 10_000;
const col = (header: string) => ({ key: header, header, required: false });

export const periodLabel = (p: Pick<ResolvedPeriod, "assessmentType" | "year" | "session">) =>
  p.assessmentType === "ANNUAL" ? `${p.year}年度` : `${p.session.name}${ASSESSMENT_TYPE_LABELS.SESSION}`;

/** 履职档案 list as .xlsx: the same rows as the query (rank, profile basics, total, 等级); audited. */
export async function exportArchiveList(ctx: Context, args: Pick<PerformanceScoreArgs, "period" | "filter" | "direction" | "runId">): Promise<FileDownload> {
  const { period, filter, direction, runId } = parseScoreArgs(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const sc = await scoreContext(db, tenantId, period, runId);
    const { rows } = await queryScores(db, sourceOf(tenantId, sc), filter, { direction, skip: 0, take: EXPORT_MAX_ROWS + 1 });
    if (rows.length > EXPORT_MAX_ROWS) throw ValidationFailed(`导出结果超过 ${EXPORT_MAX_ROWS} 条，请缩小查询范围`);
    const wb = new ExcelJS.Workbook();
    const headers = ["名次", "姓名", "性别", "界别", "党派", "委员类型", "专委会", "工作单位职务", "总分", "上限削减", "计分事项数", "等级"];
    const ws = addSheet(wb, "履职档案", headers.map(col), { widths: [6, 10, 6, 16, 16, 8, 18, 36, 8, 10, 10, 8] });
    for (const r of rows.map(presentScoreRow)) {
      ws.addRow([r.rank, r.member.name, GENDER_LABELS[r.member.gender], r.sector.name, r.party.name, r.memberType.name, r.specialCommittee?.name ?? "", r.member.workUnitTitle, r.total, r.cappedPoints, r.eventCount, r.grade ?? ""]);
    }
    const label = periodLabel(sc.period);
    audit({ action: "performance.archive.export", targetType: "PerformanceScore", detail: { period: label, rows: rows.length, filter, runId } });
    return { filename: `${label}委员履职档案-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: rows.length };
  });
}

/** 履职详情统计 as .xlsx: a column per kind, the meeting attendance rate, and a 合计 row; audited. */
export async function exportParticipation(ctx: Context, args: Pick<ParticipationArgs, "period" | "filter" | "sortBy" | "direction">): Promise<FileDownload> {
  const { period, filter, sortBy, direction } = parseParticipationArgs(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const scope = await resolveParticipation(db, tenantId, period);
    const { rows, totals } = await queryParticipation(db, tenantId, scope, filter, { sortBy, direction, skip: 0, take: EXPORT_MAX_ROWS + 1 });
    if (rows.length > EXPORT_MAX_ROWS) throw ValidationFailed(`导出结果超过 ${EXPORT_MAX_ROWS} 条，请缩小查询范围`);
    const wb = new ExcelJS.Workbook();
    const kindHeaders = PARTICIPATION_KINDS.map((k) => PERFORMANCE_EVENT_LABELS[k]);
    const headers = ["序号", "姓名", "性别", "界别", "党派", "委员类型", ...kindHeaders, "会议出席率（%）"];
    const ws = addSheet(wb, "履职详情统计", headers.map(col), { widths: [6, 10, 6, 16, 16, 8, ...kindHeaders.map(() => 10), 12] });
    rows.map(presentParticipation).forEach((r, i) => {
      ws.addRow([i + 1, r.member.name, GENDER_LABELS[r.member.gender as Gender], r.sector.name, r.party.name, r.memberType.name, ...r.counts.map((c) => c.count), r.meetingAttendanceRate ?? ""]);
    });
    ws.addRow(["合计", `${rows.length} 人`, "", "", "", "", ...PARTICIPATION_KINDS.map((k) => totals.get(k) ?? 0), ""]).font = { bold: true };
    const info = wb.addWorksheet("说明");
    info.getColumn(1).width = 60;
    [`届次：${scope.session.name}`, `统计期间：${scope.firstDay} 至 ${scope.lastDay}`, "数据来源：各模块记录的履职事项（已撤销的不计）"].forEach((t, i) => (info.getCell(i + 1, 1).value = t));
    audit({ action: "performance.participation.export", targetType: "PerformanceEvent", detail: { sessionId: scope.session.id, firstDay: scope.firstDay, lastDay: scope.lastDay, rows: rows.length } });
    return { filename: `${scope.session.name}履职详情统计-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: rows.length };
  });
}
