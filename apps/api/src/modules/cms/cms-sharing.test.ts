import { describe, expect, it } from "vitest";
import { appSql, owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { cmsTenant, publishedArticle, userWith, useTempSitesDir } from "./cms.test-support";

useTempSitesDir();
const SUBMIT = `mutation($a: ID!) { submitCmsArticleToParent(articleId: $a, note: "请市政协网站采用") { id state title } }`;

describe("呈送: a county submits to its parent city, city editors accept or reject", () => {
  it("accept publishes it on the city site with its origin; reject records the reason; the county sees both outcomes", async () => {
    const city = await cmsTenant();
    const county = await cmsTenant({ level: "COUNTY", parentId: city.tenant.id });
    const a1 = await publishedArticle(county.admin, county.chA, "平城区政协开展委员视察活动", "<p>区政协组织委员视察重点项目。</p>");
    const a2 = await publishedArticle(county.admin, county.chA, "平城区政协召开常委会", "<p>会议审议有关事项。</p>");
    const s1 = await execAs(county.admin, SUBMIT, { a: a1.id });
    expect(s1.data.submitCmsArticleToParent).toMatchObject({ state: "PENDING", title: "平城区政协开展委员视察活动" });
    const s2 = (await execAs(county.admin, SUBMIT, { a: a2.id })).data.submitCmsArticleToParent;
    expect((await execAs(county.admin, SUBMIT, { a: a1.id })).code).toBe("CONFLICT");
    // The county cannot read the city's rows directly: RLS.
    expect(await owner.cmsSubmission.count({ where: { tenantId: city.tenant.id } })).toBe(2);
    const reviewer = await userWith(city.tenant.id, ["STAFF", "CMS_REVIEWER"], [{ channelId: city.chA, review: true, publish: true }]);
    const incoming = await execAs(reviewer, `{ cmsSubmissions(state: PENDING) { id sourceTenantName title body } }`);
    expect(incoming.data.cmsSubmissions.map((s: { title: string }) => s.title).sort()).toEqual(["平城区政协召开常委会", "平城区政协开展委员视察活动"]);
    expect((await execAs(reviewer, `mutation($id: ID!, $c: ID!) { acceptCmsSubmission(id: $id, channelId: $c) { id } }`, { id: s1.data.submitCmsArticleToParent.id, c: city.chB })).code).toBe("FORBIDDEN");
    const acc = await execAs(reviewer, `mutation($id: ID!, $c: ID!) { acceptCmsSubmission(id: $id, channelId: $c) { state acceptedArticleId } }`, { id: s1.data.submitCmsArticleToParent.id, c: city.chA });
    expect(acc.data.acceptCmsSubmission.state).toBe("ACCEPTED");
    const art = await owner.cmsArticle.findFirstOrThrow({ where: { tenantId: city.tenant.id, id: acc.data.acceptCmsSubmission.acceptedArticleId } });
    expect(art).toMatchObject({ state: "PUBLISHED", channelId: city.chA, originTenantName: county.tenant.name, originArticleId: a1.id });
    expect((await execAs(reviewer, `mutation($id: ID!) { rejectCmsSubmission(id: $id, reason: "") { state } }`, { id: s2.id })).code).toBe("VALIDATION_FAILED");
    expect((await execAs(reviewer, `mutation($id: ID!) { rejectCmsSubmission(id: $id, reason: "内容与本站栏目不符") { state reason } }`, { id: s2.id })).data.rejectCmsSubmission).toEqual({ state: "REJECTED", reason: "内容与本站栏目不符" });
    expect((await execAs(reviewer, `mutation($id: ID!) { rejectCmsSubmission(id: $id, reason: "再次") { state } }`, { id: s2.id })).code).toBe("INVALID_TRANSITION");
    const out = await execAs(county.admin, `{ cmsOutgoingSubmissions { title state reason acceptedArticleId } }`);
    expect(out.data.cmsOutgoingSubmissions.map((s: { state: string }) => s.state).sort()).toEqual(["ACCEPTED", "REJECTED"]);
    // Both sides audited, each in its own chain.
    expect(await owner.auditLog.count({ where: { tenantId: county.tenant.id, action: "cms.submission.send" } })).toBe(2);
    expect(await owner.auditLog.count({ where: { tenantId: city.tenant.id, action: { in: ["cms.submission.receive", "cms.submission.accept", "cms.submission.reject"] } } })).toBe(4);
  });

  it("refuses: a city (no parent), an unpublished article, and — in the database — a county naming a tenant that is not its parent", async () => {
    const city = await cmsTenant();
    const otherCity = await cmsTenant();
    const county = await cmsTenant({ level: "COUNTY", parentId: city.tenant.id });
    const cityArt = await publishedArticle(city.admin, city.chA, "市级文章", "<p>x</p>");
    expect((await execAs(city.admin, SUBMIT, { a: cityArt.id })).code).toBe("FORBIDDEN");
    const draft = (await execAs(county.admin, `mutation($c: ID!) { createCmsArticle(input: { channelId: $c, title: "草稿", body: "<p>x</p>" }) { id } }`, { c: county.chA })).data.createCmsArticle;
    expect((await execAs(county.admin, SUBMIT, { a: draft.id })).code).toBe("INVALID_TRANSITION");
    const art = await publishedArticle(county.admin, county.chA, "县区文章", "<p>x</p>");
    const sql = appSql();
    await sql.connect();
    try {
      const attempt = async (tenant: string, target: string, article: string) => {
        await sql.query("BEGIN");
        try {
          await sql.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
          await sql.query("SELECT cms_submit_to_parent($1, $2, '', 'x')", [target, article]);
          return "ok";
        } catch (e: any) {
          return e.code as string;
        } finally {
          await sql.query("ROLLBACK");
        }
      };
      expect(await attempt(county.tenant.id, otherCity.tenant.id, art.id)).toBe("42501");
      expect(await attempt(city.tenant.id, otherCity.tenant.id, cityArt.id)).toBe("42501");
      expect(await attempt(county.tenant.id, city.tenant.id, cityArt.id)).toBe("P0002"); // not its own article
      expect(await attempt("", city.tenant.id, art.id)).toBe("42501");
      expect(await attempt(county.tenant.id, city.tenant.id, art.id)).toBe("ok");
      // The app role cannot insert into the parent directly.
      await sql.query("BEGIN");
      await sql.query("SELECT set_config('app.tenant_id', $1, true)", [county.tenant.id]);
      const direct = await sql.query(`INSERT INTO cms_submission (tenant_id, id, source_tenant_id, source_tenant_name, source_article_id, title, body) VALUES ($1, gen_random_uuid(), $2, 'x', $3, 't', 'b')`, [city.tenant.id, county.tenant.id, art.id]).catch((e) => e.code);
      await sql.query("ROLLBACK");
      expect(direct).toBe("42501");
    } finally {
      await sql.end();
    }
  });
});
