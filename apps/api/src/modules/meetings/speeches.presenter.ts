import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db/prisma";
import type { MeetingSpeechType } from "./speeches.types";

export const speechInclude = { meeting: { select: { id: true, category: true, title: true, startsAt: true } } } satisfies Prisma.MeetingSpeechInclude;
type SpeechRow = Prisma.MeetingSpeechGetPayload<{ include: typeof speechInclude }>;

/** Speeches with their authors' names (one query for the page). */
export async function presentSpeeches(db: Tx, tenantId: string, rows: SpeechRow[]): Promise<MeetingSpeechType[]> {
  const ids = [...new Set(rows.map((r) => r.memberId))];
  const names = new Map((await db.memberProfile.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  return rows.map((s) => ({
    id: s.id,
    meeting: s.meeting,
    member: { id: s.memberId, name: names.get(s.memberId) ?? "" },
    title: s.title,
    content: s.content,
    status: s.status,
    submittedAt: s.submittedAt,
    reviewerName: s.reviewerName,
    reviewedAt: s.reviewedAt,
    reviewNote: s.reviewNote,
    deliveredAt: s.deliveredAt,
    updatedAt: s.updatedAt,
  }));
}
