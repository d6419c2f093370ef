import { Link } from "react-router";
import { Card, Descriptions, Empty, Space, Tag, Typography } from "antd";
import { TENANT_LEVEL_LABELS } from "@zhzx/shared";
import { MENU_ENTRIES } from "../../../app/registry";
import { can, useViewer } from "../../../app/viewer";
import { RoleTags } from "../../../app/components/RoleTags";

/** A placeholder dashboard: who you are and where. Figures come with the business modules. */
export default function HomePage() {
  const { viewer } = useViewer();
  if (!viewer) return null;
  const tenant = viewer.activeTenant;
  const entries = MENU_ENTRIES.filter((e) => e.path !== "/" && can(viewer, e.permission)).sort((a, b) => a.order - b.order);

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {tenant?.name ?? "未加入委员会"}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {viewer.displayName}，您好。欢迎使用智慧政协管理端。
        </Typography.Paragraph>
      </Card>
      <Card title="我的账号">
        <Descriptions
          column={1}
          items={[
            { key: "tenant", label: "当前委员会", children: tenant ? `${tenant.name}（${TENANT_LEVEL_LABELS[tenant.level]}）` : "—" },
            { key: "name", label: "姓名", children: viewer.displayName },
            { key: "username", label: "用户名", children: viewer.username },
            { key: "roles", label: "我的角色", children: <RoleTags roles={viewer.roles} /> },
            {
              key: "memberships",
              label: "所属委员会",
              children: (
                <Space orientation="vertical" size={4}>
                  {viewer.memberships.map((m) => (
                    <span key={m.tenant.id}>
                      {m.tenant.name}：<RoleTags roles={m.roles} />
                    </span>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title="常用功能">
        {entries.length ? (
          <Space wrap>
            {entries.map((e) => (
              <Link key={e.key} to={e.path}>
                <Tag icon={e.icon} style={{ padding: "4px 10px", fontSize: 14 }}>
                  {e.label}
                </Tag>
              </Link>
            ))}
          </Space>
        ) : (
          <Empty description="业务功能即将上线" />
        )}
      </Card>
    </Space>
  );
}
