import type { Role } from "./roles";

/**
 * The permission table: the server's @Authorized checks and the SPAs' menus both read it, so the UI
 * never shows what the server would refuse. Add a module's permissions here when it lands.
 */
export const PERMISSIONS = {
  "tenant:switch": "切换委员会",
  "user:read": "查看用户",
  "user:manage": "管理用户与角色",
  "audit:read": "查看审计日志",
  "security:manage": "安全策略管理",
  "portal:use": "使用委员端",
  "staff:console": "使用管理端",
  "member:read": "查看委员信息与统计",
  "member:manage": "管理委员信息、审核委员修改",
  "member:reveal-pii": "查看委员完整联系方式（留痕）",
  "member:self": "维护本人委员信息",
  "dict:manage": "维护界别、党派、专委会等字典",
  "session:manage": "维护届次与全会",
  "unit:manage": "维护承办单位与集体用户",
} as const;
export type Permission = keyof typeof PERMISSIONS;

const STAFF_BASE: Permission[] = ["staff:console", "user:read", "member:read"];

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  SYSTEM_ADMIN: ["staff:console", "user:read", "user:manage"],
  SECURITY_ADMIN: ["staff:console", "security:manage", "user:read"],
  AUDIT_ADMIN: ["staff:console", "audit:read"],
  STAFF: STAFF_BASE,
  PROPOSAL_OFFICE: [...STAFF_BASE, "unit:manage"],
  OPINION_EDITOR: STAFF_BASE,
  MEMBER_AFFAIRS: [...STAFF_BASE, "member:manage", "member:reveal-pii", "dict:manage", "session:manage", "unit:manage"],
  MEETING_AFFAIRS: [...STAFF_BASE, "session:manage"],
  CMS_EDITOR: STAFF_BASE,
  CMS_REVIEWER: STAFF_BASE,
  LEADER: STAFF_BASE,
  MEMBER: ["portal:use", "member:self"],
  COLLECTIVE: ["portal:use"],
  HANDLING_UNIT: ["portal:use"],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r] ?? []) out.add(p);
  return out;
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}
