import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser, TEST_PASSWORD } from "../../../test/support/factories";
import { Browser, codeOf, startTestServer } from "../../../test/support/http";
import { LOGIN_FAILED } from "./use-cases/login";

const ME = `{ me { username mustChangePassword activeTenant { id name } memberships { tenant { id } roles } permissions } }`;

describe("identity over HTTP", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let tenantId: string;
  beforeAll(async () => {
    server = await startTestServer();
    tenantId = (await createTenant()).id;
  });
  afterAll(() => server.close());

  it("logs in with an httpOnly SameSite cookie and answers me", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    const b = new Browser(server.url);
    const r = await b.login(user.username, TEST_PASSWORD);
    expect(r.errors).toBeUndefined();
    const setCookie = r.response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/zx_sid=[A-Za-z0-9_-]{43}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await b.gql(ME);
    expect(me.data.me.username).toBe(user.username);
    expect(me.data.me.activeTenant.id).toBe(tenantId);
    expect(me.data.me.permissions).toContain("staff:console");
  });

  it("gives the same answer for an unknown user and a wrong password, and audits both", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    const b = new Browser(server.url);
    const unknown = await b.login(`nobody-${user.username}`, "whatever");
    const wrong = await b.login(user.username, "wrong-password");
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");
    expect(unknown.errors![0]!.message).toBe(LOGIN_FAILED);
    expect(wrong.errors![0]!.message).toBe(LOGIN_FAILED);
    const rows = await owner.auditLog.findMany({ where: { action: "auth.login", result: "FAILURE", OR: [{ userId: user.id }, { username: `nobody-${user.username}` }] } });
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.userId === user.id)?.tenantId).toBe(tenantId);
  });

  it("locks the account after 5 failures, even for the right password, without saying so", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    const b = new Browser(server.url);
    for (let i = 0; i < 5; i++) expect(codeOf(await b.login(user.username, "bad"))).toBe("UNAUTHENTICATED");
    const locked = await b.login(user.username, TEST_PASSWORD);
    expect(codeOf(locked)).toBe("UNAUTHENTICATED");
    expect(locked.errors![0]!.message).toBe(LOGIN_FAILED);
    const u = await owner.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(u.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await owner.auditLog.count({ where: { action: "auth.lockout", targetId: user.id } })).toBe(1);
    // When the lock has expired, the right password works again.
    await owner.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await b.login(user.username, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it("logout revokes the session: the old cookie no longer works", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    const b = new Browser(server.url);
    await b.login(user.username, TEST_PASSWORD);
    const cookie = b.cookie;
    expect((await b.gql(`mutation { logout }`)).data.logout).toBe(true);
    const replay = new Browser(server.url);
    replay.cookie = cookie;
    expect((await replay.gql(ME)).data.me).toBeNull();
    expect(codeOf(await replay.gql(`{ users { total } }`))).toBe("UNAUTHENTICATED");
  });

  it("ends sessions after the idle timeout and after the absolute lifetime", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    const idle = new Browser(server.url);
    await idle.login(user.username, TEST_PASSWORD);
    const absolute = new Browser(server.url);
    await absolute.login(user.username, TEST_PASSWORD);
    const sessions = await owner.authSession.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    await owner.authSession.update({ where: { id: sessions[0]!.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    await owner.authSession.update({ where: { id: sessions[1]!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await idle.gql(ME)).data.me).toBeNull();
    expect((await absolute.gql(ME)).data.me).toBeNull();
  });

  it("forces a bootstrap password change before anything else, and checks the password policy", async () => {
    const { user } = await createUser(tenantId, ["SYSTEM_ADMIN"], { mustChangePassword: true });
    const b = new Browser(server.url);
    const login = await b.login(user.username, TEST_PASSWORD);
    expect(login.data.login.mustChangePassword).toBe(true);
    expect(codeOf(await b.gql(`{ users { total } }`))).toBe("PASSWORD_CHANGE_REQUIRED");
    const change = (newPassword: string, currentPassword = TEST_PASSWORD) =>
      b.gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword, newPassword } });
    const weak = await change("short");
    expect(codeOf(weak)).toBe("VALIDATION_FAILED");
    expect(weak.errors![0]!.message).toMatch(/密码至少/);
    expect(codeOf(await change("alllowercaseletters"))).toBe("VALIDATION_FAILED");
    expect(codeOf(await change("Another#Pass2026", "not-my-password"))).toBe("VALIDATION_FAILED");
    expect((await change("Another#Pass2026")).data.changePassword).toBe(true);
    expect((await b.gql(`{ users { total } }`)).data.users.total).toBeGreaterThan(0);
    expect(await owner.auditLog.count({ where: { action: "auth.change_password", targetId: user.id } })).toBe(1);
  });

  it("switches tenant only into a tenant the user belongs to, and audits it", async () => {
    const other = await createTenant({ level: "COUNTY" });
    const foreign = await createTenant({ level: "COUNTY" });
    const { user } = await createUser(tenantId, ["STAFF"]);
    await owner.tenantMembership.create({ data: { tenantId: other.id, userId: user.id, roles: ["STAFF"] } });
    const b = new Browser(server.url);
    await b.login(user.username, TEST_PASSWORD);
    const SWITCH = `mutation($t: ID!) { switchTenant(tenantId: $t) { activeTenant { id } } }`;
    expect(codeOf(await b.gql(SWITCH, { t: foreign.id }))).toBe("FORBIDDEN");
    expect(codeOf(await b.gql(SWITCH, { t: "not-a-uuid" }))).toBe("VALIDATION_FAILED");
    expect((await b.gql(SWITCH, { t: other.id })).data.switchTenant.activeTenant.id).toBe(other.id);
    expect((await b.gql(ME)).data.me.activeTenant.id).toBe(other.id);
    expect(await owner.auditLog.count({ where: { action: "auth.switch_tenant", tenantId: other.id, userId: user.id } })).toBe(1);
  });

  it("rejects CSRF-shaped requests: text/plain POST and GET mutations", async () => {
    const plain = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "mutation { logout }" }) });
    expect(plain.status).toBe(400);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent("mutation { logout }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBeGreaterThanOrEqual(400);
  });

  it("masks internal errors and limits query depth and aliases", async () => {
    const b = new Browser(server.url);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { username }`).join(" ");
    const bomb = await b.gql(`{ ${aliases} }`);
    expect(bomb.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(bomb)).not.toMatch(/prisma|postgres|stack/i);
  });
});
