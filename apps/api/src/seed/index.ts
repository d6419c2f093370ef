import { PRIVACY_NOTICE_VERSION } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { createRandom } from "./random";
import { DEMO_PASSWORD, seedFoundation, type DemoAccount } from "./seed-foundation";
import { seedMembers } from "./seed-members";
import { seedOpinions } from "./seed-opinions";
import { seedMeetings } from "./seed-meetings";
import { seedPerformance } from "./seed-performance";
import { seedProposals } from "./seed-proposals";
import { seedCms } from "./seed-cms";
import { seedNotices } from "./seed-notices";

export { DEMO_PASSWORD };

/** Seeds demo data into an empty database. Later modules add their own seeders after the foundation's. */
export async function seedDemo(db: PrismaClient, opts: { scale?: number } = {}): Promise<DemoAccount[] | null> {
  if ((await db.tenant.count()) > 0) return null;
  const rnd = createRandom(20261124);
  const { accounts, tenants } = await seedFoundation(db, rnd, opts.scale ?? 1);
  const members = await seedMembers(db, rnd, tenants);
  await seedMeetings(db, rnd, tenants);
  await seedPerformance(db, createRandom(20261124 + 7), tenants);
  // A generator of its own, so the proposal seed does not shift the data of the seeders after it.
  await seedProposals(db, createRandom(20261124 + 4), tenants, opts.scale ?? 1);
  await seedOpinions(db, createRandom(20261124 + 5), tenants, opts.scale ?? 1); // after proposals: declined TO_OPINION ones become items
  await seedCms(db, rnd, tenants, accounts);
  await seedNotices(db, tenants);
  await seedPrivacyConsents(db);
  return [...accounts, ...members.accounts];
}

/**
 * The demo's portal users have already agreed to the current privacy notice (as real members would
 * have on their first login), so the tour starts at the workbench; a new account still gets asked —
 * `newmember`, who must also change the bootstrap password, shows the whole first-login path.
 */
async function seedPrivacyConsents(db: PrismaClient) {
  await db.$executeRaw`
    INSERT INTO privacy_consent (user_id, version)
    SELECT DISTINCT u.id, ${PRIVACY_NOTICE_VERSION}
      FROM app_user u JOIN tenant_membership m ON m.user_id = u.id
     WHERE NOT u.must_change_password AND m.roles && ARRAY['MEMBER', 'COLLECTIVE', 'HANDLING_UNIT']::"Role"[]
    ON CONFLICT DO NOTHING`;
}

export function printAccounts(accounts: DemoAccount[]) {
  console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）:`);
  for (const a of accounts) console.log(`  ${a.username.padEnd(36)} ${a.role}  @ ${a.tenant}${a.note ? `  (${a.note})` : ""}`);
}
