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
  "audit:purge": "清理超过保留期的审计日志",
  "security:manage": "安全策略管理",
  "portal:use": "使用委员端",
  "staff:console": "使用管理端",
  "member:read": "查看委员信息与统计",
  "member:manage": "管理委员信息、审核委员修改",
  "member:reveal-pii": "查看委员完整联系方式（留痕）",
  "member:self": "维护本人委员信息",
  "performance:read": "查看委员履职评分、档案、统计与材料",
  "performance:manage": "维护评分规则、其他考核加减分、审核履职材料",
  "performance:self": "查看本人履职、提交履职材料",
  "dict:manage": "维护界别、党派、专委会等字典",
  "session:manage": "维护届次与全会",
  "unit:manage": "维护承办单位与集体用户",
  "proposal:read": "查看提案、办理追踪与统计",
  "proposal:submit": "提交提案、联名、评价办理结果",
  "proposal:review": "提案一审、二审、退回、不予立案",
  "proposal:manage": "提案立案、交办、审核申请与不满意、分类与设置、补录",
  "proposal:handle": "承办单位签收、申请退回或延期、答复",
  "opinion:read": "查看社情民意、刊物与统计",
  "opinion:submit": "报送社情民意、联名",
  "opinion:review": "社情民意一审、二审、退回、转弃",
  "opinion:edit": "社情民意采编（审核中修改正文）",
  "opinion:forward": "社情民意上报上级政协",
  "opinion:instruct": "登记社情民意批示反馈",
  "journal:manage": "刊物类型、期刊编排与刊发",
  "cms:edit": "网站内容采编",
  "cms:review": "网站内容审核与发布",
  "cms:admin": "网站、栏目与栏目权限管理",
  "meeting:read": "查看会议活动、出勤与统计",
  "meeting:manage": "发布与管理会议活动：邀请、请假审批、签到、大会发言、履职风采",
  "meeting:attend": "参加会议活动：回执、请假、扫码签到、提交大会发言",
  "notice:manage": "发布通知公告和提案、社情民意征集通知，查看阅读回执",
  "circle:use": "参与圈子：发帖、评论、点赞、举报、加入开放圈子",
  "circle:moderate": "圈子管理：建开放圈子，隐藏、删除、置顶帖子，禁言，处理举报",
} as const;
export type Permission = keyof typeof PERMISSIONS;

const STAFF_BASE: Permission[] = ["staff:console", "user:read", "member:read"];

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  SYSTEM_ADMIN: ["staff:console", "user:read", "user:manage", "cms:admin"],
  SECURITY_ADMIN: ["staff:console", "security:manage", "user:read"],
  AUDIT_ADMIN: ["staff:console", "audit:read", "audit:purge"],
  STAFF: [...STAFF_BASE, "proposal:read", "opinion:read", "meeting:read", "performance:read"],
  PROPOSAL_OFFICE: [...STAFF_BASE, "unit:manage", "proposal:read", "proposal:review", "proposal:manage", "notice:manage"],
  OPINION_EDITOR: [...STAFF_BASE, "opinion:read", "opinion:review", "opinion:edit", "opinion:forward", "opinion:instruct", "journal:manage", "notice:manage"],
  MEMBER_AFFAIRS: [...STAFF_BASE, "member:manage", "member:reveal-pii", "dict:manage", "session:manage", "unit:manage", "performance:read", "performance:manage", "notice:manage", "circle:moderate"],
  MEETING_AFFAIRS: [...STAFF_BASE, "session:manage", "meeting:read", "meeting:manage", "notice:manage"],
  CMS_EDITOR: [...STAFF_BASE, "cms:edit"],
  CMS_REVIEWER: [...STAFF_BASE, "cms:review"],
  LEADER: [...STAFF_BASE, "proposal:read", "opinion:read", "meeting:read", "performance:read"],
  MEMBER: ["portal:use", "member:self", "proposal:submit", "opinion:submit", "meeting:attend", "performance:self", "circle:use"],
  COLLECTIVE: ["portal:use", "proposal:submit", "opinion:submit"],
  HANDLING_UNIT: ["portal:use", "proposal:handle"],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const r of roles) for (const p of ROLE_PERMISSIONS[r] ?? []) out.add(p);
  return out;
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}
