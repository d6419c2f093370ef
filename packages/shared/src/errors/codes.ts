/** Stable error codes carried in GraphQL `extensions.code`; clients switch on these, never on text. */
export const ERROR_CODES = {
  UNAUTHENTICATED: "请先登录",
  FORBIDDEN: "没有权限执行此操作",
  NOT_FOUND: "记录不存在或无权访问",
  VALIDATION_FAILED: "输入有误",
  INVALID_TRANSITION: "当前状态不允许此操作",
  CONFLICT: "数据已被他人修改，请刷新后重试",
  PASSWORD_CHANGE_REQUIRED: "请先修改初始密码",
  MFA_ENROLMENT_REQUIRED: "请先启用两步验证（账号安全）",
  MFA_CODE_INVALID: "验证码错误或已使用",
  MFA_LOGIN_EXPIRED: "登录已超时，请重新输入用户名和密码",
  RATE_LIMITED: "操作过于频繁，请稍后再试",
  INTERNAL: "服务器内部错误，请稍后重试",
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;
