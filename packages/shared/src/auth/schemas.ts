import { z } from "zod";
import { ROLES } from "./roles";

export const usernameSchema = z
  .string({ error: "请输入用户名" })
  .trim()
  .min(3, "用户名至少 3 个字符")
  .max(32, "用户名最多 32 个字符")
  .regex(/^[a-zA-Z0-9_.-]+$/, "用户名只能包含字母、数字、下划线、点和短横线");

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
}
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 10, minClasses: 3 };

/** Character classes: lower, upper, digit, other. Level-3 assessment expects ≥3 of 4 and ≥8 chars. */
export function passwordProblem(pw: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY, username?: string): string | null {
  if (username && username.length >= 3 && pw.toLowerCase().includes(username.toLowerCase())) return "密码不能包含用户名";
  if (pw.length < policy.minLength) return `密码至少 ${policy.minLength} 位`;
  if (pw.length > 128) return "密码最多 128 位";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(pw)).length;
  if (classes < policy.minClasses) return `密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类`;
  return null;
}

export const passwordSchema = (policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY) =>
  z.string({ error: "请输入密码" }).superRefine((pw, ctx) => {
    const p = passwordProblem(pw, policy);
    if (p) ctx.addIssue({ code: "custom", message: p });
  });

export const loginInput = z.object({
  username: z.string({ error: "请输入用户名" }).trim().min(1, "请输入用户名").max(64, "用户名过长"),
  password: z.string({ error: "请输入密码" }).min(1, "请输入密码").max(128, "密码过长"),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "请输入当前密码"),
  newPassword: passwordSchema(),
});

export const roleSchema = z.enum(ROLES, { error: "无效的角色" });

export const createUserInput = z.object({
  username: usernameSchema,
  displayName: z.string({ error: "请输入姓名" }).trim().min(1, "请输入姓名").max(50, "姓名最多 50 个字符"),
  password: passwordSchema(),
  roles: z.array(roleSchema).min(1, "至少选择一个角色"),
});

export const setRolesInput = z.object({
  userId: z.string().uuid("无效的用户"),
  roles: z.array(roleSchema),
});
