import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username roles mustChangePassword } }`;
const LIST = `query($s: String) { users(search: $s, pageSize: 50) { total items { id username roles } } }`;

describe("user management", () => {
  it("a system admin creates a user in the active tenant; the user must change the password; it is audited", async () => {
    const t = await createTenant();
    const { viewer } = await createUser(t.id, ["SYSTEM_ADMIN"]);
    const r = await execAs(viewer, CREATE, { i: { username: `new-${t.code}`, displayName: "李明", password: "Init#Pass2026", roles: ["STAFF", "PROPOSAL_OFFICE"] } });
    expect(r.errors).toBeUndefined();
    expect(r.data.createUser).toMatchObject({ roles: ["STAFF", "PROPOSAL_OFFICE"], mustChangePassword: true });
    const m = await owner.tenantMembership.findFirstOrThrow({ where: { userId: r.data.createUser.id } });
    expect(m.tenantId).toBe(t.id);
    expect(await owner.auditLog.count({ where: { tenantId: t.id, action: "user.create", targetId: r.data.createUser.id } })).toBe(1);
    const dup = await execAs(viewer, CREATE, { i: { username: `new-${t.code}`, displayName: "李明", password: "Init#Pass2026", roles: ["STAFF"] } });
    expect(dup.code).toBe("CONFLICT");
    expect(dup.errors![0]!.extensions!.fields).toEqual({ username: "用户名已被使用" });
  });

  it("refuses staff, bad input and 三员 combinations", async () => {
    const t = await createTenant();
    const { viewer: staff } = await createUser(t.id, ["STAFF"]);
    const { viewer: admin } = await createUser(t.id, ["SYSTEM_ADMIN"]);
    const input = { username: `x-${t.code}`, displayName: "王五", password: "Init#Pass2026", roles: ["STAFF"] };
    expect((await execAs(staff, CREATE, { i: input })).code).toBe("FORBIDDEN");
    expect((await execAs(null, CREATE, { i: input })).code).toBe("UNAUTHENTICATED");
    const combined = await execAs(admin, CREATE, { i: { ...input, roles: ["SECURITY_ADMIN", "AUDIT_ADMIN"] } });
    expect(combined.code).toBe("VALIDATION_FAILED");
    expect(combined.errors![0]!.message).toMatch(/不得由同一账号兼任/);
    const containsName = await execAs(admin, CREATE, { i: { ...input, password: `${input.username}#A1` } });
    expect(containsName.errors![0]!.message).toBe("密码不能包含用户名");
    const badName = await execAs(admin, CREATE, { i: { ...input, username: "空 格" } });
    expect(badName.code).toBe("VALIDATION_FAILED");
    expect(badName.errors![0]!.extensions!.fields).toHaveProperty("username");
    expect(await owner.user.count({ where: { username: input.username } })).toBe(0);
  });

  it("the database itself refuses one membership holding two of the three administrator roles", async () => {
    const t = await createTenant();
    const { user } = await createUser(null, []);
    await expect(owner.tenantMembership.create({ data: { tenantId: t.id, userId: user.id, roles: ["SYSTEM_ADMIN", "AUDIT_ADMIN"] } })).rejects.toThrow();
  });

  it("lists only the active tenant's users, and cannot touch another tenant's user", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const { viewer: adminA } = await createUser(a.id, ["SYSTEM_ADMIN"]);
    const { user: inA } = await createUser(a.id, ["MEMBER"]);
    const { user: inB } = await createUser(b.id, ["MEMBER"]);
    const list = await execAs(adminA, LIST);
    const ids = list.data.users.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(inA.id);
    expect(ids).not.toContain(inB.id);
    expect(list.data.users.total).toBe(2);
    const roles = await execAs(adminA, `mutation($u: ID!) { setUserRoles(userId: $u, roles: [STAFF]) { id } }`, { u: inB.id });
    expect(roles.code).toBe("NOT_FOUND");
    const disable = await execAs(adminA, `mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { id } }`, { u: inB.id });
    expect(disable.code).toBe("NOT_FOUND");
    expect((await owner.user.findUniqueOrThrow({ where: { id: inB.id } })).disabled).toBe(false);
  });

  it("disabling a user ends their sessions; an admin cannot disable or demote themselves", async () => {
    const t = await createTenant();
    const { viewer: admin } = await createUser(t.id, ["SYSTEM_ADMIN"]);
    const { user } = await createUser(t.id, ["STAFF"]);
    await owner.authSession.create({ data: { tokenHash: `h-${user.id}`, userId: user.id, activeTenantId: t.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const r = await execAs(admin, `mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { disabled } }`, { u: user.id });
    expect(r.data.setUserDisabled.disabled).toBe(true);
    expect((await owner.authSession.findFirstOrThrow({ where: { userId: user.id } })).revokedAt).not.toBeNull();
    expect((await execAs(admin, `mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { id } }`, { u: admin.userId })).code).toBe("FORBIDDEN");
    expect((await execAs(admin, `mutation($u: ID!) { setUserRoles(userId: $u, roles: [STAFF]) { id } }`, { u: admin.userId })).code).toBe("FORBIDDEN");
  });

  it("resetting a password forces a change at next login", async () => {
    const t = await createTenant();
    const { viewer: admin } = await createUser(t.id, ["SYSTEM_ADMIN"]);
    const { user } = await createUser(t.id, ["STAFF"]);
    await owner.authSession.create({ data: { tokenHash: `r-${user.id}`, userId: user.id, activeTenantId: t.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const weak = await execAs(admin, `mutation($u: ID!) { resetUserPassword(userId: $u, newPassword: "123") { id } }`, { u: user.id });
    expect(weak.code).toBe("VALIDATION_FAILED");
    const ok = await execAs(admin, `mutation($u: ID!) { resetUserPassword(userId: $u, newPassword: "Reset#Pass2026") { mustChangePassword } }`, { u: user.id });
    expect(ok.data.resetUserPassword.mustChangePassword).toBe(true);
    expect((await owner.authSession.findFirstOrThrow({ where: { userId: user.id } })).revokedAt).not.toBeNull();
  });
});
