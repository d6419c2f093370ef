import ExcelJS from "exceljs";
import {
  MEETING_ATTENDANCE_LABELS,
  MEETING_CHECK_IN_METHOD_LABELS,
  MEETING_LEAVE_STATUS_LABELS,
  MEETING_REPLY_LABELS,
  meetingStatisticsFilter,
} from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { FileDownload } from "../../organisation/files.types";
import { addSheet, stamp, workbookBase64, exportMarkOf, XLSX_MIME } from "../../organisation/xlsx";
import { loadMeeting } from "../meetings.policy";
import type { MeetingStatisticsFilter, MeetingStatRow } from "../statistics.types";
import { getMeetingStatistics, memberStats } from "./get-meeting-statistics";
import { invitationViews } from "./list-meeting-attendance";

export const EXPORT_MAX_ROWS = 10_000;
const col = (header: string) => ({ key: header, header, required: false });
const beijing = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ") : "");
const STAT_HEADERS = ["类别", "会议活动数", "受邀人次", "出席", "请假", "缺席", "未定", "出席率（%）"];
const statLine = (r: MeetingStatRow) => [r.label, r.meetings, r.invited, r.attended, r.leave, r.absent, r.undecided, r.attendanceRate ?? ""];

/** 会议活动统计 as a workbook: 按类型, 按月份, 委员出勤 (all members, by pinyin). Audited: it lists people. */
export async function exportMeetingStatistics(ctx: Context, filter: MeetingStatisticsFilter | null | undefined): Promise<FileDownload> {
  const f = parseInput(meetingStatisticsFilter, filter ?? {});
  const stats = await getMeetingStatistics(ctx, filter);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const members = await memberStats(db, tenantId, f, { sort: "NAME", skip: 0, take: EXPORT_MAX_ROWS + 1 });
    if (members.items.length > EXPORT_MAX_ROWS) throw ValidationFailed(`导出结果超过 ${EXPORT_MAX_ROWS} 人，请缩小统计范围`);
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of [["按类型", stats.byKind], ["按月份", stats.byMonth]] as const) {
      const ws = addSheet(wb, name, STAT_HEADERS.map(col), { widths: [20, 12, 10, 8, 8, 8, 8, 12] });
      for (const r of rows) ws.addRow(statLine(r));
      ws.addRow(statLine({ ...stats.total, label: "合计" })).font = { bold: true };
    }
    const ws = addSheet(wb, "委员出勤", ["序号", "姓名", "界别", "党派", "受邀", "出席", "请假", "缺席", "未定", "出席率（%）"].map(col), { widths: [6, 10, 18, 16, 8, 8, 8, 8, 8, 12] });
    members.items.forEach((m, i) => ws.addRow([i + 1, m.member.name, m.sector ?? "", m.party ?? "", m.invited, m.attended, m.leave, m.absent, m.undecided, m.attendanceRate ?? ""]));
    audit({ action: "meetings.statistics.export", targetType: "Meeting", detail: { filter: f, members: members.items.length } });
    return { filename: `会议活动统计-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: members.items.length };
  });
}

/** 出勤名单 of one item as a workbook (+ 列席人员). Audited. */
export async function exportMeetingAttendance(ctx: Context, meetingId: string): Promise<FileDownload> {
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, id);
    const { items } = await invitationViews(db, tenantId, m);
    const guests = await db.meetingGuest.findMany({ where: { tenantId, meetingId: id }, orderBy: { sortOrder: "asc" } });
    const wb = new ExcelJS.Workbook();
    const headers = ["序号", "姓名", "界别", "党派", "回执", "请假事由", "请假审批", "出勤", "签到/登记时间", "方式"];
    const ws = addSheet(wb, "出勤名单", headers.map(col), { widths: [6, 10, 18, 16, 8, 30, 10, 8, 18, 14] });
    items.forEach((r, i) =>
      ws.addRow([
        i + 1,
        r.member.name,
        r.sector ?? "",
        r.party ?? "",
        MEETING_REPLY_LABELS[r.reply],
        r.leaveReason ?? "",
        r.leaveStatus ? MEETING_LEAVE_STATUS_LABELS[r.leaveStatus] : "",
        r.attendance ? MEETING_ATTENDANCE_LABELS[r.attendance] : "",
        beijing(r.attendanceAt),
        r.attendanceMethod ? MEETING_CHECK_IN_METHOD_LABELS[r.attendanceMethod] : "",
      ]),
    );
    const gs = addSheet(wb, "列席人员", ["序号", "姓名", "单位", "职务或身份"].map(col), { widths: [6, 10, 36, 20] });
    guests.forEach((g, i) => gs.addRow([i + 1, g.name, g.unit ?? "", g.role ?? ""]));
    audit({ action: "meetings.attendance.export", targetType: "Meeting", targetId: id, detail: { rows: items.length } });
    const day = beijing(m.startsAt).slice(0, 10).replaceAll("-", "");
    return { filename: `${m.title}-出勤名单-${day || stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: items.length };
  });
}
