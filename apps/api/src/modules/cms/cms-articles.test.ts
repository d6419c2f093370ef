import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { CREATE_ARTICLE, TRANSITION, cmsTenant, drainWorker, userWith, useTempSitesDir } from "./cms.test-support";

useTempSitesDir();
const UPDATE = `mutation($id: ID!, $v: Int!, $i: CmsArticleInput!) { updateCmsArticle(id: $id, expectedVersion: $v, input: $i) { version title body } }`;

describe("cms articles", () => {
  it("per-channel rights: an editor of A writes in A but cannot publish there, nor touch B; a publisher of A cannot publish in B", async () => {
    const { tenant, chA, chB, admin, mk } = await cmsTenant();
    const editorA = await userWith(tenant.id, ["STAFF", "CMS_EDITOR"], [{ channelId: chA, edit: true }]);
    const publisherA = await userWith(tenant.id, ["STAFF", "CMS_EDITOR"], [{ channelId: chA, edit: true, publish: true }, { channelId: chB, edit: true }]);
    const inA = await execAs(editorA, CREATE_ARTICLE, { i: { channelId: chA, title: "要闻", body: "<p>正文</p>" } });
    expect(inA.errors).toBeUndefined();
    expect((await execAs(editorA, CREATE_ARTICLE, { i: { channelId: chB, title: "通知", body: "<p>正文</p>" } })).code).toBe("FORBIDDEN");
    const a = inA.data.createCmsArticle;
    expect((await execAs(editorA, TRANSITION, { id: a.id, v: a.version, i: { action: "publish" } })).code).toBe("FORBIDDEN");
    const inB = await execAs(publisherA, CREATE_ARTICLE, { i: { channelId: chB, title: "通知", body: "<p>正文</p>" } });
    const b = inB.data.createCmsArticle;
    expect((await execAs(publisherA, TRANSITION, { id: b.id, v: b.version, i: { action: "publish" } })).code).toBe("FORBIDDEN");
    const pubA = await execAs(publisherA, TRANSITION, { id: a.id, v: a.version, i: { action: "publish" } });
    expect(pubA.data.transitionCmsArticle.state).toBe("PUBLISHED");
    expect((await owner.cmsArticle.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: b.id } } })).state).toBe("DRAFT");
    // Grants on a parent reach its sub-channels; the editor's list shows only what they may view.
    const sub = await mk("子栏目", "sub-news");
    await execAs(admin, `mutation($id: ID!, $p: ID) { moveCmsChannel(id: $id, parentId: $p) { id } }`, { id: sub, p: chA });
    expect((await execAs(editorA, CREATE_ARTICLE, { i: { channelId: sub, title: "子栏目文章", body: "<p>正文</p>" } })).errors).toBeUndefined();
    const list = await execAs(editorA, `{ cmsArticles(pageSize: 50) { total items { id } } }`);
    expect(list.data.cmsArticles.total).toBe(2);
    expect(list.data.cmsArticles.items.map((x: { id: string }) => x.id)).toContain(a.id);
    expect(list.data.cmsArticles.items.map((x: { id: string }) => x.id)).not.toContain(b.id);
  });

  it("the workflow through GraphQL: submit → review (reject, approve) → published → withdrawn → draft, with events and audit", async () => {
    const { tenant, chA } = await cmsTenant();
    const editor = await userWith(tenant.id, ["STAFF", "CMS_EDITOR"], [{ channelId: chA, edit: true }]);
    const reviewer = await userWith(tenant.id, ["STAFF", "CMS_REVIEWER"], [{ channelId: chA, review: true, publish: true }]);
    let a = (await execAs(editor, CREATE_ARTICLE, { i: { channelId: chA, title: "市政协召开主席会议", body: "<p>会议研究了年度协商计划。</p>" } })).data.createCmsArticle;
    const step = async (who: typeof editor, action: string, extra: object = {}) => {
      const r = await execAs(who, TRANSITION, { id: a.id, v: a.version, i: { action, ...extra } });
      if (!r.errors) a = { ...a, ...r.data.transitionCmsArticle };
      return r;
    };
    expect((await step(reviewer, "approve")).code).toBe("INVALID_TRANSITION");
    expect((await step(editor, "submit")).data.transitionCmsArticle.availableActions).toEqual(["recall"]);
    expect((await step(editor, "approve")).code).toBe("FORBIDDEN");
    expect((await step(reviewer, "reject", { comment: "请补充会议时间" })).data.transitionCmsArticle.state).toBe("DRAFT");
    await step(editor, "submit");
    expect((await step(reviewer, "approve")).data.transitionCmsArticle.state).toBe("PUBLISHED");
    expect(a.publishedAt).not.toBeNull();
    expect((await step(editor, "withdraw")).code).toBe("FORBIDDEN");
    expect((await step(reviewer, "withdraw")).data.transitionCmsArticle.state).toBe("WITHDRAWN");
    expect((await step(editor, "reopen")).data.transitionCmsArticle.state).toBe("DRAFT");
    const events = await execAs(editor, `query($id: ID!) { cmsArticleEvents(articleId: $id) { action fromState toState comment } }`, { id: a.id });
    expect(events.data.cmsArticleEvents.map((e: { action: string }) => e.action)).toEqual(["submit", "reject", "submit", "approve", "withdraw", "reopen"]);
    expect(events.data.cmsArticleEvents[1].comment).toBe("请补充会议时间");
    expect(await owner.auditLog.count({ where: { tenantId: tenant.id, targetId: a.id, action: { startsWith: "cms.article." } } })).toBe(7);
    // Going live and leaving it queued incremental publishing (deduplicated while waiting).
    expect(await owner.cmsPublishJob.count({ where: { tenantId: tenant.id, kind: "INCREMENTAL", state: "QUEUED" } })).toBe(1);
  });

  it("optimistic locking: a stale version is a CONFLICT and changes nothing", async () => {
    const { admin, chA } = await cmsTenant();
    const a = (await execAs(admin, CREATE_ARTICLE, { i: { channelId: chA, title: "初稿", body: "<p>一</p>" } })).data.createCmsArticle;
    const first = await execAs(admin, UPDATE, { id: a.id, v: a.version, i: { title: "第二稿" } });
    expect(first.data.updateCmsArticle.version).toBe(a.version + 1);
    const stale = await execAs(admin, UPDATE, { id: a.id, v: a.version, i: { title: "覆盖" } });
    expect(stale.code).toBe("CONFLICT");
    expect((await execAs(admin, TRANSITION, { id: a.id, v: a.version, i: { action: "publish" } })).code).toBe("CONFLICT");
    expect((await execAs(admin, `query($id: ID!) { cmsArticle(id: $id) { title state } }`, { id: a.id })).data.cmsArticle).toEqual({ title: "第二稿", state: "DRAFT" });
  });

  it("sanitises rich text on the server: script, event handlers and javascript: URLs never get stored", async () => {
    const { admin, chA } = await cmsTenant();
    const evil = `<p onclick="steal()">你好<script>alert(1)</script></p><img src="x.png" onerror="alert(2)"><img src="javascript:alert(3)"><a href="javascript:alert(4)">点我</a><a href="https://example.org" target="_blank">外链</a><iframe src="https://evil"></iframe><style>body{}</style><p style="color:red">红</p>`;
    const a = (await execAs(admin, CREATE_ARTICLE, { i: { channelId: chA, title: "<b>标题</b>", body: evil } })).data.createCmsArticle;
    const stored = (await owner.cmsArticle.findFirstOrThrow({ where: { id: a.id } })).body;
    expect(stored).not.toMatch(/script|onerror|onclick|javascript:|iframe|style|alert/i);
    expect(stored).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">外链</a>');
    expect(stored).toContain("<p>你好</p>");
    const upd = await execAs(admin, UPDATE, { id: a.id, v: a.version, i: { body: `<svg onload="x()"></svg><p>改</p><a href=" JaVaScRiPt:alert(5)">x</a>` } });
    expect(upd.data.updateCmsArticle.body).toBe("<p>改</p><a>x</a>");
  });

  it("generates summary and keywords; versions have a diff and a restore (as a new version)", async () => {
    const { admin, chA } = await cmsTenant();
    const body = "<p>大同市政协召开十五届三次常委会议，围绕推进文旅融合高质量发展协商议政。</p><p>会议指出，要发挥政协委员作用，为大同文化旅游发展建言献策。委员们提出了许多有价值的提案建议。</p><p>会议还审议了有关人事事项。</p>";
    const a = (await execAs(admin, CREATE_ARTICLE, { i: { channelId: chA, title: "市政协召开常委会议协商文旅融合", body } })).data.createCmsArticle;
    expect(a.summary.length).toBeGreaterThan(10);
    expect(a.summary.length).toBeLessThanOrEqual(120);
    expect(a.keywords.length).toBeGreaterThanOrEqual(3);
    expect(a.keywords).toContain("融合");
    const v2 = (await execAs(admin, UPDATE, { id: a.id, v: a.version, i: { title: "市政协召开常委会议", body: "<p>会议审议了人事事项。</p>", note: "精简" } })).data.updateCmsArticle;
    const versions = await execAs(admin, `query($id: ID!) { cmsArticleVersions(articleId: $id) { version note } }`, { id: a.id });
    expect(versions.data.cmsArticleVersions).toEqual([{ version: v2.version, note: "精简" }, { version: a.version, note: "新建" }]);
    const diff = await execAs(admin, `query($id: ID!, $f: Int!, $t: Int!) { cmsArticleDiff(articleId: $id, fromVersion: $f, toVersion: $t) { title { kind text } body { kind text } } }`, { id: a.id, f: a.version, t: v2.version });
    expect(diff.data.cmsArticleDiff.title).toContainEqual({ kind: "REMOVED", text: "协商文旅融合" });
    expect(diff.data.cmsArticleDiff.body.some((p: { kind: string; text: string }) => p.kind === "ADDED" && p.text.includes("会议审议了人事事项"))).toBe(true);
    const restored = await execAs(admin, `mutation($id: ID!, $v: Int!, $r: Int!) { restoreCmsArticleVersion(id: $id, expectedVersion: $v, version: $r) { title version } }`, { id: a.id, v: v2.version, r: a.version });
    expect(restored.data.restoreCmsArticleVersion).toEqual({ title: "市政协召开常委会议协商文旅融合", version: v2.version + 1 });
  });

  it("scheduled publish and scheduled withdraw fire in the worker's tick, as the system", async () => {
    const { tenant, admin, chA } = await cmsTenant();
    const a = (await execAs(admin, CREATE_ARTICLE, { i: { channelId: chA, title: "定时发布的通知", body: "<p>明天发布</p>" } })).data.createCmsArticle;
    const at = new Date(Date.now() + 3600_000);
    const past = await execAs(admin, TRANSITION, { id: a.id, v: a.version, i: { action: "schedule", publishAt: new Date(Date.now() - 1000).toISOString() } });
    expect(past.code).toBe("VALIDATION_FAILED");
    const s = await execAs(admin, TRANSITION, { id: a.id, v: a.version, i: { action: "schedule", publishAt: at.toISOString() } });
    expect(s.data.transitionCmsArticle.state).toBe("SCHEDULED");
    await drainWorker([tenant.id], new Date());
    expect((await owner.cmsArticle.findFirstOrThrow({ where: { id: a.id } })).state).toBe("SCHEDULED");
    const r = await drainWorker([tenant.id], new Date(at.getTime() + 1000));
    expect(r.fired).toBeGreaterThanOrEqual(1);
    const live = await owner.cmsArticle.findFirstOrThrow({ where: { id: a.id } });
    expect(live.state).toBe("PUBLISHED");
    expect(live.publishedAt!.getTime()).toBe(at.getTime());
    const w = await execAs(admin, `mutation($id: ID!, $v: Int!, $t: DateTimeISO) { setCmsArticleWithdrawAt(id: $id, expectedVersion: $v, withdrawAt: $t) { scheduledWithdrawAt } }`, { id: a.id, v: live.version, t: new Date(Date.now() + 7200_000).toISOString() });
    expect(w.errors).toBeUndefined();
    await drainWorker([tenant.id], new Date(Date.now() + 7300_000));
    expect((await owner.cmsArticle.findFirstOrThrow({ where: { id: a.id } })).state).toBe("WITHDRAWN");
    const events = await owner.cmsArticleEvent.findMany({ where: { articleId: a.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorName])).toEqual([["schedule", "测试用户"], ["fireSchedule", "系统（定时）"], ["withdraw", "系统（定时）"]]);
    expect(await owner.auditLog.count({ where: { tenantId: tenant.id, action: "cms.article.fireSchedule", username: "system:cms-publisher" } })).toBe(1);
  });
});
