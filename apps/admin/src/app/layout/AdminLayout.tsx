import { Suspense, useMemo, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { KeyOutlined, LogoutOutlined, QuestionCircleOutlined, SafetyCertificateOutlined, UserOutlined } from "@ant-design/icons";
import { helpUrlFor } from "@zhzx/shared";
import { Button, Divider, Layout, Menu, Space, Spin, Typography, theme } from "antd";
import { useLogout } from "../../modules/auth/hooks/use-logout";
import { InboxBell } from "../../modules/inbox/components/InboxBell";
import { MENU_ENTRIES, MENU_GROUPS } from "../registry";
import type { Viewer } from "../viewer";
import { buildMenuItems, selectedEntry } from "./menu";
import { TenantSwitcher } from "./TenantSwitcher";

const { Header, Sider, Content } = Layout;
const HEADER_HEIGHT = 64;

export function AdminLayout({ viewer }: { viewer: Viewer }) {
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const { logout, loading: loggingOut } = useLogout();
  const [collapsed, setCollapsed] = useState(false);

  const items = useMemo(() => buildMenuItems(viewer, MENU_ENTRIES, MENU_GROUPS), [viewer]);
  const selected = selectedEntry(location.pathname, MENU_ENTRIES);
  const openKeys = useMemo(() => MENU_GROUPS.map((g) => `group:${g.key}`), []);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 16,
          paddingInline: 24,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          height: HEADER_HEIGHT,
          position: "sticky",
          top: 0,
          zIndex: 10,
        }}
      >
        <Typography.Title level={4} style={{ margin: 0, color: token.colorPrimary, whiteSpace: "nowrap" }}>
          智慧政协 管理端
        </Typography.Title>
        <div style={{ flex: 1 }} />
        <InboxBell />
        <TenantSwitcher viewer={viewer} />
        <Divider orientation="vertical" />
        <Space size={4}>
          <UserOutlined />
          <Typography.Text data-testid="viewer-name">{viewer.displayName}</Typography.Text>
        </Space>
        {/* The manual opens in a new tab at the page for this screen (packages/shared/src/help). */}
        <Button type="text" icon={<QuestionCircleOutlined />} href={helpUrlFor("admin", location.pathname)} target="_blank" rel="noopener" data-testid="help-link">
          使用帮助
        </Button>
        <Button type="text" icon={<SafetyCertificateOutlined />} onClick={() => navigate("/account-security")}>
          账号安全
        </Button>
        <Button type="text" icon={<KeyOutlined />} onClick={() => navigate("/change-password")}>
          修改密码
        </Button>
        <Button type="text" icon={<LogoutOutlined />} loading={loggingOut} onClick={logout}>
          退出登录
        </Button>
      </Header>
      <Layout>
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={208}
          theme="light"
          style={{
            borderRight: `1px solid ${token.colorBorderSecondary}`,
            position: "sticky",
            top: HEADER_HEIGHT,
            height: `calc(100vh - ${HEADER_HEIGHT}px)`,
            overflow: "auto",
          }}
        >
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected.path] : []}
            defaultOpenKeys={openKeys}
            onClick={({ key }) => navigate(key)}
            // Room under the last entry: the collapse trigger is pinned over the sider's bottom edge.
            style={{ borderInlineEnd: "none", paddingBottom: 56 }}
          />
        </Sider>
        <Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: "block", marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
