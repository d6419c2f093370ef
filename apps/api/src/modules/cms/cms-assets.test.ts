import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser, TEST_PASSWORD } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { Browser, startTestServer } from "../../../test/support/http";
import { TINY_PNG } from "../meetings/meetings.fixtures";
import { extractFileText } from "./assets/extract-text";
import { checkCmsFile } from "./assets/file-check";
import { CREATE_ARTICLE, TRANSITION, cmsTenant, drainWorker, useTempSitesDir } from "./cms.test-support";
import { tinyDocx, tinyPdf } from "./test-files";

const root = useTempSitesDir();
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);
const ASSETS = `query($a: ID!) { cmsArticleAssets(articleId: $a) { id kind fileName mime size hasText url } }`;
/** The JSON answer of an upload (checked field by field). */
const answer = async (r: Response | Promise<Response>): Promise<any> => (await r).json();
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("file types and text extraction (no database)", () => {
  it("decides the type by content and reads the text of a hand-made PDF and a generated DOCX", async () => {
    expect(checkCmsFile("ATTACHMENT", TINY_PNG, "报告.pdf")).toMatchObject({ mime: "image/png", fileName: "报告.png" });
    expect(checkCmsFile("ATTACHMENT", await tinyDocx("x"), "材料.xlsx")).toMatchObject({ mime: DOCX_MIME, fileName: "材料.docx" });
    expect(checkCmsFile("ATTACHMENT", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "资料.zip")).toMatchObject({ mime: "application/zip", fileName: "资料.zip" });
    expect(() => checkCmsFile("IMAGE", tinyPdf("x"), "photo.png")).toThrow("图片只能是 JPEG、PNG、GIF 或 WebP 格式（按文件内容识别）");
    expect(() => checkCmsFile("ATTACHMENT", EXE, "通知.pdf")).toThrow(/附件只能是/);
    expect(checkCmsFile("ATTACHMENT", tinyPdf("x"), `<img src=x onerror="alert(1)">/../../etc/passwd`).fileName).toBe("passwd.pdf");
    expect(checkCmsFile("ATTACHMENT", tinyPdf("x"), `<script>alert('x')</script>.pdf`).fileName).toBe("script_.pdf");
    expect(await extractFileText("application/pdf", tinyPdf("zebracrossing budget 2026"))).toBe("zebracrossing budget 2026");
    expect(await extractFileText(DOCX_MIME, await tinyDocx("湿地保护条例实施意见"))).toBe("湿地保护条例实施意见");
    expect(await extractFileText("application/pdf", Buffer.from("%PDF-1.4 broken"))).toBe("");
  });
});

// Real HTTP, uploads of up to 20 MB, document parsing and publishing: slower than the default 30 s on a busy machine.
describe("article images and attachments over HTTP", { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let t: Awaited<ReturnType<typeof cmsTenant>>;
  let editorA: Browser;
  let editorAViewer: Parameters<typeof execAs>[0];
  let adminB: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    t = await cmsTenant();
    const { user, viewer } = await createUser(t.tenant.id, ["CMS_EDITOR"]);
    await owner.cmsChannelAcl.create({ data: { tenantId: t.tenant.id, channelId: t.chA, subjectKind: "USER", subjectId: user.id, canView: true, canEdit: true } });
    editorAViewer = viewer;
    editorA = new Browser(server.url);
    await editorA.login(user.username, TEST_PASSWORD);
    const admin = await createUser(t.tenant.id, ["SYSTEM_ADMIN"]);
    adminB = new Browser(server.url);
    await adminB.login(admin.user.username, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  const upload = (b: Browser | null, articleId: string, kind: string, name: string, body: Buffer) =>
    fetch(`${server.url}/files/cms/articles/${articleId}/assets?kind=${kind}`, {
      method: "POST",
      headers: { ...(b?.cookie ? { cookie: b.cookie } : {}), "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name) },
      body: new Uint8Array(body),
    });
  const draft = async (channelId: string, title: string, body = "<p>正文内容。</p>") => {
    const r = await execAs(t.admin, CREATE_ARTICLE, { i: { channelId, title, body } });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.createCmsArticle as { id: string; no: number; version: number };
  };

  it("takes files by content within the size limits, only from editors of the article's channel, and audits them", async () => {
    const a = await draft(t.chA, "附件类型测试");
    const png = await upload(editorA, a.id, "ATTACHMENT", "报告.pdf", TINY_PNG);
    expect(png.status).toBe(201);
    expect(await answer(png)).toMatchObject({ kind: "ATTACHMENT", mime: "image/png", fileName: "报告.png" });
    const notImage = await upload(editorA, a.id, "IMAGE", "photo.png", tinyPdf("x"));
    expect([notImage.status, await answer(notImage)]).toEqual([400, { error: "VALIDATION_FAILED", message: "图片只能是 JPEG、PNG、GIF 或 WebP 格式（按文件内容识别）" }]);
    expect((await upload(editorA, a.id, "ATTACHMENT", "通知.pdf", EXE)).status).toBe(400);
    const bigImage = await upload(editorA, a.id, "IMAGE", "大图.png", Buffer.concat([TINY_PNG, Buffer.alloc(5 * 1024 * 1024)]));
    expect([bigImage.status, (await answer(bigImage)).message]).toEqual([400, "图片过大（最大 5 MB）"]);
    const bigFile = await upload(editorA, a.id, "ATTACHMENT", "大文件.pdf", Buffer.concat([tinyPdf("x"), Buffer.alloc(20 * 1024 * 1024)]));
    expect([bigFile.status, (await answer(bigFile)).message]).toEqual([413, "附件过大（最大 20 MB）"]);
    expect((await upload(editorA, a.id, "OTHER", "a.pdf", tinyPdf("x"))).status).toBe(400);
    expect((await upload(null, a.id, "ATTACHMENT", "a.pdf", tinyPdf("x"))).status).toBe(401);

    // An editor of channel A only: an article in channel B is out of reach for upload, list and delete.
    const b = await draft(t.chB, "乙栏目文章");
    const denied = await upload(editorA, b.id, "ATTACHMENT", "a.pdf", tinyPdf("x"));
    expect([denied.status, (await answer(denied)).error]).toEqual([403, "FORBIDDEN"]);
    const inB = await upload(adminB, b.id, "ATTACHMENT", "乙.pdf", tinyPdf("x"));
    expect(inB.status).toBe(201);
    expect((await execAs(editorAViewer, ASSETS, { a: b.id })).code).toBe("FORBIDDEN");
    expect((await execAs(editorAViewer, `mutation($id: ID!) { deleteCmsAsset(id: $id) }`, { id: (await answer(inB)).id })).code).toBe("FORBIDDEN");
    expect(await owner.cmsAsset.count({ where: { tenantId: t.tenant.id } })).toBe(2);
    const log = await owner.auditLog.findMany({ where: { tenantId: t.tenant.id, action: "cms.asset.upload" }, orderBy: { id: "asc" } });
    expect(log.map((l) => (l.detail as { fileName: string }).fileName)).toEqual(["报告.png", "乙.pdf"]);

    // The cover must be one of the article's images; deleting it clears the cover.
    const img = await answer(upload(editorA, a.id, "IMAGE", "封面.jpg", TINY_PNG));
    const att = (await execAs(editorAViewer, ASSETS, { a: a.id })).data.cmsArticleAssets.find((x: { kind: string }) => x.kind === "ATTACHMENT");
    expect((await execAs(editorAViewer, `mutation($id: ID!, $x: ID) { setCmsArticleCover(id: $id, assetId: $x) { coverAssetId } }`, { id: a.id, x: att.id })).errors?.[0]?.message).toBe("封面须是图片");
    expect((await execAs(editorAViewer, `mutation($id: ID!, $x: ID) { setCmsArticleCover(id: $id, assetId: $x) { coverAssetId } }`, { id: a.id, x: img.id })).data.setCmsArticleCover.coverAssetId).toBe(img.id);
    expect((await execAs(editorAViewer, `mutation($id: ID!) { deleteCmsAsset(id: $id) }`, { id: img.id })).data.deleteCmsAsset).toBe(true);
    expect((await owner.cmsArticle.findFirstOrThrow({ where: { id: a.id } })).coverAssetId).toBeNull();
    expect(await owner.auditLog.count({ where: { tenantId: t.tenant.id, action: { in: ["cms.asset.delete", "cms.article.cover"] } } })).toBe(2);

    // Deleting a draft takes its files along, the cover with them (the cover key clears only its column).
    const img2 = await answer(upload(editorA, a.id, "IMAGE", "封面2.png", TINY_PNG));
    await execAs(editorAViewer, `mutation($id: ID!, $x: ID) { setCmsArticleCover(id: $id, assetId: $x) { id } }`, { id: a.id, x: img2.id });
    expect((await execAs(editorAViewer, `mutation($id: ID!, $v: Int!) { deleteCmsArticle(id: $id, expectedVersion: $v) }`, { id: a.id, v: a.version })).data?.deleteCmsArticle).toBe(true);
    expect(await owner.cmsAsset.count({ where: { tenantId: t.tenant.id, articleId: a.id } })).toBe(0);
    // The CHECKs hold even for the owner: an image must be an image type, a name has no path.
    const bad = (kind: string, mime: string, name: string) => owner.$executeRawUnsafe(`INSERT INTO cms_asset (tenant_id, id, article_id, kind, file_name, mime, size, sha256, content) VALUES ($1::uuid, gen_random_uuid(), $2::uuid, '${kind}', $3, $4, 3, $5, '\\x414243')`, t.tenant.id, b.id, name, mime, "0".repeat(64));
    await expect(bad("IMAGE", "application/pdf", "a.pdf")).rejects.toThrow(/cms_asset_image_mime_check/);
    await expect(bad("ATTACHMENT", "application/pdf", "a/b.pdf")).rejects.toThrow(/cms_asset_file_name_check/);
    await expect(bad("ATTACHMENT", "application/pdf", "ok.pdf")).resolves.toBe(1);
  });

  it("publishes files with the article: attachment text is searchable, files are served safely, body images survive, covers show", async () => {
    const a = await draft(t.chA, "关于生态环境民主监督的报告");
    const docx = await answer(upload(editorA, a.id, "ATTACHMENT", `<img src=x onerror=alert(1)>湿地材料.docx`, await tinyDocx("市政协建议加快制定湿地保护条例实施细则")));
    expect(docx).toMatchObject({ mime: DOCX_MIME, hasText: true });
    expect(docx.fileName).not.toMatch(/[<>"]/);
    const pdf = await answer(upload(editorA, a.id, "ATTACHMENT", "调研报告.pdf", tinyPdf("zebracrossing budget 2026")));
    expect(pdf).toMatchObject({ mime: "application/pdf", hasText: true, fileName: "调研报告.pdf" });
    const img = await answer(upload(editorA, a.id, "IMAGE", "现场.png", TINY_PNG));
    expect(img.url).toBe(`/site/${t.tenant.code}/assets/${img.id}/${encodeURIComponent("现场.png")}`);

    // Before publishing: staff may preview the image (it shows in the editor), the public gets nothing.
    expect((await fetch(`${server.url}${img.url}`)).status).toBe(404);
    const preview = await fetch(`${server.url}${img.url}`, { headers: { cookie: editorA.cookie! } });
    expect([preview.status, preview.headers.get("content-type"), preview.headers.get("cache-control")]).toEqual([200, "image/png", "private, no-store"]);
    expect((await execAs(t.admin, `query($q: String!) { cmsSearch(input: { q: $q }) { total } }`, { q: "湿地保护条例" })).data.cmsSearch.total).toBe(1);

    const body = `<p>调研情况见附件。</p><img src="${img.url}" alt="调研现场"><img src="/site/${t.tenant.code}/evil.png">`;
    const up = await execAs(editorAViewer, `mutation($id: ID!, $v: Int!, $i: CmsArticleInput!) { updateCmsArticle(id: $id, expectedVersion: $v, input: $i) { version body } }`, { id: a.id, v: a.version, i: { body } });
    expect(up.data.updateCmsArticle.body).toBe(`<p>调研情况见附件。</p><img src="${img.url}" alt="调研现场" />`);
    await execAs(editorAViewer, `mutation($id: ID!, $x: ID) { setCmsArticleCover(id: $id, assetId: $x) { id } }`, { id: a.id, x: img.id });
    const pub = await execAs(t.admin, TRANSITION, { id: a.id, v: up.data.updateCmsArticle.version, i: { action: "publish" } });
    expect(pub.errors).toBeUndefined();
    await execAs(t.admin, `mutation { requestCmsPublish(kind: FULL) { id } }`);
    await drainWorker([t.tenant.id]);

    const dir = path.join(root, t.tenant.code);
    for (const x of [docx, pdf, img]) expect(fs.readFileSync(path.join(dir, "assets", x.id, x.fileName)).length, x.fileName).toBe(x.size);
    const page = await (await fetch(`${server.url}/site/${t.tenant.code}/news/${a.no}.html`)).text();
    expect(page).toContain(`<a href="${pdf.url}" download="调研报告.pdf">调研报告.pdf</a>`);
    expect(page).toContain(`href="${docx.url}"`);
    expect(page).toContain(`<img src="${img.url}" alt="调研现场" />`);
    expect(page).not.toMatch(/onerror=|<img src=x|<script/);
    expect(page).toContain("_img src_x onerror_alert(1)_湿地材料.docx</a>");
    const list = await (await fetch(`${server.url}/site/${t.tenant.code}/news/`)).text();
    expect(list).toContain(`<img class="cover" src="${img.url}"`);
    expect(await (await fetch(`${server.url}/site/${t.tenant.code}/m/news/`)).text()).toContain(`<img class="cover" src="${img.url}"`);

    const served = await fetch(`${server.url}${pdf.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toBe(`attachment; filename="file"; filename*=UTF-8''${encodeURIComponent("调研报告.pdf")}`);
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(Buffer.from(await served.arrayBuffer()).equals(tinyPdf("zebracrossing budget 2026"))).toBe(true);
    const image = await fetch(`${server.url}${img.url}`);
    expect([image.status, image.headers.get("content-type"), image.headers.get("content-disposition")?.split(";")[0]]).toEqual([200, "image/png", "inline"]);

    // Public search finds the article by words that appear only in its attachments.
    for (const q of ["湿地保护条例", "zebracrossing"]) {
      const html = await (await fetch(`${server.url}/site/${t.tenant.code}/search?q=${encodeURIComponent(q)}`)).text();
      expect(html, q).toContain("共找到 1 篇文章");
      expect(html, q).toContain("关于生态环境民主监督的报告");
    }
    const staff = await execAs(editorAViewer, `query($q: String!) { cmsSearch(input: { q: $q }) { total items { article { id } } } }`, { q: "zebracrossing" });
    expect(staff.data.cmsSearch.items.map((i: { article: { id: string } }) => i.article.id)).toEqual([a.id]);

    // Live: the editor may no longer change its files; a publisher may, and the file leaves the site.
    expect((await execAs(editorAViewer, `mutation($id: ID!) { deleteCmsAsset(id: $id) }`, { id: pdf.id })).code).toBe("FORBIDDEN");
    expect((await upload(editorA, a.id, "ATTACHMENT", "补充.pdf", tinyPdf("x"))).status).toBe(403);
    expect((await execAs(t.admin, `mutation($id: ID!) { deleteCmsAsset(id: $id) }`, { id: pdf.id })).data.deleteCmsAsset).toBe(true);
    await drainWorker([t.tenant.id]);
    expect(fs.existsSync(path.join(dir, "assets", pdf.id))).toBe(false);
    expect((await fetch(`${server.url}${pdf.url}`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/site/${t.tenant.code}/search?q=zebracrossing`)).text()).toContain("共找到 0 篇文章");

    // Withdrawn: its files go with its pages.
    const now = (await execAs(t.admin, `query($id: ID!) { cmsArticle(id: $id) { version } }`, { id: a.id })).data.cmsArticle.version;
    expect((await execAs(t.admin, TRANSITION, { id: a.id, v: now, i: { action: "withdraw", comment: "撤稿" } })).errors).toBeUndefined();
    await drainWorker([t.tenant.id]);
    expect(fs.existsSync(path.join(dir, "assets", docx.id, docx.fileName))).toBe(false);
    expect((await fetch(`${server.url}${docx.url}`)).status).toBe(404);
  });
});
