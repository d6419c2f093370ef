import { Alert } from "antd";
import { DEFAULT_PASSWORD_POLICY } from "@zhzx/shared";

const { minLength, minClasses } = DEFAULT_PASSWORD_POLICY;

/** The password rule in words; the same policy that `passwordProblem` and the server enforce. */
export const PASSWORD_RULE_TEXT = `密码至少 ${minLength} 位，且须包含大写字母、小写字母、数字、符号中的至少 ${minClasses} 类。`;

export function PasswordRule() {
  return (
    <Alert
      type="info"
      showIcon
      title={`密码规则：${PASSWORD_RULE_TEXT}新密码不能包含用户名，也不能与当前密码相同。`}
      style={{ marginBottom: 16 }}
    />
  );
}
