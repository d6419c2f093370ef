import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser, TEST_PASSWORD } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { Browser, startTestServer } from "../../../test/support/http";
import { TINY_PNG } from "../meetings/meetings.fixtures";
import { createDicts, createMember, createSession } from "./members.fixtures";

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
const HTML = Buffer.from("<html><script>alert(1)</script></html>");
const GIF = Buffer.from("GIF89a......");

async function committee() {
  const tenant = await createTenant();
  const dicts = await createDicts(tenant.id);
  const session = await createSession(tenant.id, { isCurrent: true });
  const affairs = await createUser(tenant.id, ["STAFF", "MEMBER_AFFAIRS"]);
  const staff = await createUser(tenant.id, ["STAFF"]);
  const member = async (name: string) => {
    const u = await createUser(tenant.id, ["MEMBER"]);
    return { ...u, memberId: await createMember(tenant.id, dicts, { name, userId: u.user.id, terms: [{ sessionId: session.id }] }) };
  };
  return { tenant, affairs, staff, member };
}

describe("委员照片（HTTP）", () => {
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
  const call = (b: Browser | null, method: string, memberId: string, body?: Buffer) =>
    fetch(`${server.url}/files/member-photos/${memberId}`, {
      method,
      headers: { ...(b?.cookie ? { cookie: b.cookie } : {}), ...(body ? { "content-type": "application/octet-stream" } : {}) },
      body: body ? new Uint8Array(body) : undefined,
    });

  it("member affairs upload a photo checked by its bytes; the profile shows its address; staff and the member themself see it, others do not", async () => {
    const c = await committee();
    const a = await c.member("甲委员");
    const b = await c.member("乙委员");
    const affairs = await login(c.affairs.user.username);

    const html = await call(affairs, "PUT", a.memberId, HTML);
    expect([html.status, ((await html.json()) as any).message]).toEqual([400, "照片须为 JPG、PNG 或 WebP 图片"]);
    expect((await call(affairs, "PUT", a.memberId, GIF)).status).toBe(400);
    const big = await call(affairs, "PUT", a.memberId, Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)]));
    expect([big.status, ((await big.json()) as any).message]).toEqual([413, "照片不能超过 2 MB"]);
    expect((await call(await login(c.staff.user.username), "PUT", a.memberId, TINY_PNG)).status).toBe(403);
    expect((await call(await login(a.user.username), "PUT", a.memberId, TINY_PNG)).status).toBe(403);
    expect(await owner.memberPhoto.count({ where: { tenantId: c.tenant.id } })).toBe(0);

    const up = await call(affairs, "PUT", a.memberId, TINY_PNG);
    expect(up.status).toBe(200);
    const { photoUrl } = (await up.json()) as { photoUrl: string };
    expect(photoUrl).toMatch(new RegExp(`^/files/member-photos/${a.memberId}\\?v=\\d+$`));
    const q = await execAs(c.staff.viewer, `query($id: ID!) { member(id: $id) { photoUrl } }`, { id: a.memberId });
    expect(q.data.member.photoUrl).toBe(photoUrl);

    const asStaff = await call(await login(c.staff.user.username), "GET", a.memberId);
    expect([asStaff.status, asStaff.headers.get("content-type"), asStaff.headers.get("x-content-type-options")]).toEqual([200, "image/png", "nosniff"]);
    expect(Buffer.from(await asStaff.arrayBuffer()).equals(TINY_PNG)).toBe(true);
    // At rest the face image is ciphertext (PIPL §28): none of the PNG's bytes, sealed with the current key.
    const stored = await owner.memberPhoto.findUniqueOrThrow({ where: { tenantId_memberId: { tenantId: c.tenant.id, memberId: a.memberId } } });
    expect([Buffer.from(stored.content).subarray(0, 4).toString("latin1"), Buffer.from(stored.content).includes(TINY_PNG.subarray(0, 8))]).toEqual(["ZXE1", false]);
    expect((await call(await login(a.user.username), "GET", a.memberId)).status).toBe(200);
    expect((await call(await login(b.user.username), "GET", a.memberId)).status).toBe(404);
    expect((await call(null, "GET", a.memberId)).status).toBe(401);
    const other = await committee();
    expect((await call(await login(other.affairs.user.username), "GET", a.memberId)).status).toBe(404);
    expect((await call(await login(other.affairs.user.username), "PUT", a.memberId, TINY_PNG)).status).toBe(404);

    // Replacing keeps one photo with a new address; removing clears it. Each change is audited.
    const again = (await (await call(affairs, "PUT", a.memberId, JPEG)).json()) as { photoUrl: string };
    expect(again.photoUrl).not.toBe(photoUrl);
    expect((await call(affairs, "DELETE", a.memberId)).status).toBe(204);
    expect((await call(affairs, "DELETE", a.memberId)).status).toBe(404);
    expect((await execAs(c.staff.viewer, `query($id: ID!) { member(id: $id) { photoUrl } }`, { id: a.memberId })).data.member.photoUrl).toBeNull();
    const audit = await owner.auditLog.findMany({ where: { tenantId: c.tenant.id, targetId: a.memberId, action: { startsWith: "member.photo" } }, orderBy: { id: "asc" } });
    expect(audit.map((r) => r.action)).toEqual(["member.photo.upload", "member.photo.upload", "member.photo.remove"]);
  });
});
