import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { appSql, owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { adoptedItem, createCommittee, createMemberAccount, DETAIL, draftAndSubmit, journalType, newIssue, ok, type Committee } from "./opinions.fixtures";

const FORWARD = `mutation($id: ID!) { forwardOpinionToParent(id: $id) { ${DETAIL} } }`;

describe("上报: a county reports an adopted item to its city, and sees what became of it", () => {
  let city: Committee, county: Committee, otherCity: Committee, foreignCounty: Committee;
  let sql: pg.Client;
  beforeAll(async () => {
    city = await createCommittee({ name: "测试市政协" });
    county = await createCommittee({ level: "COUNTY", parentId: city.tenant.id, name: "测试县政协" });
    otherCity = await createCommittee({ name: "另一市政协" });
    foreignCounty = await createCommittee({ level: "COUNTY", parentId: otherCity.tenant.id, name: "另一市的县政协" });
    sql = appSql();
    await sql.connect();
  });
  afterAll(() => sql.end());

  /** Runs fn as the app role in `tenantId` (and user), then rolls back. */
  async function asTenant<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
    await sql.query("BEGIN");
    try {
      await sql.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', '', true)", [tenantId]);
      return await fn();
    } finally {
      await sql.query("ROLLBACK");
    }
  }
  const code = async (text: string, values: unknown[]) => {
    await sql.query("SAVEPOINT s");
    try {
      await sql.query(text, values);
      await sql.query("RELEASE SAVEPOINT s");
      return "OK";
    } catch (e: any) {
      await sql.query("ROLLBACK TO SAVEPOINT s");
      return e.code as string;
    }
  };

  it("county → city review list (marked 县区上报) → adoption, journal issue and instructions flow back", async () => {
    const { viewer: member } = await createMemberAccount(county, "县委员");
    const item = await adoptedItem(member, county.editor, "关于县域物流体系建设的建议", "县域物流成本高。\n建议建设县级物流中心。");
    // The member's document goes up with the item (written as the owner: the item is past its editable states).
    const report = Buffer.from("%PDF-1.4\n调研报告\n%%EOF");
    await owner.opinionAttachment.create({
      data: { tenantId: county.tenant.id, opinionId: item.id, name: "物流调研报告.pdf", mime: "application/pdf", size: report.length, content: new Uint8Array(report), uploadedBy: member.userId },
    });
    const sent = (await ok(county.editor, FORWARD, { id: item.id })).forwardOpinionToParent;
    expect(sent).toMatchObject({ forwarded: true, canForward: false, upward: { parentTenantName: "测试市政协", state: "SUBMITTED", adopted: false, issueLabel: null, instructions: [] } });
    expect(sent.events.at(-1)).toMatchObject({ action: "forward", comment: "上报上级政协" });
    expect((await execAs(county.editor, FORWARD, { id: item.id })).code).toBe("INVALID_TRANSITION");

    // In the city: a new item in the review list, marked with its origin; it cannot be "returned" to a county.
    const queue = await ok(city.editor, `{ opinions(filter: { states: [SUBMITTED] }) { items { id title origin originLabel submitterName sourceTenantName submitterKind } } }`);
    expect(queue.opinions.items).toHaveLength(1);
    const copy = queue.opinions.items[0];
    expect(copy).toMatchObject({ title: "关于县域物流体系建设的建议", origin: "FROM_COUNTY", originLabel: "县区上报", submitterName: "测试县政协", sourceTenantName: "测试县政协", submitterKind: "COUNTY" });
    const cd = (await ok(city.editor, `query($id: ID!) { opinion(id: $id) { ${DETAIL} } }`, { id: copy.id })).opinion;
    expect(cd.source).toEqual({ tenantName: "测试县政协", opinionId: item.id });
    const files = (await ok(city.editor, `query($id: ID!) { opinion(id: $id) { attachments { id name size } } }`, { id: copy.id })).opinion.attachments;
    expect(files.map((f: { name: string; size: number }) => [f.name, f.size])).toEqual([["物流调研报告.pdf", report.length]]);
    const file = (await ok(city.editor, `query($id: ID!) { opinionAttachment(id: $id) { base64 } }`, { id: files[0].id })).opinionAttachment;
    expect(Buffer.from(file.base64, "base64").equals(report)).toBe(true);
    expect(cd.availableActions).toEqual(["passFirstReview", "discard"]);
    expect((await execAs(city.editor, `mutation($id: ID!, $v: Int!) { returnOpinion(id: $id, version: $v, reason: "x") { id } }`, { id: copy.id, v: cd.version })).code).toBe("INVALID_TRANSITION");
    expect(await owner.auditLog.count({ where: { tenantId: county.tenant.id, action: "opinion.forward", targetId: item.id } })).toBe(1);
    expect(await owner.auditLog.count({ where: { tenantId: city.tenant.id, action: "opinion.forward.receive", targetId: copy.id } })).toBe(1);

    // The city adopts it: the county sees the adoption.
    const f = (await ok(city.editor, `mutation($id: ID!, $v: Int!) { passOpinionFirstReview(id: $id, version: $v) { version } }`, { id: copy.id, v: cd.version })).passOpinionFirstReview;
    const s = (await ok(city.editor, `mutation($id: ID!, $v: Int!) { passOpinionSecondReview(id: $id, version: $v) { version } }`, { id: copy.id, v: f.version })).passOpinionSecondReview;
    const mid = (await ok(county.leader, `query($id: ID!) { opinion(id: $id) { upward { state adopted } } }`, { id: item.id })).opinion;
    expect(mid.upward).toEqual({ state: "SECOND_REVIEWED", adopted: true });

    // Into the city's journal, published, instructed.
    const type = await journalType(city.editor, "社情民意");
    const issue = await newIssue(city.editor, type.id, 2025);
    const added = (await ok(city.editor, `mutation($i: ID!, $o: [OpinionRefInput!]!) { addOpinionsToIssue(issueId: $i, opinions: $o) { version } }`, { i: issue.id, o: [{ id: copy.id, version: s.version }] })).addOpinionsToIssue;
    await ok(city.editor, `mutation($i: ID!, $v: Int!) { publishJournalIssue(id: $i, version: $v) { id } }`, { i: issue.id, v: added.version });
    await ok(city.editor, `mutation($o: ID!, $i: InstructionInputType!) { recordOpinionInstruction(opinionId: $o, input: $i) { id } }`, {
      o: copy.id,
      i: { kind: "HIGHER_ADOPTION", authorName: "省政协办公厅", instructedAt: "2025-07-01", content: "被省政协《社情民意》录用。" },
    });

    // Back in the county: the item is 已批示 in its lists, and the click shows the city's instruction.
    const list = await ok(county.leader, `{ opinions { items { id instructed instructionCount forwarded upward { state issueLabel } } } }`);
    expect(list.opinions.items).toEqual([{ id: item.id, instructed: true, instructionCount: 0, forwarded: true, upward: { state: "PUBLISHED", issueLabel: "《社情民意》2025年第1期" } }]);
    const mine = await ok(member, `{ myOpinions { items { id instructed } } }`);
    expect(mine.myOpinions.items).toEqual([{ id: item.id, instructed: true }]);
    const click = await ok(member, `query($o: ID!) { opinionInstructions(opinionId: $o) { kind authorName sourceTenantName } }`, { o: item.id });
    expect(click.opinionInstructions).toEqual([{ kind: "HIGHER_ADOPTION", authorName: "省政协办公厅", sourceTenantName: "测试市政协" }]);
    // The county's own statistics are not the city's: nothing in the county was instructed by the county.
    expect((await ok(county.leader, `{ opinionSummaryStatistics { instructed } }`)).opinionSummaryStatistics.instructed).toBe(0);
  });

  it("refuses: a city forwarding, a non-adopted item, and a county reporting to a tenant that is not its parent", async () => {
    const { viewer: cm } = await createMemberAccount(city, "市委员");
    const cityItem = await adoptedItem(cm, city.editor, "市级信息");
    const r = await execAs(city.editor, FORWARD, { id: cityItem.id });
    expect(r.code).toBe("FORBIDDEN");
    const { viewer: km } = await createMemberAccount(county, "县委员二");
    const pending = await draftAndSubmit(km, "未采用的县级信息");
    expect((await execAs(county.editor, FORWARD, { id: pending.id })).code).toBe("INVALID_TRANSITION");
    // A leader holds opinion:read but not opinion:forward.
    const adopted = await adoptedItem(km, county.editor, "已采用的县级信息");
    expect((await execAs(county.leader, FORWARD, { id: adopted.id })).code).toBe("FORBIDDEN");

    // Straight at the SQL function, as the app role: only the caller's own parent is a valid target.
    await asTenant(county.tenant.id, async () => {
      expect(await code("SELECT opinion_forward_to_parent($1, $2)", [adopted.id, otherCity.tenant.id])).toBe("42501");
      expect(await code("SELECT opinion_forward_to_parent($1, $2)", [adopted.id, foreignCounty.tenant.id])).toBe("42501");
      expect(await code("SELECT opinion_forward_to_parent($1, $2)", [pending.id, city.tenant.id])).toBe("22023");
    });
    await asTenant(foreignCounty.tenant.id, async () => {
      // Another city's county cannot report into this city, nor report this county's item.
      expect(await code("SELECT opinion_forward_to_parent($1, $2)", [adopted.id, city.tenant.id])).toBe("42501");
      expect(await code("SELECT opinion_forward_to_parent($1, $2)", [adopted.id, otherCity.tenant.id])).toBe("42501");
    });
    await asTenant("", async () => {
      expect(await code("SELECT opinion_forward_to_parent($1, $2)", [adopted.id, city.tenant.id])).toBe("42501");
    });
    expect(await owner.opinion.count({ where: { sourceOpinionId: adopted.id } })).toBe(0);
  });

  it("a city cannot pull from a county: no copy, no feedback, no rows; the function steps back to the caller's tenant", async () => {
    const { viewer: km } = await createMemberAccount(county, "县委员三");
    const mine = await adoptedItem(km, county.editor, "县级信息（不上报）");
    const sent = await adoptedItem(km, county.editor, "县级信息（上报）");
    await ok(county.editor, FORWARD, { id: sent.id });
    await asTenant(city.tenant.id, async () => {
      // The city acting as if it were the county's parent pulling an item: refused (the caller is not a county).
      expect(await code("SELECT opinion_forward_to_parent($1, $2)", [mine.id, city.tenant.id])).toBe("42501");
      // Feedback only answers for the caller's own reported items: the city gets nothing about county items.
      expect((await sql.query("SELECT * FROM opinion_forward_feedback($1::uuid[])", [[mine.id, sent.id]])).rowCount).toBe(0);
      // And RLS still hides every county row from the city.
      expect((await sql.query("SELECT count(*)::int AS n FROM opinion WHERE tenant_id = $1", [county.tenant.id])).rows[0].n).toBe(0);
      expect((await sql.query("SELECT count(*)::int AS n FROM opinion_forward WHERE tenant_id = $1", [county.tenant.id])).rows[0].n).toBe(0);
    });
    await asTenant(county.tenant.id, async () => {
      const fb = await sql.query("SELECT opinion_id, state FROM opinion_forward_feedback($1::uuid[])", [[mine.id, sent.id]]);
      expect(fb.rows).toEqual([{ opinion_id: sent.id, state: "SUBMITTED" }]);
      expect((await sql.query("SELECT current_setting('app.tenant_id') AS t")).rows[0].t).toBe(county.tenant.id);
      // The county still sees none of the city's rows directly.
      expect((await sql.query("SELECT count(*)::int AS n FROM opinion WHERE tenant_id = $1", [city.tenant.id])).rows[0].n).toBe(0);
    });
    // Forwarding, through the API, leaves the request in the county: the detail it returns is the county's item.
    const third = await adoptedItem(km, county.editor, "县级信息（再上报）");
    await asTenant(county.tenant.id, async () => {
      await sql.query("SELECT opinion_forward_to_parent($1, $2)", [third.id, city.tenant.id]);
      expect((await sql.query("SELECT current_setting('app.tenant_id') AS t")).rows[0].t).toBe(county.tenant.id);
      expect((await sql.query("SELECT DISTINCT tenant_id FROM opinion")).rows.map((r) => r.tenant_id)).toEqual([county.tenant.id]);
    });
  });
});
