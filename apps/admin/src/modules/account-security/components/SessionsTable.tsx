import { Button, Popconfirm, Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import type { SessionFieldsFragment } from "../../../gql/graphql";

/** “Chrome 156 · Windows” from a user-agent string: enough to recognise one's own devices. */
export function describeUserAgent(ua: string | null): string {
  if (!ua) return "未知设备";
  const browser =
    /Edg\/(\d+)/.exec(ua)?.[1] ? `Edge ${/Edg\/(\d+)/.exec(ua)![1]}` :
    /MicroMessenger\/([\d.]+)/.exec(ua) ? "微信" :
    /Firefox\/(\d+)/.exec(ua) ? `Firefox ${/Firefox\/(\d+)/.exec(ua)![1]}` :
    /Chrom(?:e|ium)\/(\d+)/.exec(ua) ? `Chrome ${/Chrom(?:e|ium)\/(\d+)/.exec(ua)![1]}` :
    /Version\/(\d+).*Safari/.exec(ua) ? `Safari ${/Version\/(\d+)/.exec(ua)![1]}` :
    "浏览器";
  const os = /Android/.test(ua) ? "Android" : /iPhone|iPad/.test(ua) ? "iOS" : /Windows/.test(ua) ? "Windows" : /Mac OS X/.test(ua) ? "macOS" : /Linux/.test(ua) ? "Linux" : "";
  return os ? `${browser} · ${os}` : browser;
}

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
