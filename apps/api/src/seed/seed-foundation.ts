import { DATONG_TENANTS, type Role } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../modules/identity/passwords";
import { chineseName } from "./names";
import type { Random } from "./random";

export const DEMO_PASSWORD = "Zhzx@2026demo";

export interface DemoAccount {
  username: string;
  role: string;
  tenant: string;
  note?: string;
}

/** Sets the RLS scope inside a seeding transaction, so the seed also works as a non-superuser owner. */
export const scopeTo = (tx: { $executeRaw: PrismaClient["$executeRaw"] }, tenantId: string) =>
  tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.auth_lookup', 'on', true)`;

export async function seedFoundation(db: PrismaClient, rnd: Random, scale: number) {
  const accounts: DemoAccount[] = [];
  const hash = await hashPassword(DEMO_PASSWORD);
  const city = await db.tenant.create({ data: { ...DATONG_TENANTS[0]!, sortOrder: 0 } });
  const tenants = [city];
  for (const [i, t] of DATONG_TENANTS.slice(1).entries()) {
    tenants.push(await db.tenant.create({ data: { ...t, parentId: city.id, sortOrder: i + 1 } }));
  }

  const addUser = async (tenantId: string, username: string, displayName: string, roles: Role[], mustChangePassword = false) => {
    await db.$transaction(async (tx) => {
      await scopeTo(tx, tenantId);
      const user = await tx.user.upsert({ where: { username }, update: {}, create: { username, displayName, passwordHash: hash, mustChangePassword } });
      await tx.tenantMembership.create({ data: { tenantId, userId: user.id, roles } });
    });
  };

  // City accounts, one per role a tester wants to try. The bootstrap admin must change its password.
  await addUser(city.id, "admin", "系统管理员", ["SYSTEM_ADMIN"], true);
  accounts.push({ username: "admin", role: "系统管理员", tenant: city.name, note: "首次登录须修改密码" });
  await addUser(city.id, "secadmin", "安全管理员", ["SECURITY_ADMIN"]);
  accounts.push({ username: "secadmin", role: "安全管理员", tenant: city.name });
  await addUser(city.id, "auditor", "审计管理员", ["AUDIT_ADMIN"]);
  accounts.push({ username: "auditor", role: "审计管理员", tenant: city.name });
  await addUser(city.id, "sysadmin", "刘建国", ["SYSTEM_ADMIN"]);
  accounts.push({ username: "sysadmin", role: "系统管理员（已改密，可直接使用）", tenant: city.name });
  await addUser(city.id, "staff", "王晓东", ["STAFF", "PROPOSAL_OFFICE", "OPINION_EDITOR", "MEMBER_AFFAIRS", "MEETING_AFFAIRS"]);
  accounts.push({ username: "staff", role: "机关工作人员（市级，兼管平城区、云冈区）", tenant: city.name });
  // City staff who supervise two counties: the tenant switcher has something to switch.
  for (const county of tenants.slice(1, 3)) {
    await db.$transaction(async (tx) => {
      await scopeTo(tx, county.id);
      const u = await tx.user.findUniqueOrThrow({ where: { username: "staff" } });
      await tx.tenantMembership.create({ data: { tenantId: county.id, userId: u.id, roles: ["STAFF", "PROPOSAL_OFFICE"] } });
    });
  }
  await addUser(city.id, "member", "张华强", ["MEMBER"]);
  accounts.push({ username: "member", role: "委员", tenant: city.name });
  await addUser(city.id, "newmember", "新任委员", ["MEMBER"], true);
  accounts.push({ username: "newmember", role: "新任委员", tenant: city.name, note: "首次登录须修改密码" });

  for (const county of tenants.slice(1)) {
    const short = county.code.replace("datong-", "");
    await addUser(county.id, `${short}.admin`, `${county.name.replace("政协", "")}系统管理员`, ["SYSTEM_ADMIN"]);
    await addUser(county.id, `${short}.staff`, chineseName(rnd), ["STAFF", "PROPOSAL_OFFICE", "OPINION_EDITOR", "MEMBER_AFFAIRS", "MEETING_AFFAIRS"]);
  }
  accounts.push({ username: "pingcheng.admin / pingcheng.staff", role: "县区系统管理员 / 工作人员（各县区同理）", tenant: "平城区政协" });

  // Member accounts: ~400 for the city, ~150 per county at scale 1.
  for (const t of tenants) {
    const count = Math.round((t.level === "CITY" ? 400 : 150) * scale);
    const short = t.code === "datong" ? "dt" : t.code.replace("datong-", "");
    await db.$transaction(async (tx) => {
      await scopeTo(tx, t.id);
      const users = Array.from({ length: count }, (_, i) => ({
        username: `${short}.wy${String(i + 1).padStart(4, "0")}`,
        displayName: chineseName(rnd),
        passwordHash: hash,
      }));
      await tx.user.createMany({ data: users });
      const ids = await tx.user.findMany({ where: { username: { in: users.map((u) => u.username) } }, select: { id: true } });
      await tx.tenantMembership.createMany({ data: ids.map((u) => ({ tenantId: t.id, userId: u.id, roles: ["MEMBER"] as Role[] })) });
    }, { timeout: 120_000 });
  }
  accounts.push({ username: "dt.wy0001 … / pingcheng.wy0001 …", role: "委员（批量演示账号）", tenant: "各委员会" });
  return { tenants, accounts };
}
