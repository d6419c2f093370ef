import { Button, Dialog, List, Tag } from "antd-mobile";
import { FileOutline, LockOutline, QuestionCircleOutline } from "antd-mobile-icons";
import { useNavigate } from "react-router";
import { helpUrlFor, ROLE_LABELS } from "@zhzx/shared";
import { useLogout } from "../../../app/session/use-logout";
import { useViewer } from "../../../app/session/viewer-context";
import { CommitteeSwitcher } from "../components/committee-switcher";
import styles from "./me-page.module.css";

export default function MePage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [logout, loggingOut] = useLogout();

  const confirmLogout = async () => {
    if (await Dialog.confirm({ content: "确定退出登录吗？", confirmText: "退出", cancelText: "取消" })) await logout();
  };

  return (
    <div className={styles.page}>
      <header className={styles.profile}>
        <div className={styles.avatar} aria-hidden>
          {viewer.displayName.slice(0, 1)}
        </div>
        <div className={styles.who}>
          <h1 className={styles.name}>{viewer.displayName}</h1>
          <div className={styles.meta}>{viewer.activeTenant?.name ?? "未加入委员会"}</div>
        </div>
      </header>

      <List header="账号信息" mode="card" className={styles.list}>
        <List.Item extra={viewer.displayName}>姓名</List.Item>
        <List.Item extra={viewer.username}>用户名</List.Item>
        <CommitteeSwitcher viewer={viewer} />
        <List.Item
          extra={
            viewer.roles.length ? (
              <span className={styles.roles}>
                {viewer.roles.map((r) => (
                  <Tag key={r} color="primary" fill="outline">
                    {ROLE_LABELS[r]}
                  </Tag>
                ))}
              </span>
            ) : (
              "无"
            )
          }
        >
          身份
        </List.Item>
      </List>

      <List header="安全" mode="card" className={styles.list}>
        <List.Item prefix={<LockOutline />} onClick={() => navigate("/change-password")}>
          修改密码
        </List.Item>
        <List.Item prefix={<FileOutline />} onClick={() => navigate("/privacy")}>
          个人信息保护告知书
        </List.Item>
        <List.Item prefix={<QuestionCircleOutline />} onClick={() => window.open(helpUrlFor("portal", "/"), "_blank", "noopener")}>
          使用帮助
        </List.Item>
      </List>

      <div className={styles.logout}>
        <Button block size="large" loading={loggingOut} onClick={() => void confirmLogout()}>
          退出登录
        </Button>
      </div>
    </div>
  );
}
