import type { PrismaClient } from "../generated/prisma/client";
import { createRandom } from "./random";
import { DEMO_PASSWORD, seedFoundation, type DemoAccount } from "./seed-foundation";
import { seedMembers } from "./seed-members";

export { DEMO_PASSWORD };

/** Seeds demo data into an empty database. Later modules add their own seeders after the foundation's. */
export async function seedDemo(db: PrismaClient, opts: { scale?: number } = {}): Promise<DemoAccount[] | null> {
  if ((await db.tenant.count()) > 0) return null;
  const rnd = createRandom(20261124);
  const { accounts, tenants } = await seedFoundation(db, rnd, opts.scale ?? 1);
  const members = await seedMembers(db, rnd, tenants);
  return [...accounts, ...members.accounts];
}

export function printAccounts(accounts: DemoAccount[]) {
  console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）:`);
  for (const a of accounts) console.log(`  ${a.username.padEnd(36)} ${a.role}  @ ${a.tenant}${a.note ? `  (${a.note})` : ""}`);
}
