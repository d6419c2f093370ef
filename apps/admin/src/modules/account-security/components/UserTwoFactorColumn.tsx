import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Popconfirm, Space, Tag, Tooltip, Typography } from "antd";
import type { ColumnType } from "antd/es/table";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import { ResetUserTotpMutation, UserTwoFactorStatusQuery } from "../graphql/two-factor.graphql";

interface Row {
  id: string;
  displayName: string;
}

/**
 * For the security administrator on the users page: each user's 两步验证 status and “重置两步验证”
 * (a lost phone and no recovery code left). Null for everyone else.
 */
export function useTwoFactorColumn<T extends Row>(rows: readonly T[]): ColumnType<T> | null {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const allowed = can(viewer, "security:manage");
  const userIds = rows.map((r) => r.id);
  const { data, refetch } = useQuery(UserTwoFactorStatusQuery, { variables: { userIds }, skip: !allowed || userIds.length === 0, fetchPolicy: "cache-and-network" });
  const [reset] = useMutation(ResetUserTotpMutation);
  if (!allowed) return null;
  const byId = new Map((data?.userTwoFactorStatus ?? []).map((s) => [s.userId, s]));

  const run = async (u: T) => {
    try {
      await reset({ variables: { userId: u.id } });
      message.success(`已重置 ${u.displayName} 的两步验证，其登录会话已全部结束`);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return {
    title: "两步验证",
    key: "twoFactor",
    width: 190,
    render: (_, u) => {
      const s = byId.get(u.id);
      if (!s) return <Typography.Text type="secondary">—</Typography.Text>;
      if (!s.enabled) return <Tag>未启用</Tag>;
      return (
        <Space size={4}>
          <Tooltip title={s.enabledAt ? `启用于 ${dayjs(String(s.enabledAt)).format("YYYY-MM-DD HH:mm")}` : undefined}>
            <Tag color="success">已启用</Tag>
          </Tooltip>
          {u.id !== viewer?.userId && (
            <Popconfirm
              title={`确定重置 ${u.displayName} 的两步验证吗？`}
              description="将删除其已绑定的验证器和全部恢复码，并结束其所有登录会话。该操作会记入审计日志。"
              okText="重置"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => run(u)}
            >
              <Button type="link" size="small" danger>
                重置两步验证
              </Button>
            </Popconfirm>
          )}
        </Space>
      );
    },
  };
}
