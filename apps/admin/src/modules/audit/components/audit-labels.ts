/** Chinese names of the audited actions. An action missing here is shown by its code. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "登录",
  "auth.logout": "退出登录",
  "auth.lockout": "账号锁定",
  "auth.change_password": "修改密码",
  "auth.switch_tenant": "切换委员会",
  "user.create": "新建用户",
  "user.set_roles": "设置角色",
  "user.disable": "停用用户",
  "user.enable": "启用用户",
  "user.reset_password": "重置密码",
  "auth.login_password": "登录（密码正确，待两步验证）",
  "auth.login_second_factor": "登录（两步验证）",
  "auth.recovery_code_used": "使用恢复码",
  "auth.recovery_codes_regenerated": "重新生成恢复码",
  "auth.totp_enrol_start": "开始设置两步验证",
  "auth.totp_enrol_failed": "两步验证设置失败",
  "auth.totp_enabled": "启用两步验证",
  "auth.totp_disabled": "关闭两步验证",
  "auth.totp_disable_failed": "关闭两步验证失败",
  "auth.totp_reset": "重置两步验证",
  "auth.revoke_session": "注销会话",
  "auth.revoke_user_sessions": "注销用户全部会话",
  "auth.disable_inactive": "停用长期未登录账号",
  "privacy.consent": "同意个人信息保护告知书",
  "notice.create": "新建通知公告",
  "notice.update": "修改通知公告",
  "notice.delete": "删除通知公告",
  "notice.publish": "发布通知公告",
  "notice.remind": "提醒未读人员",
  "notice.withdraw": "撤回通知公告",
  "cms.words.add": "添加错敏词",
  "cms.words.delete": "删除错敏词",
  "meetings.create": "新建会议活动",
  "meetings.update": "修改会议活动",
  "meetings.publish": "发布会议活动",
  "meetings.cancel": "取消会议活动",
  "meetings.finish": "结束会议活动",
  "meetings.reply": "会议回执",
  "meetings.attendance.mark": "登记出勤",
  "audit.verify_chain": "校验审计日志",
  "audit.export": "导出审计日志",
  "audit.purge": "清理过期审计日志",
  "member.export": "导出委员名单",
  "dashboard.rollup": "查看全市汇总",
  "dashboard.export": "导出驾驶舱数据",
  "member.reveal_phone": "查看完整手机号",
  "member.photo.upload": "上传委员照片",
  "member.photo.remove": "删除委员照片",
};

/** The server filters actions by prefix, so a whole family can be asked for at once. */
export const AUDIT_ACTION_OPTIONS = [
  {
    label: "按类别",
    options: [
      { value: "auth.", label: "登录与账号安全（全部）" },
      { value: "user.", label: "用户管理（全部）" },
      { value: "audit.", label: "审计日志管理（全部）" },
      { value: "member.", label: "委员信息（全部）" },
      { value: "proposal.", label: "提案（全部）" },
      { value: "opinion.", label: "社情民意（全部）" },
      { value: "meetings.", label: "会议活动（全部）" },
      { value: "cms.", label: "网站内容（全部）" },
      { value: "notice.", label: "通知公告（全部）" },
    ],
  },
  {
    label: "按操作",
    options: Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
  },
];

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  User: "用户", Tenant: "委员会", AuditLog: "审计日志", Notice: "通知公告", MemberProfile: "委员", Proposal: "提案", Opinion: "社情民意", Meeting: "会议活动",
};

export const AUDIT_RESULT_LABELS: Record<string, { label: string; color: string }> = {
  SUCCESS: { label: "成功", color: "green" },
  FAILURE: { label: "失败", color: "red" },
};

/** Reasons recorded for failed logins (never shown to the person logging in, only to auditors). */
export const LOGIN_FAILURE_REASONS: Record<string, string> = {
  unknown_user: "用户名不存在",
  bad_password: "密码错误",
  locked: "账号已锁定",
  disabled: "账号已停用",
};

export const actionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
