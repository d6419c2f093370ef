import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { XMLValidator } from "fast-xml-parser";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { TRANSITION, cmsTenant, drainWorker, publishedArticle, useTempSitesDir } from "./cms.test-support";

const root = useTempSitesDir();
const PUBLISH = `mutation($k: CmsPublishKind!) { requestCmsPublish(kind: $k) { id state } }`;
const JOB = `query($id: ID!) { cmsPublishJob(id: $id) { state total done progress written skipped deleted writtenFiles error } }`;

async function publish(admin: Parameters<typeof execAs>[0], tenantId: string, kind: string) {
  const r = await execAs(admin, PUBLISH, { k: kind });
  expect(r.errors).toBeUndefined();
  await drainWorker([tenantId]);
  return (await execAs(admin, JOB, { id: r.data.requestCmsPublish.id })).data.cmsPublishJob;
}

describe("cms publishing", () => {
  it("a full publish writes WEB and WAP pages, feeds and a sitemap that are well-formed XML, with sanitised bodies", async () => {
    const { tenant, admin, chA, chB } = await cmsTenant();
    await publishedArticle(admin, chA, "市政协召开十五届常委会议", `<p>会议协商文旅融合。</p><img src="x.png" onerror="alert(1)"><a href="javascript:alert(2)">链接</a><script>alert(3)</script>`);
    await publishedArticle(admin, chB, "关于征集2027年度提案的通知 & <公告>", "<p>请各位委员踊跃提交提案。</p>");
    await execAs(admin, `mutation($i: CmsArticleInput!) { createCmsArticle(input: $i) { id } }`, { i: { channelId: chA, title: "尚未发布的草稿", body: "<p>不应出现</p>" } });
    const job = await publish(admin, tenant.id, "FULL");
    expect(job).toMatchObject({ state: "DONE", deleted: 0, error: null, progress: 1 });
    const dir = path.join(root, tenant.code);
    for (const f of ["index.html", "m/index.html", "news/index.html", "m/news/index.html", "notice/index.html", "rss.xml", "atom.xml", "sitemap.xml", "assets/site.css"]) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    expect(job.written + job.skipped).toBe(job.total);
    for (const f of ["rss.xml", "atom.xml", "sitemap.xml"]) expect(XMLValidator.validate(fs.readFileSync(path.join(dir, f), "utf8")), f).toBe(true);
    const rss = fs.readFileSync(path.join(dir, "rss.xml"), "utf8");
    expect(rss).toContain("关于征集2027年度提案的通知 &amp; &lt;公告&gt;");
    const all = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".html")).map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
    expect(all).toContain("市政协召开十五届常委会议");
    expect(all).not.toMatch(/<script|onerror|javascript:|尚未发布的草稿/);
    expect(fs.readFileSync(path.join(dir, "index.html"), "utf8")).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
  });

  it("incremental publishing rewrites only the pages an edit touches, and removes a withdrawn article's pages", async () => {
    const { tenant, admin, chA, chB } = await cmsTenant();
    const first = await publishedArticle(admin, chA, "第一篇要闻", "<p>内容一</p>");
    await publishedArticle(admin, chA, "第二篇要闻", "<p>内容二</p>");
    const other = await publishedArticle(admin, chB, "一则通知", "<p>通知内容</p>");
    await publish(admin, tenant.id, "FULL");
    const dir = path.join(root, tenant.code);
    const mtime = (f: string) => fs.statSync(path.join(dir, f)).mtimeMs;
    const before = { untouched: mtime(`notice/${other.no}.html`), edited: mtime(`news/${first.no}.html`) };
    await new Promise((r) => setTimeout(r, 20));
    const upd = await execAs(admin, `mutation($id: ID!, $v: Int!) { updateCmsArticle(id: $id, expectedVersion: $v, input: { title: "第一篇要闻（更正）" }) { version } }`, { id: first.id, v: first.version });
    expect(upd.errors).toBeUndefined();
    const inc = await owner.cmsPublishJob.findFirstOrThrow({ where: { tenantId: tenant.id, kind: "INCREMENTAL", state: "QUEUED" } });
    await drainWorker([tenant.id]);
    const job = (await execAs(admin, JOB, { id: inc.id })).data.cmsPublishJob;
    expect(job.state).toBe("DONE");
    expect(job.writtenFiles).toEqual(expect.arrayContaining([`news/${first.no}.html`, `m/news/${first.no}.html`, "news/index.html", "index.html", "rss.xml"]));
    expect(job.writtenFiles).not.toContain(`notice/${other.no}.html`);
    expect(job.writtenFiles).not.toContain("notice/index.html"); // another channel: not even rendered
    expect(mtime(`notice/${other.no}.html`)).toBe(before.untouched);
    expect(mtime(`news/${first.no}.html`)).toBeGreaterThan(before.edited);
    expect(fs.readFileSync(path.join(dir, `news/${first.no}.html`), "utf8")).toContain("第一篇要闻（更正）");
    // Withdrawing removes its pages (web and mobile) and its list entry.
    const cur = await owner.cmsArticle.findFirstOrThrow({ where: { id: first.id } });
    await execAs(admin, TRANSITION, { id: first.id, v: cur.version, i: { action: "withdraw" } });
    await drainWorker([tenant.id]);
    expect(fs.existsSync(path.join(dir, `news/${first.no}.html`))).toBe(false);
    expect(fs.existsSync(path.join(dir, `m/news/${first.no}.html`))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "news/index.html"), "utf8")).not.toContain("第一篇要闻");
    // Nothing dirty: a second incremental publish writes nothing.
    expect((await publish(admin, tenant.id, "INCREMENTAL")).written).toBe(0);
  });

  it("references and mappings appear in the other channel; a virtual channel lists its sources", async () => {
    const { tenant, admin, chA, chB, mk } = await cmsTenant();
    const ref = await publishedArticle(admin, chA, "被引用的要闻", "<p>引用</p>");
    const map = await publishedArticle(admin, chA, "被映射的要闻", "<p>映射</p>");
    const v = await execAs(admin, `mutation($s: [ID!]) { createCmsChannel(input: { name: "综合", slug: "all", kind: VIRTUAL, sourceChannelIds: $s }) { id } }`, { s: [chB] });
    expect(v.errors).toBeUndefined();
    await mk("空栏目", "empty");
    expect((await execAs(admin, `mutation($id: ID!, $c: ID!) { linkCmsArticle(id: $id, channelId: $c, kind: REFERENCE) { links { kind channelName } } }`, { id: ref.id, c: chB })).data.linkCmsArticle.links).toEqual([{ kind: "REFERENCE", channelName: "通知公告" }]);
    await execAs(admin, `mutation($id: ID!, $c: ID!) { linkCmsArticle(id: $id, channelId: $c, kind: MAPPING) { id } }`, { id: map.id, c: chB });
    await publish(admin, tenant.id, "FULL");
    const dir = path.join(root, tenant.code);
    const list = fs.readFileSync(path.join(dir, "notice/index.html"), "utf8");
    expect(list).toContain(`href="/site/${tenant.code}/news/${ref.no}.html"`); // reference → the original page
    expect(list).toContain(`href="/site/${tenant.code}/notice/${map.no}.html"`); // mapping → its own page here
    expect(fs.readFileSync(path.join(dir, `notice/${map.no}.html`), "utf8")).toContain("被映射的要闻");
    expect(fs.existsSync(path.join(dir, `notice/${ref.no}.html`))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "all/index.html"), "utf8")).toContain("被映射的要闻");
    const staff = await execAs(admin, `query($c: ID!) { cmsArticles(filter: { channelId: $c, includeLinked: true }) { items { title linkedAs } } }`, { c: chB });
    expect(staff.data.cmsArticles.items.map((i: { linkedAs: string }) => i.linkedAs).sort()).toEqual(["MAPPING", "REFERENCE"]);
  });

  it("whole-site publishing is for site admins and reviewers; a specified publish needs the channel's publish right", async () => {
    const { tenant, chA } = await cmsTenant();
    const { userWith } = await import("./cms.test-support");
    const editor = await userWith(tenant.id, ["STAFF", "CMS_EDITOR"], [{ channelId: chA, edit: true }]);
    expect((await execAs(editor, PUBLISH, { k: "FULL" })).code).toBe("FORBIDDEN");
    expect((await execAs(editor, `mutation($c: ID!) { requestCmsPublish(kind: SPECIFIED, channelIds: [$c]) { id } }`, { c: chA })).code).toBe("FORBIDDEN");
    const pub = await userWith(tenant.id, ["STAFF", "CMS_EDITOR"], [{ channelId: chA, publish: true }]);
    expect((await execAs(pub, `mutation($c: ID!) { requestCmsPublish(kind: SPECIFIED, channelIds: [$c]) { state } }`, { c: chA })).data.requestCmsPublish.state).toBe("QUEUED");
  });
});
