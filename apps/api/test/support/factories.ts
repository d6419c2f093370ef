import { randomUUID } from "node:crypto";
import type { Role } from "@zhzx/shared";
import { hashPassword } from "../../src/modules/identity/passwords";
import { owner, viewerOf } from "./db";

export const TEST_PASSWORD = "Test@2026pass";
let passwordHash: Promise<string> | undefined;
const uniq = () => randomUUID().slice(0, 8);

/** A tenant of its own for each test, so tests never see each other's rows. */
export async function createTenant(opts: { level?: "CITY" | "COUNTY"; parentId?: string; name?: string } = {}) {
  const code = `t-${uniq()}`;
  return owner.tenant.create({ data: { code, name: opts.name ?? `测试政协${code}`, level: opts.level ?? "CITY", parentId: opts.parentId ?? null } });
}

export async function createUser(tenantId: string | null, roles: Role[], opts: { mustChangePassword?: boolean; username?: string } = {}) {
  const user = await owner.user.create({
    data: {
      username: opts.username ?? `u-${uniq()}`,
      displayName: "测试用户",
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      mustChangePassword: opts.mustChangePassword ?? false,
    },
  });
  if (tenantId) await owner.tenantMembership.create({ data: { tenantId, userId: user.id, roles } });
  return { user, viewer: viewerOf(user, tenantId, roles) };
}
