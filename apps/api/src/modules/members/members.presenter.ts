import { ageAt, type Gender } from "@zhzx/shared";
import type { Prisma } from "../../generated/prisma/client";
import { presentDictItem } from "../organisation/dictionaries.types";
import { maskedMobile, readMobile } from "./member-pii";
import type { MemberTermType, MemberType } from "./members.types";

/** Everything a member row needs, loaded in the same query (no N+1): dictionaries, all terms, a pending request. */
export const memberInclude = {
  ethnicGroup: true,
  education: true,
  terms: {
    include: { session: true, sector: true, party: true, memberType: true, specialCommittee: true },
    orderBy: { session: { number: "desc" } },
  },
  changeRequests: { where: { status: "PENDING" }, select: { id: true } },
  // Only the timestamp: the bytes are served by photo-route.ts, never through a list.
  photo: { select: { updatedAt: true } },
} satisfies Prisma.MemberProfileInclude;

export type MemberRow = Prisma.MemberProfileGetPayload<{ include: typeof memberInclude }>;
type TermRow = MemberRow["terms"][number];

/** The photo's address; the timestamp changes with every upload, so browsers may cache each version. */
export const memberPhotoUrl = (memberId: string, updatedAt: Date) => `/files/member-photos/${memberId}?v=${updatedAt.getTime()}`;

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export const presentTerm = (t: TermRow): MemberTermType => ({
  id: t.id,
  session: { id: t.session.id, name: t.session.name, number: t.session.number, isCurrent: t.session.isCurrent },
  sector: presentDictItem(t.sector),
  party: presentDictItem(t.party),
  memberType: presentDictItem(t.memberType),
  specialCommittee: t.specialCommittee ? presentDictItem(t.specialCommittee) : null,
});

export interface PresentOptions {
  /** The session the caller asked about: `term` is the member's term in it. */
  sessionId?: string | null;
  /** The member's own profile: the full number. Staff lists always get the mask. */
  revealMobile?: boolean;
  usernames: Map<string, string>;
}

/** Masking lives here, once: lists and details show 138****5678 unless the viewer is the member. */
export function presentMember(row: MemberRow, opts: PresentOptions): MemberType {
  const terms = row.terms.map(presentTerm);
  const birthDate = isoDay(row.birthDate);
  return {
    id: row.id,
    userId: row.userId,
    username: row.userId ? (opts.usernames.get(row.userId) ?? null) : null,
    name: row.name,
    namePinyin: row.namePinyin,
    formerName: row.formerName,
    gender: row.gender as Gender,
    birthDate,
    age: ageAt(birthDate, isoDay(new Date())),
    ethnicGroup: presentDictItem(row.ethnicGroup),
    nativePlace: row.nativePlace,
    education: presentDictItem(row.education),
    workUnitTitle: row.workUnitTitle,
    workAddress: row.workAddress,
    mobile: opts.revealMobile ? readMobile(row) : maskedMobile(row),
    mobileMasked: !opts.revealMobile,
    term: (opts.sessionId ? terms.find((t) => t.session.id === opts.sessionId) : terms[0]) ?? null,
    terms,
    hasPendingChange: row.changeRequests.length > 0,
    photoUrl: row.photo ? memberPhotoUrl(row.id, row.photo.updatedAt) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
