import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execAs } from "../../../test/support/gql";
import { startTestServer } from "../../../test/support/http";
import { cmsTenant, drainWorker, publishedArticle, useTempSitesDir } from "./cms.test-support";

useTempSitesDir();

describe("the public site over HTTP", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let t: Awaited<ReturnType<typeof cmsTenant>>;
  let pub: { no: number };
  beforeAll(async () => {
    t = await cmsTenant();
    pub = await publishedArticle(t.admin, t.chA, "市政协开展民主监督活动", "<p>围绕营商环境开展民主监督。</p>");
    await execAs(t.admin, `mutation($c: ID!) { createCmsArticle(input: { channelId: $c, title: "内部草稿民主监督", body: "<p>不公开</p>" }) { id } }`, { c: t.chA });
    await execAs(t.admin, `mutation { requestCmsPublish(kind: FULL) { id } }`);
    await drainWorker([t.tenant.id]);
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("serves the generated pages with a strict CSP and security headers", async () => {
    const r = await fetch(`${server.url}/site/${t.tenant.code}/news/${pub.no}.html`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("市政协开展民主监督活动");
    const csp = r.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const home = await fetch(`${server.url}/site/${t.tenant.code}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("政协要闻");
    const feed = await fetch(`${server.url}/site/${t.tenant.code}/rss.xml`);
    expect(feed.headers.get("content-type")).toMatch(/xml/);
  });

  it("search shows only published articles of that site, escapes the query, and has no admin surface", async () => {
    const r = await fetch(`${server.url}/site/${t.tenant.code}/search?q=${encodeURIComponent("民主监督")}`);
    const body = await r.text();
    expect(r.status).toBe(200);
    expect(body).toContain("市政协开展民主监督活动");
    expect(body).not.toContain("内部草稿");
    expect(body).toContain("<mark>民主监督</mark>");
    expect(r.headers.get("content-security-policy")).toContain("default-src 'none'");
    const evil = await (await fetch(`${server.url}/site/${t.tenant.code}/search?q=${encodeURIComponent('<script>alert(1)</script>')}`)).text();
    expect(evil).not.toContain("<script>alert(1)");
    expect(evil).toContain("&lt;script&gt;");
    for (const p of [`/site/${t.tenant.code}/graphql`, `/site/${t.tenant.code}/../../etc/passwd`, `/site/nope/`, `/site/${t.tenant.code}/news/999999.html`]) {
      expect((await fetch(`${server.url}${p}`)).status, p).toBe(404);
    }
    const post = await fetch(`${server.url}/site/${t.tenant.code}/`, { method: "POST" });
    expect(post.status).toBe(404);
  });
});
