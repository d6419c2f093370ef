import { Button, Dialog, Form, Input, NoticeBar, Toast } from "antd-mobile";
import { useNavigate } from "react-router";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { DEFAULT_PASSWORD_POLICY, passwordProblem } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { errorCode, fieldErrors, toastError } from "../../../app/errors";
import { useLogout } from "../../../app/session/use-logout";
import { useViewer } from "../../../app/session/viewer-context";
import { ViewerDocument } from "../../../app/session/viewer-documents";
import { ChangePasswordDocument } from "../graphql/change-password";
import styles from "./change-password-page.module.css";

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

// The server may be configured with a stricter policy (PASSWORD_MIN_LENGTH …); it re-checks and its
// message is shown then. The API does not publish its policy, so the shared default is stated here.
const RULE = `至少 ${DEFAULT_PASSWORD_POLICY.minLength} 位，须包含大写字母、小写字母、数字、符号中的至少 ${DEFAULT_PASSWORD_POLICY.minClasses} 类，且不能包含用户名。`;

export default function ChangePasswordPage() {
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useLogout();
  const [form] = Form.useForm<PasswordForm>();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const forced = viewer.mustChangePassword;

  const submit = async ({ currentPassword, newPassword }: PasswordForm) => {
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
    } catch (e) {
      const fields = fieldErrors(e);
      const known = (["currentPassword", "newPassword"] as const).filter((f) => fields[f]);
      if (errorCode(e) === "VALIDATION_FAILED" && known.length) {
        form.setFields(known.map((name) => ({ name, errors: [fields[name]!] })));
      } else {
        toastError(e);
      }
      return;
    }
    // mustChangePassword is now false on the server: read the viewer again before leaving the page.
    await client.refetchQueries({ include: [ViewerDocument] }).catch(() => undefined);
    form.resetFields();
    Toast.show({ icon: "success", content: "密码已修改" });
    navigate(forced ? "/" : "/me", { replace: true });
  };

  const confirmLogout = async () => {
    if (await Dialog.confirm({ content: "确定退出登录吗？", confirmText: "退出", cancelText: "取消" })) await logout();
  };

  return (
    <Page title="修改密码" back={!forced} backTo="/me">
      {forced && (
        <NoticeBar wrap color="alert" content="为保障账号安全，首次登录须修改初始密码，修改后才能使用其他功能。" />
      )}
      <Form
        name="password"
        form={form}
        layout="vertical"
        mode="card"
        requiredMarkStyle="none"
        onFinish={submit}
        footer={
          <Button block type="submit" color="primary" size="large" loading={loading} loadingText="正在提交">
            确认修改
          </Button>
        }
      >
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: "请输入当前密码" }]}>
          <Input type="password" placeholder="请输入当前密码" autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          description={<span className={styles.rule}>{RULE}</span>}
          dependencies={["currentPassword"]}
          rules={[
            { required: true, message: "请输入新密码" },
            {
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                const problem = passwordProblem(value);
                if (problem) throw new Error(problem);
                if (value.toLowerCase().includes(viewer.username.toLowerCase())) throw new Error("密码不能包含用户名");
                if (value === form.getFieldValue("currentPassword")) throw new Error("新密码不能与当前密码相同");
              },
            },
          ]}
        >
          <Input type="password" placeholder="请输入新密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认新密码"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            {
              validator: async (_, value: string | undefined) => {
                if (value && value !== form.getFieldValue("newPassword")) throw new Error("两次输入的新密码不一致");
              },
            },
          ]}
        >
          <Input type="password" placeholder="请再次输入新密码" autoComplete="new-password" />
        </Form.Item>
      </Form>
      {forced && (
        <div className={styles.logout}>
          <Button fill="none" size="small" onClick={() => void confirmLogout()}>
            退出登录
          </Button>
        </div>
      )}
    </Page>
  );
}

