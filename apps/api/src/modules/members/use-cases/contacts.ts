import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import type { Tx } from "../../../db/prisma";
import type { ContactArgs, ContactDirectoryType, ContactGroupType, ContactPage } from "../contacts.types";
import { maskedMobile } from "../member-pii";
import { memberOrderBy, memberWhere } from "../member-query";
import { memberPhotoUrl } from "../members.presenter";

const currentSession = (db: Tx, tenantId: string) => db.committeeSession.findFirst({ where: { tenantId, isCurrent: true }, select: { id: true, name: true } });

/**
 * 通讯录 for everyone in the committee (members, staff, units): the current session's members, grouped
 * by special committee, sector and party, found by name, full pinyin or initials. Phone numbers are
 * always masked here; staff with member:reveal-pii reveal one through revealMemberPhone (audited).
 */
export async function contactDirectory(ctx: Context): Promise<ContactDirectoryType> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const session = await currentSession(db, tenantId);
    if (!session) return { sessionName: null, total: 0, specialCommittees: [], sectors: [], parties: [] };
    const where = { tenantId, sessionId: session.id };
    const total = await db.memberTerm.count({ where });
    const byCommittee = await db.memberTerm.groupBy({ by: ["specialCommitteeId"], where, _count: { _all: true } });
    const bySector = await db.memberTerm.groupBy({ by: ["sectorId"], where, _count: { _all: true } });
    const byParty = await db.memberTerm.groupBy({ by: ["partyId"], where, _count: { _all: true } });
    const dict = await db.dictItem.findMany({ where: { tenantId, kind: { in: ["SPECIAL_COMMITTEE", "SECTOR", "PARTY"] } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } });
    const counts = new Map<string, number>();
    for (const r of byCommittee) if (r.specialCommitteeId) counts.set(r.specialCommitteeId, r._count._all);
    for (const r of bySector) counts.set(r.sectorId, r._count._all);
    for (const r of byParty) counts.set(r.partyId, r._count._all);
    const groups = (kind: string): ContactGroupType[] =>
      dict.filter((d) => d.kind === kind && counts.has(d.id)).map((d) => ({ id: d.id, name: d.name, count: counts.get(d.id)! }));
    return { sessionName: session.name, total, specialCommittees: groups("SPECIAL_COMMITTEE"), sectors: groups("SECTOR"), parties: groups("PARTY") };
  });
}

export async function listContacts(ctx: Context, args: ContactArgs): Promise<ContactPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const session = await currentSession(db, tenantId);
    if (!session) return { items: [], total: 0 };
    const one = (id: string | null | undefined, label: string) => (id ? [parseId(id, label)] : null);
    const where = memberWhere(tenantId, {
      sessionId: session.id,
      name: args.search?.trim().slice(0, 30) || null,
      specialCommitteeIds: one(args.specialCommitteeId, "专委会"),
      sectorIds: one(args.sectorId, "界别"),
      partyIds: one(args.partyId, "党派"),
    } as never);
    const rows = await db.memberProfile.findMany({
      where,
      orderBy: memberOrderBy(null),
      skip,
      take,
      select: {
        id: true, name: true, gender: true, workUnitTitle: true, mobile: true,
        photo: { select: { updatedAt: true } },
        terms: { where: { sessionId: session.id }, select: { sector: { select: { name: true } }, party: { select: { name: true } }, specialCommittee: { select: { name: true } }, memberType: { select: { name: true } } } },
      },
    });
    const total = await db.memberProfile.count({ where });
    return {
      items: rows.map((r) => {
        const t = r.terms[0];
        return {
          id: r.id,
          name: r.name,
          gender: r.gender === "FEMALE" ? "女" : "男",
          workUnitTitle: r.workUnitTitle,
          sector: t?.sector.name ?? null,
          party: t?.party.name ?? null,
          specialCommittee: t?.specialCommittee?.name ?? null,
          memberType: t?.memberType.name ?? null,
          mobile: maskedMobile(r),
          photoUrl: r.photo ? memberPhotoUrl(r.id, r.photo.updatedAt) : null,
        };
      }),
      total,
    };
  });
}
