import { GENDER_LABELS, PERFORMANCE_EVENT_LABELS, type Gender, type PerformanceEventKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import type { FileDownload } from "../../organisation/files.types";
import { stamp } from "../../organisation/xlsx";
import { loadMember } from "../../members/use-cases/get-member";
import { buildArchiveDocx } from "../archive-docx";
import { chinaDay, chinaToday } from "../scoring/periods";
import { scoreContext } from "../scoring/score-context";
import type { PerformancePeriodInput } from "../scores.types";
import { explainMember } from "./explain-score";
import { periodLabel } from "./export-performance";
import { parseScoreArgs } from "./rank-scores";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** Enough for decades of a very active member; the document says when it stopped. */
const MAX_EVENTS = 3000;

const SOURCE_LABELS: Record<string, string> = { Proposal: "提案", Opinion: "社情民意", Meeting: "会议", Activity: "活动", Bonus: "其他考核", Material: "履职材料", Seed: "演示数据" };
const sourceLabel = (t: string) => SOURCE_LABELS[t] ?? t;
const label = (k: string) => PERFORMANCE_EVENT_LABELS[k as PerformanceEventKind] ?? k;

/** 导出委员履职档案 (.docx): profile basics, terms, the period's explained score, all acts by year; audited. */
export async function exportMemberArchive(ctx: Context, memberId: string, periodInput: PerformancePeriodInput): Promise<FileDownload> {
  const id = parseId(memberId, "委员");
  const { period } = parseScoreArgs({ period: periodInput });
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const member = await loadMember(db, tenantId, id);
    const sc = await scoreContext(db, tenantId, period);
    const ex = await explainMember(db, tenantId, id, sc);
    const events = await db.performanceEvent.findMany({
      where: { tenantId, memberId: id, revokedAt: null },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      take: MAX_EVENTS,
      select: { kind: true, occurredAt: true, sourceType: true, note: true, points: true },
    });
    const years = new Map<number, typeof events>();
    for (const e of events) {
      const y = Number(chinaDay(e.occurredAt).slice(0, 4));
      years.set(y, [...(years.get(y) ?? []), e]);
    }
    const committee = (await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } })).name;
    const buffer = await buildArchiveDocx({
      committee,
      member: {
        name: member.name,
        gender: GENDER_LABELS[member.gender as Gender],
        birthDate: member.birthDate.toISOString().slice(0, 10),
        ethnicGroup: member.ethnicGroup.name,
        education: member.education.name,
        nativePlace: member.nativePlace ?? "",
        workUnitTitle: member.workUnitTitle,
      },
      terms: member.terms.map((t) => ({ session: t.session.name, sector: t.sector.name, party: t.party.name, memberType: t.memberType.name, committee: t.specialCommittee?.name ?? "" })),
      score: {
        periodLabel: periodLabel(sc.period),
        ruleSets: ex.ruleSetVersions.map((v) => `${v.name}（第 ${v.version} 版）`).join("、"),
        total: ex.total,
        cappedPoints: ex.cappedPoints,
        grade: ex.grade,
        rank: ex.rank,
        rankOf: ex.rankOf,
        lines: ex.lines.map((l) => ({
          day: l.day,
          kind: l.kindLabel,
          source: sourceLabel(l.sourceType),
          rule: l.ruleId ? `${l.ruleSetName}：${l.rulePoints === null ? "按录入分值" : `${l.rulePoints} 分/项`}` : "—",
          points: l.points,
          note: [l.note, l.capNote].filter(Boolean).join("；"),
        })),
      },
      years: [...years.entries()].map(([year, list]) => {
        const counts = new Map<string, number>();
        for (const e of list) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
        return {
          year,
          counts: [...counts.entries()].map(([k, count]) => ({ label: label(k), count })),
          events: list.map((e) => ({ day: chinaDay(e.occurredAt), kind: label(e.kind), source: sourceLabel(e.sourceType), note: [e.note, e.points === null ? null : `${Number(e.points)} 分`].filter(Boolean).join("；") })),
        };
      }),
      generatedOn: chinaToday(),
    });
    audit({ action: "performance.archive.export_member", targetType: "MemberProfile", targetId: id, detail: { name: member.name, period: periodLabel(sc.period), events: events.length } });
    return { filename: `${member.name}履职档案-${stamp()}.docx`, contentType: DOCX_MIME, base64: buffer.toString("base64"), rowCount: events.length };
  });
}
