import { Button, Popconfirm, Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import type { SessionFieldsFragment } from "../../../gql/graphql";
import { describeUserAgent } from "./user-agent";

const time = (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm");

/** A list of login sessions; `onRevoke` adds a 下线 action to every session but the current one. */
export function SessionsTable({ sessions, loading, onRevoke }: {
  sessions: readonly SessionFieldsFragment[];
  loading: boolean;
  onRevoke?: (s: SessionFieldsFragment) => void;
}) {
  return (
    <Table<SessionFieldsFragment>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={sessions as SessionFieldsFragment[]}
      pagination={false}
      locale={{ emptyText: "没有有效的登录会话" }}
      columns={[
        {
          title: "设备",
          key: "device",
          render: (_, s) => (
            <Tooltip title={s.userAgent ?? undefined}>
              <span>{describeUserAgent(s.userAgent)}</span>
              {s.current && <Tag color="blue" style={{ marginLeft: 8 }}>本机</Tag>}
            </Tooltip>
          ),
        },
        { title: "IP 地址", dataIndex: "ip", render: (ip: string | null) => ip ?? "—" },
        { title: "登录时间", dataIndex: "createdAt", render: time },
        { title: "最近活动", dataIndex: "lastSeenAt", render: time },
        ...(onRevoke
          ? [
              {
                title: "操作",
                key: "actions",
                width: 100,
                render: (_: unknown, s: SessionFieldsFragment) =>
                  s.current ? (
                    <Typography.Text type="secondary">当前</Typography.Text>
                  ) : (
                    <Popconfirm title="确定让该设备退出登录吗？" okText="下线" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => onRevoke(s)}>
                      <Button type="link" size="small" danger>
                        下线
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
