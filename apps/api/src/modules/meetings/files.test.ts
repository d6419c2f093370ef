import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { TEST_PASSWORD } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { Browser, startTestServer } from "../../../test/support/http";
import { sniffDocument, sniffImage } from "./file-types";
import { createCommittee, publishedMeeting, TINY_PNG } from "./meetings.fixtures";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);
const STORY = `mutation($i: PhotoStoryInput!) { createPhotoStory(input: $i) { id status } }`;
const ADD_IMAGE = `mutation($s: ID!, $f: String!, $c: String) { addPhotoStoryImage(storyId: $s, fileBase64: $f, caption: $c) { images { id mime size url caption } coverUrl } }`;

describe("文件类型按文件头识别", () => {
  it("knows images and documents by their first bytes, not their names", () => {
    expect(sniffImage(TINY_PNG)).toEqual({ mime: "image/png", ext: "png" });
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toEqual({ mime: "image/jpeg", ext: "jpg" });
    expect(sniffImage(Buffer.from("GIF89a......"))).toEqual({ mime: "image/gif", ext: "gif" });
    expect(sniffImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImage(PDF)).toBeNull();
    expect(sniffDocument(PDF, "议程.docx")).toEqual({ mime: "application/pdf", ext: "pdf" });
    expect(sniffDocument(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "材料.docx")?.ext).toBe("docx");
    expect(sniffDocument(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "材料.zip")).toBeNull();
    expect(sniffDocument(EXE, "通知.pdf")).toBeNull();
  });
});

describe("履职风采", () => {
  it("takes images checked by magic bytes (≤ 2 MB), publishes only with one, and shows members published stories only", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const s = (await execAs(c.staff, STORY, { i: { title: "委员视察城市更新项目", body: "5 月 20 日，市政协组织部分委员……" } })).data.createPhotoStory;
    expect(s.status).toBe("DRAFT");
    const notImage = await execAs(c.staff, ADD_IMAGE, { s: s.id, f: PDF.toString("base64") });
    expect([notImage.code, notImage.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "只能上传 PNG、JPEG、GIF 或 WebP 图片"]);
    const disguised = await execAs(c.staff, ADD_IMAGE, { s: s.id, f: `data:image/png;base64,${EXE.toString("base64")}` });
    expect(disguised.code).toBe("VALIDATION_FAILED");
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(2 * 1024 * 1024)]);
    expect((await execAs(c.staff, ADD_IMAGE, { s: s.id, f: big.toString("base64") })).errors?.[0]?.message).toBe("文件过大（最大 2 MB）");
    expect((await execAs(c.staff, `mutation($id: ID!) { setPhotoStoryPublished(id: $id, published: true) { status } }`, { id: s.id })).errors?.[0]?.message).toBe("请先上传至少一张图片再发布");
    expect(await owner.photoStoryImage.count({ where: { tenantId: c.tenantId } })).toBe(0);

    const added = await execAs(c.staff, ADD_IMAGE, { s: s.id, f: TINY_PNG.toString("base64"), c: "视察现场" });
    const img = added.data.addPhotoStoryImage.images[0];
    expect(img).toMatchObject({ mime: "image/png", size: TINY_PNG.length, caption: "视察现场", url: `/files/photo-story-images/${img.id}` });
    expect(added.data.addPhotoStoryImage.coverUrl).toBe(img.url);

    const portal = `{ photoStories { total items { title coverUrl } } }`;
    expect((await execAs(a.viewer, portal)).data.photoStories.total).toBe(0);
    expect((await execAs(a.viewer, `{ photoStories(includeDrafts: true) { total } }`)).data.photoStories.total).toBe(0);
    expect((await execAs(a.viewer, `query($id: ID!) { photoStory(id: $id) { id } }`, { id: s.id })).code).toBe("NOT_FOUND");
    await execAs(c.staff, `mutation($id: ID!) { setPhotoStoryPublished(id: $id, published: true) { status } }`, { id: s.id });
    expect((await execAs(a.viewer, portal)).data.photoStories).toEqual({ total: 1, items: [{ title: "委员视察城市更新项目", coverUrl: img.url }] });
    expect((await execAs(a.viewer, `mutation($i: PhotoStoryInput!) { createPhotoStory(input: $i) { id } }`, { i: { title: "x", body: "y" } })).code).toBe("FORBIDDEN");
  });
});

describe("文件下载与上传（HTTP）", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const login = async (username: string) => {
    const b = new Browser(server.url);
    await b.login(username, TEST_PASSWORD);
    return b;
  };
  const get = (b: Browser | null, path: string) => fetch(`${server.url}${path}`, { headers: b?.cookie ? { cookie: b.cookie } : {} });
  const upload = (b: Browser, meetingId: string, body: Buffer, name: string, title = "会议议程") =>
    fetch(`${server.url}/files/meetings/${meetingId}/documents`, {
      method: "POST",
      headers: { cookie: b.cookie!, "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name), "x-document-title": encodeURIComponent(title) },
      body: new Uint8Array(body),
    });

  it("serves a story image to members once published, and to nobody logged out", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const s = (await execAs(c.staff, STORY, { i: { title: "风采", body: "正文" } })).data.createPhotoStory;
    const url = (await execAs(c.staff, ADD_IMAGE, { s: s.id, f: TINY_PNG.toString("base64") })).data.addPhotoStoryImage.images[0].url;
    const member = await login(a.user.username);
    expect((await get(null, url)).status).toBe(401);
    expect((await get(member, url)).status).toBe(404);
    await execAs(c.staff, `mutation($id: ID!) { setPhotoStoryPublished(id: $id, published: true) { status } }`, { id: s.id });
    const r = await get(member, url);
    expect([r.status, r.headers.get("content-type"), r.headers.get("x-content-type-options")]).toEqual([200, "image/png", "nosniff"]);
    expect(Buffer.from(await r.arrayBuffer()).equals(TINY_PNG)).toBe(true);
    const other = await createCommittee();
    const stranger = await login((await other.member("外会")).user.username);
    expect((await get(stranger, url)).status).toBe(404);
  });

  it("uploads a document checked by magic bytes and lets only invited members download it", async () => {
    const c = await createCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 0 });
    const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[1]!.id] });
    const staffUser = await owner.user.findUniqueOrThrow({ where: { id: c.staff.userId } });
    const staff = await login(staffUser.username);

    const bad = await upload(staff, id, EXE, "通知.pdf");
    expect([bad.status, ((await bad.json()) as any).message]).toEqual([400, "只能上传 PDF、Word、Excel、PowerPoint、OFD、WPS 文件或图片，且文件内容须与扩展名一致"]);
    const memberTry = await upload(await login(a.user.username), id, PDF, "议程.pdf");
    expect(memberTry.status).toBe(403);
    const ok = await upload(staff, id, PDF, "../第五次会议议程.PDF");
    expect(ok.status).toBe(201);
    const doc = (await ok.json()) as any;
    expect(doc).toMatchObject({ title: "会议议程", fileName: "第五次会议议程.pdf", mime: "application/pdf", size: PDF.length, url: `/files/meeting-documents/${doc.id}` });

    const dl = await get(await login(a.user.username), doc.url);
    expect([dl.status, dl.headers.get("content-type"), dl.headers.get("content-disposition")]).toEqual([
      200, "application/pdf", `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent("第五次会议议程.pdf")}`,
    ]);
    expect(Buffer.from(await dl.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await get(await login(b.user.username), doc.url)).status).toBe(404);
    const detail = await execAs(a.viewer, `query($id: ID!) { myMeeting(id: $id) { documents { title fileName url } } }`, { id });
    expect(detail.data.myMeeting.documents).toEqual([{ title: "会议议程", fileName: "第五次会议议程.pdf", url: doc.url }]);
    expect(await owner.auditLog.count({ where: { tenantId: c.tenantId, action: "meetings.document.upload", targetId: doc.id } })).toBe(1);
  });
});
