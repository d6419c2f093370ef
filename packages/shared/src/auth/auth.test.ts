import { describe, expect, it } from "vitest";
import { hasPermission, permissionsOf, ROLE_PERMISSIONS } from "./permissions";
import { ROLES, roleSetProblem } from "./roles";
import { createUserInput, passwordProblem } from "./schemas";

describe("roles and permissions", () => {
  it("gives every role an entry in the permission table", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });

  it("keeps the three administrators apart (三权分立)", () => {
    expect(roleSetProblem(["SYSTEM_ADMIN", "AUDIT_ADMIN"])).toMatch(/不得由同一账号兼任/);
    expect(roleSetProblem(["SECURITY_ADMIN", "STAFF"])).toMatch(/不得兼任其他业务角色/);
    expect(roleSetProblem(["STAFF", "PROPOSAL_OFFICE"])).toBeNull();
    expect(roleSetProblem(["AUDIT_ADMIN"])).toBeNull();
  });

  it("grants audit reading to the audit admin only, and user management to the system admin only", () => {
    const holders = (p: Parameters<typeof hasPermission>[1]) => ROLES.filter((r) => hasPermission([r], p));
    expect(holders("audit:read")).toEqual(["AUDIT_ADMIN"]);
    expect(holders("audit:purge")).toEqual(["AUDIT_ADMIN"]);
    expect(holders("user:manage")).toEqual(["SYSTEM_ADMIN"]);
    expect(permissionsOf(["MEMBER"]).has("staff:console")).toBe(false);
  });
});

describe("password policy", () => {
  it.each([
    ["short1A!", /至少 10 位/],
    ["alllowercaseonly", /至少 3 类/],
    ["lowercase123456", /至少 3 类/],
  ])("rejects %s", (pw, msg) => {
    expect(passwordProblem(pw)).toMatch(msg);
  });
  it("accepts a strong password", () => {
    expect(passwordProblem("Zhzx@2026demo")).toBeNull();
  });
  it("validates user creation input with Chinese messages", () => {
    const r = createUserInput.safeParse({ username: "a", displayName: "", password: "x", roles: [] });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain("用户名至少 3 个字符");
    expect(messages).toContain("请输入姓名");
    expect(messages).toContain("至少选择一个角色");
  });
});
