/**
 * Deterministic, fast data generator for benchmarks: set-based INSERT … SELECT FROM unnest(…) in
 * batches as the owner. The first tenant is the city and the largest (a fifth of all members).
 */
import pg from "pg";
import { hashPassword } from "../src/modules/identity/passwords";
import { chineseName } from "../src/seed/names";
import { createRandom } from "../src/seed/random";
import { BENCH_PASSWORD, type Tier } from "./tiers";
import { generateVolumes, uuidOf, type Volumes } from "./generate-volumes";

export interface Generated {
  tenants: { id: string; code: string; members: number }[];
  /** Username of a staff account in each tenant (index-aligned with tenants). */
  staff: string[];
  /** Member usernames of the first (largest) tenant. */
  bigTenantMembers: string[];
  volumes: Volumes;
  /** Seconds for the whole generation. */
  seconds: number;
}

const BATCH = 5_000;

export async function generate(ownerUrl: string, tier: Tier, log = console.log): Promise<Generated> {
  const rnd = createRandom(12);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const hash = await hashPassword(BENCH_PASSWORD);
  const t0 = Date.now();
  try {
    const tenants: Generated["tenants"] = [];
    const cityId = uuidOf("tenant", 0);
    for (let i = 0; i < tier.tenants; i++) {
      const id = i === 0 ? cityId : uuidOf("tenant", i);
      const members = i === 0 ? Math.round(tier.members / 5) : Math.round((tier.members * 4) / 5 / Math.max(1, tier.tenants - 1));
      tenants.push({ id, code: `b${i}`, members });
    }
    await client.query(
      `INSERT INTO tenant (id, code, name, level, parent_id, sort_order)
       SELECT id, code, name, level::"TenantLevel", CASE WHEN level = 'CITY' THEN NULL ELSE $5::uuid END, ord
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $6::int[]) AS t(id, code, name, level, ord)`,
      [tenants.map((t) => t.id), tenants.map((t) => t.code), tenants.map((_, i) => `压测政协${i}`), tenants.map((_, i) => (i === 0 ? "CITY" : "COUNTY")), cityId, tenants.map((_, i) => i)],
    );

    const users: { id: string; username: string; name: string; tenantId: string; roles: string }[] = [];
    const staff: string[] = [];
    const bigTenantMembers: string[] = [];
    for (const [ti, t] of tenants.entries()) {
      const s = `staff.${t.code}`;
      staff.push(s);
      users.push({ id: uuidOf("user", s), username: s, name: chineseName(rnd), tenantId: t.id, roles: "{STAFF,PROPOSAL_OFFICE,MEMBER_AFFAIRS}" });
      for (let m = 0; m < t.members; m++) {
        const username = `m${ti}.${m}`;
        if (ti === 0) bigTenantMembers.push(username);
        users.push({ id: uuidOf("user", username), username, name: chineseName(rnd), tenantId: t.id, roles: "{MEMBER}" });
      }
    }
    for (let i = 0; i < users.length; i += BATCH) {
      const b = users.slice(i, i + BATCH);
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO app_user (id, username, display_name, password_hash, updated_at)
         SELECT id, username, name, $4, now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, username, name)`,
        [b.map((u) => u.id), b.map((u) => u.username), b.map((u) => u.name), hash],
      );
      await client.query(
        `INSERT INTO tenant_membership (tenant_id, user_id, roles, updated_at)
         SELECT tenant_id, user_id, roles::"Role"[], now() FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS m(tenant_id, user_id, roles)`,
        [b.map((u) => u.tenantId), b.map((u) => u.id), b.map((u) => u.roles)],
      );
      await client.query("COMMIT");
    }
    log(`generated tier ${tier.name}: ${tenants.length} tenants, ${users.length} users in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const volumes = await generateVolumes(client, tier, tenants, users, log);
    const ta = Date.now();
    await client.query("ANALYZE");
    volumes.timings["ANALYZE"] = (Date.now() - ta) / 1000;
    const seconds = (Date.now() - t0) / 1000;
    log(`generated tier ${tier.name}: ${tier.proposals} proposals, ${tier.opinions} opinions, ${tier.articles} articles in ${seconds.toFixed(1)} s`);
    return { tenants, staff, bigTenantMembers, volumes, seconds };
  } finally {
    await client.end();
  }
}
