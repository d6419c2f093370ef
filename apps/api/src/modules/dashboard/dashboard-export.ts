import ExcelJS from "exceljs";
import { z } from "zod";
import type { Context } from "../../context/context";
import { parseInput } from "../../core/validate";
import type { FileDownload } from "../organisation/files.types";
import { XLSX_MIME } from "../organisation/xlsx";
import type { Dashboard, DashboardCount, DashboardFilterInput } from "./dashboard.types";
import { committeeDashboard, getDashboardRollup, parseDashboardFilter } from "./dashboard.use-cases";

type Cell = string | number | null;
interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
}

const countRows = (xs: DashboardCount[]) => xs.map((x) => [x.label, x.count]);

/** Each chart of the dashboard as a table: the sheet a chart's “导出数据” downloads. */
export const DASHBOARD_CHARTS = {
  overview: (d: Dashboard): Table => ({
    title: "主要数字",
    headers: ["项目", "数值"],
    rows: [
      ["提案（件）", d.proposals.total], ["立案（件）", d.proposals.filed], ["不予立案（件）", d.proposals.notFiled], ["办结（件）", d.proposals.closed],
      ["现行交办（件次）", d.proposals.handling.assignments], ["超期未答复（件次）", d.proposals.handling.overdue], ["按期答复率（%）", d.proposals.handling.onTimeRate],
      ["办理满意率（%）", d.proposals.satisfactionRate], ["社情民意报送（篇）", d.opinions.submitted], ["社情民意采用（篇）", d.opinions.adopted],
      ["社情民意获批示（篇）", d.opinions.instructed], ["采用率（%）", d.opinions.adoptionRate], ["本届委员（人）", d.members.total],
      ["会议活动（场）", d.meetings.meetings], ["会议活动出席率（%）", d.meetings.attendanceRate],
    ],
  }),
  proposalState: (d: Dashboard): Table => ({ title: "提案办理状态", headers: ["状态", "件数"], rows: countRows(d.proposals.byState) }),
  proposalCategory: (d: Dashboard): Table => ({ title: "提案分类", headers: ["分类", "件数"], rows: countRows(d.proposals.byCategory) }),
  proposalUnit: (d: Dashboard): Table => ({
    title: "承办单位",
    headers: ["承办单位", "交办", "已答复", "超期未答复"],
    rows: d.proposals.byUnit.map((u) => [u.label, u.assigned, u.replied, u.overdue]),
  }),
  handling: (d: Dashboard): Table => ({
    title: "办理时效",
    headers: ["类别", "件次"],
    rows: [["按期答复", d.proposals.handling.onTime], ["逾期答复", d.proposals.handling.late], ["超期未答复", d.proposals.handling.overdue], ["期限内办理中", d.proposals.handling.pending]],
  }),
  satisfaction: (d: Dashboard): Table => ({ title: "委员评价", headers: ["评价", "件数"], rows: countRows(d.proposals.satisfaction) }),
  opinions: (d: Dashboard): Table => ({
    title: "社情民意",
    headers: ["项目", "篇数"],
    rows: [["报送", d.opinions.submitted], ["采用", d.opinions.adopted], ["编入刊物", d.opinions.inJournal], ["刊发", d.opinions.published], ["获批示", d.opinions.instructed]],
  }),
  memberSector: (d: Dashboard): Table => ({ title: "委员界别构成", headers: ["界别", "人数"], rows: countRows(d.members.bySector) }),
  memberParty: (d: Dashboard): Table => ({ title: "委员党派构成", headers: ["党派", "人数"], rows: countRows(d.members.byParty) }),
  meetings: (d: Dashboard): Table => ({
    title: "会议活动出席",
    headers: ["会议活动（场）", "受邀人次", "出席", "请假", "缺席", "出席率（%）"],
    rows: [[d.meetings.meetings, d.meetings.invited, d.meetings.attended, d.meetings.leave, d.meetings.absent, d.meetings.attendanceRate]],
  }),
  topPerformers: (d: Dashboard): Table => ({
    title: "履职排名前十",
    headers: ["名次", "委员", "界别", "党派", "得分", "履职事项"],
    rows: d.topPerformers.map((p) => [p.rank, p.name, p.sector, p.party, p.total, p.eventCount]),
  }),
} as const;
export type DashboardChart = keyof typeof DASHBOARD_CHARTS;
const chartKey = z.enum(Object.keys(DASHBOARD_CHARTS) as [DashboardChart, ...DashboardChart[]], { error: "未知的图表" }).nullish();

const condition = (d: Pick<Dashboard, "session" | "from" | "to">, sessionLabel?: string) =>
  `统计条件：届次 ${sessionLabel ?? d.session?.name ?? "—"}；期间 ${d.from ?? "不限"} 至 ${d.to ?? "不限"}；导出时间 ${new Date().toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}`;

function addSheet(wb: ExcelJS.Workbook, t: Table, heading: string, cond: string) {
  const ws = wb.addWorksheet(t.title.slice(0, 31));
  ws.columns = t.headers.map((_, i) => ({ width: i === 0 ? 28 : 14 }));
  ws.addRow([heading]).font = { bold: true, size: 14 };
  ws.addRow([cond]);
  ws.addRow([]);
  const h = ws.addRow(t.headers);
  h.font = { bold: true };
  h.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } }));
  for (const r of t.rows) ws.addRow(r);
  return t.rows.length;
}

const file = async (wb: ExcelJS.Workbook, name: string, rows: number): Promise<FileDownload> => ({
  filename: `${name}.xlsx`,
  contentType: XLSX_MIME,
  base64: Buffer.from(await wb.xlsx.writeBuffer()).toString("base64"),
  rowCount: rows,
});

/** 驾驶舱数据导出: one chart's table (`chart`), or every chart as one sheet each. */
export async function exportDashboard(ctx: Context, input: DashboardFilterInput | null | undefined, chartInput: string | null | undefined): Promise<FileDownload> {
  const f = parseDashboardFilter(input);
  const chart = parseInput(chartKey, chartInput);
  const d = await ctx.uow(async ({ db, audit }) => {
    const d = await committeeDashboard(db, ctx.tenantId, f);
    audit({ action: "dashboard.export", targetType: "Tenant", targetId: ctx.tenantId, detail: { chart: chart ?? "all", session: d.session?.name ?? null, from: f.from, to: f.to } });
    return d;
  });
  const wb = new ExcelJS.Workbook();
  const keys = chart ? [chart] : (Object.keys(DASHBOARD_CHARTS) as DashboardChart[]);
  let rows = 0;
  for (const k of keys) {
    const t = DASHBOARD_CHARTS[k](d);
    rows += addSheet(wb, t, `${d.tenantName}${t.title}`, condition(d));
  }
  return file(wb, `${d.tenantName}领导驾驶舱${chart ? `-${DASHBOARD_CHARTS[chart](d).title}` : ""}`, rows);
}

/** 全市汇总导出: the committees side by side and the total, one row each (the roll-up is audited as such). */
export async function exportDashboardRollup(ctx: Context, input: DashboardFilterInput | null | undefined): Promise<FileDownload> {
  const r = await getDashboardRollup(ctx, input);
  const all = [...r.committees, r.total];
  const wb = new ExcelJS.Workbook();
  const rows = addSheet(
    wb,
    {
      title: "全市汇总",
      headers: ["委员会", "届次", "委员", "提案", "立案", "办结", "超期未答复", "按期答复率(%)", "满意率(%)", "社情民意报送", "采用", "获批示", "会议活动", "出席率(%)"],
      rows: all.map((d) => [
        d.tenantName, d.session?.name ?? (d.tenantId === "total" ? "" : "无本届"), d.members.total, d.proposals.total, d.proposals.filed, d.proposals.closed,
        d.proposals.handling.overdue, d.proposals.handling.onTimeRate, d.proposals.satisfactionRate, d.opinions.submitted, d.opinions.adopted, d.opinions.instructed,
        d.meetings.meetings, d.meetings.attendanceRate,
      ]),
    },
    r.total.tenantName.replace(/全市合计$/, "全市汇总"),
    condition(r.total, r.total.session?.name ?? "各委员会本届"),
  );
  return file(wb, r.total.tenantName.replace(/全市合计$/, "全市汇总"), rows);
}
