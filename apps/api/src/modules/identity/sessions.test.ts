import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser, TEST_PASSWORD } from "../../../test/support/factories";
import { Browser, codeOf, startTestServer } from "../../../test/support/http";
import { INACTIVE_DISABLED } from "./use-cases/login";

describe("sessions, expiry and dormant accounts", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let tenantId: string;
  beforeAll(async () => {
    server = await startTestServer();
    tenantId = (await createTenant()).id;
  });
  afterAll(() => server.close());

  it("a user sees their sessions and ends another one remotely", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    const phone = new Browser(server.url);
    const laptop = new Browser(server.url);
    await phone.login(user.username, TEST_PASSWORD);
    await laptop.login(user.username, TEST_PASSWORD);
    const list = await laptop.gql(`{ mySessions { id current } }`);
    expect(list.data.mySessions).toHaveLength(2);
    const other = list.data.mySessions.find((s: { current: boolean }) => !s.current);
    expect((await laptop.gql(`mutation($s: ID!) { revokeMySession(sessionId: $s) }`, { s: other.id })).data.revokeMySession).toBe(true);
    expect((await phone.gql(`{ me { username } }`)).data.me).toBeNull();
    expect((await laptop.gql(`{ me { username } }`)).data.me.username).toBe(user.username);
  });

  it("cannot end someone else's session", async () => {
    const { user: a } = await createUser(tenantId, ["STAFF"]);
    const { user: b } = await createUser(tenantId, ["STAFF"]);
    const ba = new Browser(server.url);
    const bb = new Browser(server.url);
    await ba.login(a.username, TEST_PASSWORD);
    await bb.login(b.username, TEST_PASSWORD);
    const bSession = await owner.authSession.findFirstOrThrow({ where: { userId: b.id } });
    expect(codeOf(await ba.gql(`mutation($s: ID!) { revokeMySession(sessionId: $s) }`, { s: bSession.id }))).toBe("NOT_FOUND");
    expect((await bb.gql(`{ me { username } }`)).data.me.username).toBe(b.username);
  });

  it("the security admin ends all sessions of a user of the tenant, and no one else's", async () => {
    const other = await createTenant();
    const { user: sec } = await createUser(tenantId, ["SECURITY_ADMIN"]);
    const { user: victim } = await createUser(tenantId, ["STAFF"]);
    const { user: foreign } = await createUser(other.id, ["STAFF"]);
    const vb = new Browser(server.url);
    await vb.login(victim.username, TEST_PASSWORD);
    const admin = new Browser(server.url);
    await admin.login(sec.username, TEST_PASSWORD);
    expect((await admin.gql(`query($u: ID!) { userSessions(userId: $u) { id } }`, { u: victim.id })).data.userSessions).toHaveLength(1);
    expect((await admin.gql(`mutation($u: ID!) { revokeUserSessions(userId: $u) }`, { u: victim.id })).data.revokeUserSessions).toBe(1);
    expect((await vb.gql(`{ me { username } }`)).data.me).toBeNull();
    expect(codeOf(await admin.gql(`mutation($u: ID!) { revokeUserSessions(userId: $u) }`, { u: foreign.id }))).toBe("NOT_FOUND");
    const staff = new Browser(server.url);
    await staff.login((await createUser(tenantId, ["STAFF"])).user.username, TEST_PASSWORD);
    expect(codeOf(await staff.gql(`mutation($u: ID!) { revokeUserSessions(userId: $u) }`, { u: victim.id }))).toBe("FORBIDDEN");
  });

  it("expires staff passwords after 90 days, but not members'", async () => {
    const old = new Date(Date.now() - 91 * 86_400_000);
    const { user: staff } = await createUser(tenantId, ["STAFF"]);
    const { user: member } = await createUser(tenantId, ["MEMBER"]);
    await owner.user.updateMany({ where: { id: { in: [staff.id, member.id] } }, data: { passwordChangedAt: old } });
    const s = new Browser(server.url);
    await s.login(staff.username, TEST_PASSWORD);
    expect((await s.gql(`{ me { mustChangePassword } }`)).data.me.mustChangePassword).toBe(true);
    expect(codeOf(await s.gql(`{ users { total } }`))).toBe("PASSWORD_CHANGE_REQUIRED");
    const m = new Browser(server.url);
    await m.login(member.username, TEST_PASSWORD);
    expect((await m.gql(`{ me { mustChangePassword } }`)).data.me.mustChangePassword).toBe(false);
  });

  it("disables an account unused for 180 days at its next login, and audits it", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    await owner.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(Date.now() - 181 * 86_400_000) } });
    const b = new Browser(server.url);
    const r = await b.login(user.username, TEST_PASSWORD);
    expect(codeOf(r)).toBe("FORBIDDEN");
    expect(r.errors![0]!.message).toBe(INACTIVE_DISABLED);
    expect((await owner.user.findUniqueOrThrow({ where: { id: user.id } })).disabled).toBe(true);
    expect(await owner.auditLog.count({ where: { action: "auth.disable_inactive", targetId: user.id } })).toBe(1);
  });
});
