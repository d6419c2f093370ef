import type { ReactNode } from "react";
import { Card, Layout, Typography, theme } from "antd";

/** The centred card the login and password pages share (they live outside the console layout). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: "100vh", alignItems: "center", justifyContent: "center", background: token.colorBgLayout }}>
      <div style={{ width: 400, maxWidth: "calc(100vw - 32px)" }}>
        <Typography.Title level={2} style={{ textAlign: "center", color: token.colorPrimary, marginBottom: 8 }}>
          智慧政协 管理端
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center", marginBottom: 24 }}>
          大同市政协及各县区政协工作平台
        </Typography.Paragraph>
        <Card title={title}>{children}</Card>
      </div>
    </Layout>
  );
}
