import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { CREATE_ARTICLE, cmsTenant, drainWorker, publishedArticle, useTempSitesDir } from "./cms.test-support";

useTempSitesDir();

const RUN = `mutation { requestCmsCheck { id state } }`;
const SCAN = `query($id: ID!) { cmsCheckScan(id: $id) { state progress total done brokenLinks brokenImages externalLinks sensitiveWords staleChannels error } }`;
const CHANNELS = `query($id: ID!) { cmsCheckChannels(scanId: $id) { channelName brokenLinks brokenImages externalLinks sensitiveWords staleChannels problems } }`;
const FINDINGS = `query($id: ID!, $c: ID, $k: String) { cmsCheckFindings(scanId: $id, channelId: $c, kind: $k, pageSize: 100) { total items { channelName articleId articleTitle kind target detail } } }`;
const IMPORT = `mutation($i: CmsImportInput!) { importCmsArticles(input: $i) { id state total failed errors { row message } } }`;
const IMPORT_JOB = `query($id: ID!) { cmsImportJob(id: $id) { state total done progress imported failed errors { row message } } }`;
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const DAY = 86_400_000;

type F = { kind: string; target: string; articleTitle: string | null; channelName: string; detail: string };

describe("站点检查", () => {
  it("finds broken internal links and images, lists external links unchecked, flags 错敏词 and stale channels; a department editor sees only their channels", async () => {
    const { tenant, admin, chA, chB, mk } = await cmsTenant();
    const code = tenant.code;
    const chC = await mk("专题活动", "events");
    await owner.cmsChannel.updateMany({ where: { tenantId: tenant.id, id: { in: [chB, chC] } }, data: { updateDays: 30 } });
    const target = await publishedArticle(admin, chA, "目标文章", "<p>被链接的文章。</p>");
    const body = [
      `<p><a href="/site/${code}/news/${target.no}.html">好链接</a>`,
      `<a href="${target.no}.html">相对好链接</a>`,
      `<a href="/site/${code}/notice/">栏目首页</a>`,
      `<a href="/site/${code}/news/99999.html">坏链接</a>`,
      `<a href="https://www.gov.cn/">中国政府网</a></p>`,
      `<p><img src="/site/${code}/assets/0f0e0d0c-0b0a-4909-8807-060504030201/missing.png" alt="缺失"></p>`,
    ].join("");
    await publishedArticle(admin, chA, "含有链接的文章", body);
    // A draft with a broken link is not part of the published site: not reported.
    await execAs(admin, CREATE_ARTICLE, { i: { channelId: chA, title: "草稿", body: `<p><a href="/site/${code}/news/88888.html">草稿链接</a></p>` } });
    await execAs(admin, `mutation { addCmsSensitiveWords(input: { words: "某某词", level: "WARN", suggestion: "规范用语" }) { added } }`);
    await publishedArticle(admin, chB, "最新通知", "<p>通知中出现了某某词。</p>");
    const old = await publishedArticle(admin, chC, "很久以前的活动", "<p>活动回顾。</p>");
    await owner.cmsArticle.update({ where: { tenantId_id: { tenantId: tenant.id, id: old.id } }, data: { publishedAt: new Date(Date.now() - 45 * DAY) } });

    const run = await execAs(admin, RUN);
    expect(run.errors).toBeUndefined();
    expect(run.data.requestCmsCheck.state).toBe("QUEUED");
    // Asking again while it waits returns the same scan.
    expect((await execAs(admin, RUN)).data.requestCmsCheck.id).toBe(run.data.requestCmsCheck.id);
    await drainWorker([tenant.id]);
    const id = run.data.requestCmsCheck.id;
    const scan = (await execAs(admin, SCAN, { id })).data.cmsCheckScan;
    expect(scan).toMatchObject({ state: "DONE", progress: 1, total: 4, done: 4, brokenLinks: 1, brokenImages: 1, externalLinks: 1, sensitiveWords: 1, staleChannels: 1, error: null });

    const all: F[] = (await execAs(admin, FINDINGS, { id })).data.cmsCheckFindings.items;
    const by = (k: string) => all.filter((f) => f.kind === k);
    expect(by("BROKEN_LINK").map((f) => [f.articleTitle, f.target])).toEqual([["含有链接的文章", `/site/${code}/news/99999.html`]]);
    expect(by("BROKEN_IMAGE").map((f) => [f.articleTitle, f.target])).toEqual([["含有链接的文章", `/site/${code}/assets/0f0e0d0c-0b0a-4909-8807-060504030201/missing.png`]]);
    expect(by("EXTERNAL_LINK").map((f) => [f.target, f.detail])).toEqual([["https://www.gov.cn/", "外部链接，未检查"]]);
    expect(by("SENSITIVE_WORD").map((f) => [f.channelName, f.articleTitle, f.detail])).toEqual([["通知公告", "最新通知", "含提示词“某某词”，建议改为“规范用语”"]]);
    expect(by("STALE_CHANNEL").map((f) => f.channelName)).toEqual(["专题活动"]); // 通知公告 was updated today
    expect(by("STALE_CHANNEL")[0]!.detail).toMatch(/已 4[45] 天未更新（要求每 30 天更新）$/);
    const fine = [`/site/${code}/news/${target.no}.html`, `/site/${code}/notice/`, `/site/${code}/news/88888.html`];
    expect(all.filter((f) => fine.includes(f.target))).toEqual([]);

    const report = (await execAs(admin, CHANNELS, { id })).data.cmsCheckChannels;
    expect(report).toEqual([
      { channelName: "政协要闻", brokenLinks: 1, brokenImages: 1, externalLinks: 1, sensitiveWords: 0, staleChannels: 0, problems: 2 },
      { channelName: "通知公告", brokenLinks: 0, brokenImages: 0, externalLinks: 0, sensitiveWords: 1, staleChannels: 0, problems: 1 },
      { channelName: "专题活动", brokenLinks: 0, brokenImages: 0, externalLinks: 0, sensitiveWords: 0, staleChannels: 1, problems: 1 },
    ]);

    // A department editor whose department may edit 通知公告 sees that channel's findings only.
    const dep = await owner.cmsDepartment.create({ data: { tenantId: tenant.id, name: "宣传信息处" } });
    const { user, viewer: editor } = await createUser(tenant.id, ["STAFF", "CMS_EDITOR"]);
    await owner.cmsDepartmentMember.create({ data: { tenantId: tenant.id, departmentId: dep.id, userId: user.id } });
    await owner.cmsChannelAcl.create({ data: { tenantId: tenant.id, channelId: chB, subjectKind: "DEPARTMENT", subjectId: dep.id, canEdit: true } });
    const mine: F[] = (await execAs(editor, FINDINGS, { id })).data.cmsCheckFindings.items;
    expect(mine.map((f) => [f.channelName, f.kind])).toEqual([["通知公告", "SENSITIVE_WORD"]]);
    expect((await execAs(editor, CHANNELS, { id })).data.cmsCheckChannels.map((c: { channelName: string }) => c.channelName)).toEqual(["通知公告"]);
    expect((await execAs(editor, SCAN, { id })).data.cmsCheckScan).toMatchObject({ brokenLinks: 0, brokenImages: 0, sensitiveWords: 1, staleChannels: 0 });
    expect((await execAs(editor, FINDINGS, { id, c: chA })).data.cmsCheckFindings.total).toBe(0);
    // Someone outside the CMS may not look at all.
    const { viewer: member } = await createUser(tenant.id, ["MEMBER"]);
    expect((await execAs(member, FINDINGS, { id })).code).toBe("FORBIDDEN");
    expect(await owner.auditLog.count({ where: { tenantId: tenant.id, action: { in: ["cms.check.request", "cms.check.done"] } } })).toBe(2);
  });

  it("the periodic check queues a scheduled scan once per interval", async () => {
    const { tickCmsChecks } = await import("./checks/worker");
    const { app } = await import("../../../test/support/db");
    const { tenant, admin, chA } = await cmsTenant();
    await publishedArticle(admin, chA, "一篇文章", "<p>内容</p>");
    expect((await tickCmsChecks(app, new Date(), { tenantIds: [tenant.id], periodic: true })).scans).toBe(1);
    expect((await tickCmsChecks(app, new Date(), { tenantIds: [tenant.id], periodic: true })).scans).toBe(0);
    const scans = await owner.cmsCheckScan.findMany({ where: { tenantId: tenant.id } });
    expect(scans.map((s) => [s.trigger, s.state])).toEqual([["SCHEDULED", "DONE"]]);
  });
});

describe("历史文章导入", () => {
  it("imports the good rows of a mixed CSV with their dates and clean bodies; bad rows are reported by row number; another committee's channels are not found", async () => {
    const { tenant, admin, chA } = await cmsTenant();
    const other = await cmsTenant();
    await other.mk("他处栏目", "elsewhere");
    const csv = [
      "栏目,标题,副标题,作者,来源,发布时间,正文,关键词",
      `news,2019年全体会议召开,第一次会议,张三,市政协办公室,2019-03-05 09:30,"<p>会议召开。</p><script>alert(1)</script><img src=""https://example.org/a.png"" onerror=""alert(2)"">",全体会议、协商`,
      `news,,无标题,,,2019-03-06,<p>缺标题</p>,`,
      `news,日期有误,,,,2019-02-30,<p>正文</p>,`,
      `elsewhere,他处栏目的文章,,,,2019-03-07,<p>正文</p>,`,
      `/news/,多行正文,,,,2018/12/1,"<p>第一段</p>`,
      `<p>第二段</p>",`,
    ].join("\n");
    const r = await execAs(admin, IMPORT, { i: { fileName: "历史文章.csv", format: "CSV", fileBase64: b64(`\uFEFF${csv}`) } });
    expect(r.errors).toBeUndefined();
    expect(r.data.importCmsArticles).toMatchObject({ state: "QUEUED", total: 3, failed: 2 });
    expect(r.data.importCmsArticles.errors).toEqual([
      { row: 3, message: "缺少标题" },
      { row: 4, message: "发布时间“2019-02-30”无效（应为 2024-05-01 或 2024-05-01 09:30）" },
    ]);
    await drainWorker([tenant.id]);
    const job = (await execAs(admin, IMPORT_JOB, { id: r.data.importCmsArticles.id })).data.cmsImportJob;
    expect(job).toMatchObject({ state: "DONE", total: 3, done: 3, progress: 1, imported: 2, failed: 3 });
    expect(job.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5]);
    expect(job.errors[2].message).toBe("栏目“elsewhere”不存在");

    const made = await owner.cmsArticle.findMany({ where: { tenantId: tenant.id, channelId: chA }, orderBy: { publishedAt: "asc" } });
    expect(made.map((a) => [a.title, a.state, a.publishedAt?.toISOString()])).toEqual([
      ["多行正文", "PUBLISHED", "2018-11-30T16:00:00.000Z"],
      ["2019年全体会议召开", "PUBLISHED", "2019-03-05T01:30:00.000Z"],
    ]);
    const first = made[1]!;
    expect(first).toMatchObject({ subtitle: "第一次会议", author: "张三", source: "市政协办公室", keywords: ["全体会议", "协商"] });
    expect(first.body).not.toMatch(/script|onerror|alert/);
    expect(first.body).toContain('<img src="https://example.org/a.png" />');
    expect(made[0]!.body).toBe("<p>第一段</p>\n<p>第二段</p>");
    expect(await owner.cmsArticle.count({ where: { tenantId: other.tenant.id, title: "他处栏目的文章" } })).toBe(0);
    expect(await owner.auditLog.count({ where: { tenantId: tenant.id, action: "cms.article.import" } })).toBe(2);
    expect(await owner.cmsArticleEvent.count({ where: { tenantId: tenant.id, action: "import" } })).toBe(2);
    // The imported articles go out with the next incremental publish.
    expect(await owner.cmsPublishJob.count({ where: { tenantId: tenant.id, kind: "INCREMENTAL" } })).toBe(1);
  });

  it("a JSON file can be imported as drafts; only the site administrator imports; a file without a required column is refused", async () => {
    const { tenant, admin, chB } = await cmsTenant();
    const json = JSON.stringify([{ 栏目: "notice", 标题: "旧通知", 发布时间: "2020-06-01", body: "<p>旧通知正文</p>", keywords: ["通知"] }, { channel: "notice", title: 5, body: "" }]);
    const r = await execAs(admin, IMPORT, { i: { format: "JSON", targetState: "DRAFT", fileBase64: b64(json) } });
    expect(r.data.importCmsArticles.errors).toEqual([{ row: 2, message: "缺少发布时间" }]);
    await drainWorker([tenant.id]);
    const a = await owner.cmsArticle.findFirstOrThrow({ where: { tenantId: tenant.id, channelId: chB } });
    expect([a.title, a.state, a.publishedAt?.toISOString()]).toEqual(["旧通知", "DRAFT", "2020-05-31T16:00:00.000Z"]);
    const { viewer: editor } = await createUser(tenant.id, ["STAFF", "CMS_EDITOR"]);
    expect((await execAs(editor, IMPORT, { i: { format: "JSON", fileBase64: b64(json) } })).code).toBe("FORBIDDEN");
    const bad = await execAs(admin, IMPORT, { i: { format: "CSV", fileBase64: b64("栏目,标题\nnews,x") } });
    expect([bad.code, bad.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "缺少列：发布时间、正文"]);
  });
});
