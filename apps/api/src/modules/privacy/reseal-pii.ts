import type { PrismaClient } from "../../generated/prisma/client";
import { currentPiiKeyId, sealedBytesWith, sealedWith } from "../../core/pii-cipher";
import { openMobile, openPhoto, sealMobile, sealPhoto } from "../members/member-pii";
import { openContactPhone, sealContactPhone } from "../organisation/org-unit-pii";

const BATCH = 500;
type Change = { field: string; from: string | null; to: string | null };
type Key = { tenantId: string; id: string };
export type ResealCounts = { profiles: number; requests: number; photos: number; handlingUnits: number; collectives: number };

/**
 * Walks one table in key order, `BATCH` rows at a time, re-writing the rows `fix` returns data for; each
 * batch is its own transaction, so a long run holds no lock for long and an interrupted run resumes.
 */
async function walk<R extends Key>(
  page: (cursor: Key | undefined) => Promise<R[]>,
  fix: (row: R) => Promise<unknown> | null,
  owner: PrismaClient,
): Promise<number> {
  let done = 0;
  for (let cursor: Key | undefined; ; ) {
    const rows = await page(cursor);
    if (rows.length === 0) return done;
    const writes = rows.map(fix).filter((w): w is Promise<unknown> => w !== null);
    await owner.$transaction(writes as never);
    done += writes.length;
    cursor = { tenantId: rows.at(-1)!.tenantId, id: rows.at(-1)!.id };
  }
}

/**
 * Key rotation and first encryption: re-seals every stored personal value — members' mobile numbers (profiles
 * and the old/new values in change requests), members' photos, and the contact phones of 承办单位 and
 * 集体用户 — that is plaintext or sealed with another key than the current one. A maintenance job across all
 * committees, so it runs as the owner (scripts/reseal-pii.ts); running it again finds nothing left to do.
 * `tenantId` limits it to one committee (a staged rotation, or a test beside others).
 */
export async function resealPersonalData(owner: PrismaClient, opts: { tenantId?: string } = {}): Promise<ResealCounts> {
  const where = opts.tenantId ? { tenantId: opts.tenantId } : {};
  const current = currentPiiKeyId();
  const stale = (v: string | null) => v !== null && v !== "" && sealedWith(v) !== current;
  const orderBy = [{ tenantId: "asc" as const }, { id: "asc" as const }];
  const after = (cursor: Key | undefined): { skip?: number; cursor?: { tenantId_id: Key } } => (cursor ? { skip: 1, cursor: { tenantId_id: cursor } } : {});
  const key = (r: Key) => ({ tenantId_id: { tenantId: r.tenantId, id: r.id } });

  const profiles = await walk(
    (c) => owner.memberProfile.findMany({ where, select: { tenantId: true, id: true, mobile: true }, orderBy, take: BATCH, ...after(c) }),
    (r) => (stale(r.mobile) ? owner.memberProfile.update({ where: key(r), data: { mobile: sealMobile(openMobile(r.mobile)) } }) : null),
    owner,
  );
  const requests = await walk(
    (c) => owner.memberChangeRequest.findMany({ where, select: { tenantId: true, id: true, changes: true }, orderBy, take: BATCH, ...after(c) }),
    (r) => {
      const changes = r.changes as Change[];
      if (!changes.some((c) => c.field === "mobile" && (stale(c.from) || stale(c.to)))) return null;
      const resealed = changes.map((c) => (c.field === "mobile" ? { ...c, from: c.from && sealMobile(openMobile(c.from)), to: c.to && sealMobile(openMobile(c.to)) } : c));
      return owner.memberChangeRequest.update({ where: key(r), data: { changes: resealed } });
    },
    owner,
  );
  // Photos are keyed by member: read the key and the seal's key id first, the bytes only of rows to change.
  const photos = await walk(
    async (c) =>
      (
        await owner.memberPhoto.findMany({
          where,
          select: { tenantId: true, memberId: true, content: true },
          orderBy: [{ tenantId: "asc" }, { memberId: "asc" }],
          take: 50,
          ...(c ? { skip: 1, cursor: { tenantId_memberId: { tenantId: c.tenantId, memberId: c.id } } } : {}),
        })
      ).map((p) => ({ tenantId: p.tenantId, id: p.memberId, content: p.content })),
    (p) =>
      sealedBytesWith(p.content) === current
        ? null
        : owner.memberPhoto.update({ where: { tenantId_memberId: { tenantId: p.tenantId, memberId: p.id } }, data: { content: sealPhoto(openPhoto(p.content)) } }),
    owner,
  );
  const units = (table: "handlingUnit" | "collectiveSubmitter") =>
    walk(
      (c) => (owner[table] as PrismaClient["handlingUnit"]).findMany({ where, select: { tenantId: true, id: true, contactPhone: true }, orderBy, take: BATCH, ...after(c) }),
      (r) =>
        stale(r.contactPhone)
          ? (owner[table] as PrismaClient["handlingUnit"]).update({ where: key(r), data: { contactPhone: sealContactPhone(openContactPhone(r.contactPhone)) } })
          : null,
      owner,
    );
  return { profiles, requests, photos, handlingUnits: await units("handlingUnit"), collectives: await units("collectiveSubmitter") };
}
