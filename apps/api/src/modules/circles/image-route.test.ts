import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { Browser, startTestServer } from "../../../test/support/http";
import { C, circleCommittee, TINY_PNG } from "./circles.fixtures";

describe("圈子图片（HTTP）", () => {
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
  const get = (b: Browser | null, url: string) => fetch(`${server.url}${url}`, { headers: b?.cookie ? { cookie: b.cookie } : {} });

  it("serves an image to the circle's members and moderators as the type its bytes said, and to nobody once the post is hidden", async () => {
    const c = await circleCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 1 });
    const outsider = await c.member("丙", { sector: 2 });
    const other = await circleCommittee();
    const sector = (await execAs(a.viewer, C.myCircles)).data.myCircles.items.find((x: { kind: string }) => x.kind === "SECTOR");
    const img = (await execAs(a.viewer, C.upload, { b: TINY_PNG.toString("base64") })).data.uploadCircleImage;

    // Before posting: the uploader's own preview only.
    expect((await get(await login(a.user.username), img.url)).status).toBe(200);
    expect((await get(await login(b.user.username), img.url)).status).toBe(404);

    const post = (await execAs(a.viewer, C.post, { i: { circleId: sector.id, text: "现场照片", imageIds: [img.id] } })).data.createCirclePost;
    const asB = await get(await login(b.user.username), img.url);
    expect(asB.status).toBe(200);
    expect(asB.headers.get("content-type")).toBe("image/png");
    expect(asB.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await asB.arrayBuffer()).equals(TINY_PNG)).toBe(true);
    expect((await get(await login(outsider.user.username), img.url)).status).toBe(404);
    expect((await get(null, img.url)).status).toBe(401);
    expect((await get(await login(other.moderator.username), img.url)).status).toBe(404);

    await execAs(c.moderator, C.moderate, { p: post.id, a: "HIDE", r: "照片涉及隐私" });
    expect((await get(await login(b.user.username), img.url)).status).toBe(404);
    expect((await get(await login(a.user.username), img.url)).status).toBe(404);
    expect((await get(await login(c.moderator.username), img.url)).status).toBe(200);
  });
});
