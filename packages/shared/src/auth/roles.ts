/**
 * Roles held per tenant membership (DESIGN.md "Roles"). Office roles are what the design calls
 * "STAFF with office permissions": a staff member holds STAFF plus one or more offices.
 */
export const ROLES = [
  "SYSTEM_ADMIN",
  "SECURITY_ADMIN",
  "AUDIT_ADMIN",
  "STAFF",
  "PROPOSAL_OFFICE",
  "OPINION_EDITOR",
  "MEMBER_AFFAIRS",
  "MEETING_AFFAIRS",
  "CMS_EDITOR",
  "CMS_REVIEWER",
  "LEADER",
  "MEMBER",
  "COLLECTIVE",
  "HANDLING_UNIT",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  SYSTEM_ADMIN: "系统管理员",
  SECURITY_ADMIN: "安全管理员",
  AUDIT_ADMIN: "审计管理员",
  STAFF: "机关工作人员",
  PROPOSAL_OFFICE: "提案委",
  OPINION_EDITOR: "社情民意编辑",
  MEMBER_AFFAIRS: "委员工作",
  MEETING_AFFAIRS: "会议活动",
  CMS_EDITOR: "网站编辑",
  CMS_REVIEWER: "网站审核",
  LEADER: "领导",
  MEMBER: "委员",
  COLLECTIVE: "集体用户",
  HANDLING_UNIT: "承办单位",
};

/** 三权分立: GB/T 22239-2019 requires the three administrators to be separate people. */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = ["SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"];

/** Returns a Chinese reason when the role set breaks a rule, else null. */
export function roleSetProblem(roles: readonly Role[]): string | null {
  const admins = roles.filter((r) => SEPARATED_ADMIN_ROLES.includes(r));
  if (admins.length > 1) return "系统管理员、安全管理员、审计管理员不得由同一账号兼任";
  if (admins.length === 1 && roles.length > 1) return "三员账号不得兼任其他业务角色";
  if (new Set(roles).size !== roles.length) return "角色重复";
  return null;
}
