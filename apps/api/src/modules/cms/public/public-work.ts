import type { Db } from "../../../db/prisma";
import { runUnitOfWork, type Work } from "../../../core/unit-of-work";

/**
 * The public site's only way into the database. The visitor has no session, so the tenant comes from
 * the site code in the URL (resolved against the public tenant list), set inside a unit of work like any
 * other: RLS still applies. The transaction is READ ONLY, and app.public_site = 'on' makes the
 * public_site_published policy hide every article that is not PUBLISHED, whatever the query says.
 * Not audited: reads of public pages are not changes.
 */
export async function publicSiteWork<T>(prisma: Db, tenantId: string, fn: (db: Work["db"]) => Promise<T>): Promise<T> {
  return runUnitOfWork(prisma, { tenantId, userId: null }, { tenantId, userId: null, username: "public", ip: null }, async ({ db }) => {
    await db.$executeRaw`SET TRANSACTION READ ONLY`;
    await db.$executeRaw`SELECT set_config('app.public_site', 'on', true)`;
    return fn(db);
  });
}
