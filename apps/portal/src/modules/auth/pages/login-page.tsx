import { useState } from "react";
import { Button, Form, Input } from "antd-mobile";
import { EyeInvisibleOutline, EyeOutline } from "antd-mobile-icons";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { errorMessage } from "../../../app/errors";
import { CHANGE_PASSWORD_PATH } from "../../../app/session/session-gate";
import { ViewerDocument } from "../../../app/session/viewer-documents";
import { PageLoading } from "../../../app/components/page-loading";
import { LoginDocument } from "../graphql/login";
import { BrandMark } from "../components/brand-mark";
import styles from "./login-page.module.css";

interface LoginForm {
  username: string;
  password: string;
}

/** Where to go after signing in: back to the page that sent the user here, if it is one of ours. */
function nextPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") && !from.startsWith("/login") ? from : "/";
}

export default function LoginPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const viewer = useQuery(ViewerDocument);
  const [login, { loading }] = useMutation(LoginDocument);

  if (viewer.loading && !viewer.data) return <PageLoading />;
  if (viewer.data?.me) return <Navigate to={viewer.data.me.mustChangePassword ? CHANGE_PASSWORD_PATH : nextPath(location.state)} replace />;

  const submit = async (values: LoginForm) => {
    setFailure(null);
    try {
      // The server validates with the shared `loginInput` schema; the form only checks presence.
      const { data } = await login({ variables: { input: { username: values.username.trim(), password: values.password } } });
      if (!data) return;
      // 两步验证 is for the staff console; the code step lives in the admin login (no session yet here).
      if (data.login.secondFactorRequired) {
        setFailure("该账号已启用两步验证，请在电脑上登录管理端");
        form.setFieldValue("password", "");
        return;
      }
      // A new person may be using this phone: nothing cached for the previous one survives.
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { me: data.login.viewer } });
      navigate(data.login.mustChangePassword ? CHANGE_PASSWORD_PATH : nextPath(location.state), { replace: true });
    } catch (e) {
      setFailure(errorMessage(e));
      form.setFieldValue("password", "");
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <BrandMark className={styles.mark} />
        <h1 className={styles.title}>
          智慧政协 <span className={styles.sub}>委员端</span>
        </h1>
        <p className={styles.tagline}>委员履职 · 建言资政 · 凝聚共识</p>
      </header>

      <Form
        name="login"
        form={form}
        layout="vertical"
        mode="card"
        requiredMarkStyle="none"
        onFinish={submit}
        onValuesChange={() => failure && setFailure(null)}
        footer={
          <>
            {failure && (
              <div className={styles.failure} role="alert">
                {failure}
              </div>
            )}
            <Button block type="submit" color="primary" size="large" loading={loading} loadingText="正在登录">
              登录
            </Button>
          </>
        }
      >
        <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}>
          <Input placeholder="请输入用户名" autoComplete="username" autoCapitalize="off" clearable />
        </Form.Item>
        <Form.Item
          name="password"
          label="密码"
          rules={[{ required: true, message: "请输入密码" }]}
          extra={
            <button type="button" className={styles.eye} onClick={() => setShowPassword((v) => !v)} aria-label={showPassword ? "隐藏明文" : "显示明文"}>
              {showPassword ? <EyeOutline /> : <EyeInvisibleOutline />}
            </button>
          }
        >
          <Input placeholder="请输入密码" type={showPassword ? "text" : "password"} autoComplete="current-password" />
        </Form.Item>
      </Form>

      <p className={styles.help}>忘记密码或账号被锁定，请联系所在委员会机关工作人员重置。</p>
    </div>
  );
}
