import type { PrismaClient } from "../../generated/prisma/client";
import { openMobile, sealMobile } from "./member-pii";
import { currentPiiKeyId, sealedWith } from "./pii-cipher";

const BATCH = 500;
type Change = { field: string; from: string | null; to: string | null };

/**
 * Key rotation and first encryption: re-seals every stored mobile number (profiles and the old/new
 * values in change requests) that is plaintext or sealed with another key than the current one.
 * A maintenance job across all committees, so it runs as the owner (scripts/reseal-pii.ts); each
 * batch is its own transaction, and running it again finds nothing left to do. `tenantId` limits it
 * to one committee (a staged rotation, or a test beside others).
 */
export async function resealMemberPii(owner: PrismaClient, opts: { tenantId?: string } = {}): Promise<{ profiles: number; requests: number }> {
  const where = opts.tenantId ? { tenantId: opts.tenantId } : {};
  const current = currentPiiKeyId();
  const stale = (v: string | null) => v !== null && sealedWith(v) !== current;
  let profiles = 0;
  for (let cursor: { tenantId: string; id: string } | undefined; ; ) {
    const rows = await owner.memberProfile.findMany({
      where,
      select: { tenantId: true, id: true, mobile: true },
      orderBy: [{ tenantId: "asc" }, { id: "asc" }],
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { tenantId_id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    const todo = rows.filter((r) => stale(r.mobile));
    await owner.$transaction(todo.map((r) => owner.memberProfile.update({ where: { tenantId_id: { tenantId: r.tenantId, id: r.id } }, data: { mobile: sealMobile(openMobile(r.mobile)) } })));
    profiles += todo.length;
    cursor = { tenantId: rows.at(-1)!.tenantId, id: rows.at(-1)!.id };
  }
  let requests = 0;
  for (let cursor: { tenantId: string; id: string } | undefined; ; ) {
    const rows = await owner.memberChangeRequest.findMany({
      where,
      select: { tenantId: true, id: true, changes: true },
      orderBy: [{ tenantId: "asc" }, { id: "asc" }],
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { tenantId_id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    const todo = rows.filter((r) => (r.changes as Change[]).some((c) => c.field === "mobile" && (stale(c.from) || stale(c.to))));
    await owner.$transaction(
      todo.map((r) => {
        const changes = (r.changes as Change[]).map((c) =>
          c.field === "mobile" ? { ...c, from: c.from && sealMobile(openMobile(c.from)), to: c.to && sealMobile(openMobile(c.to)) } : c,
        );
        return owner.memberChangeRequest.update({ where: { tenantId_id: { tenantId: r.tenantId, id: r.id } }, data: { changes } });
      }),
    );
    requests += todo.length;
    cursor = { tenantId: rows.at(-1)!.tenantId, id: rows.at(-1)!.id };
  }
  return { profiles, requests };
}
