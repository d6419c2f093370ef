/** EXPLAIN the hot statements against a database the benchmark kept (--keep-db): tsx bench/plans-only.ts <owner url> */
import pg from "pg";
import { checkPlans } from "./scenarios/plans";
import { renderReport } from "./report";
import type { Generated } from "./generate";

const url = process.argv[2] ?? process.env.DATABASE_URL!;
const c = new pg.Client({ connectionString: url });
await c.connect();
const tenants = (await c.query(`SELECT id, code FROM tenant WHERE code ~ '^b[0-9]+$' ORDER BY sort_order`)).rows;
const sessions = (await c.query(`SELECT tenant_id, id FROM committee_session WHERE is_current`)).rows;
await c.end();
const data = {
  tenants,
  staff: [],
  bigTenantMembers: ["m0.0"],
  volumes: { currentSession: tenants.map((t) => sessions.find((s) => s.tenant_id === t.id)!.id) },
} as unknown as Generated;
console.log(renderReport({ when: new Date().toISOString(), machine: "", tier: "", sections: [await checkPlans(url, data)] }));
