import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Popconfirm, Select, Space, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { ROLES, type Role } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { UserRowFragment } from "../../../gql/graphql";
import { CreateUserModal } from "../components/CreateUserModal";
import { ResetPasswordModal } from "../components/ResetPasswordModal";
import { ROLE_OPTIONS, RoleTags } from "../../../app/components/RoleTags";
import { SetRolesModal } from "../components/SetRolesModal";
import { UserStatusTags } from "../components/UserStatusTags";
import { useTwoFactorColumn } from "../../account-security/components/UserTwoFactorColumn";
import { useSessionsColumn } from "../../account-security/components/UserSessionsColumn";
import { SetUserDisabledMutation, UsersQuery } from "../graphql/users.graphql";

const PAGE_SIZES = [10, 20, 50, 100];

interface ListParams {
  page: number;
  pageSize: number;
  search: string;
  role?: Role;
}

function parseParams(params: URLSearchParams): ListParams {
  const pageSize = Number(params.get("pageSize"));
  const role = params.get("role");
  return {
    page: Math.max(1, Number(params.get("page")) || 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
    search: params.get("q") ?? "",
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
  };
}

function toSearchParams(p: ListParams) {
  const out = new URLSearchParams();
  if (p.search) out.set("q", p.search);
  if (p.role) out.set("role", p.role);
  if (p.page > 1) out.set("page", String(p.page));
  if (p.pageSize !== 20) out.set("pageSize", String(p.pageSize));
  return out;
}

/**
 * Filters are mirrored into the address, so a reload or a shared link shows the same list. React
 * state stays the source of truth: quick successive changes (search, then role) must not undo each other.
 */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => parseParams(params));
  useEffect(() => {
    const next = toSearchParams(state);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [state, params, setParams]);
  const update = (next: Partial<ListParams>) => setState((prev) => ({ ...prev, ...next }));
  return { ...state, update };
}

export default function UsersPage() {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const { page, pageSize, search, role, update } = useListParams();
  const [searchText, setSearchText] = useState(search);
  const [creating, setCreating] = useState(false);
  const [editingRoles, setEditingRoles] = useState<UserRowFragment | null>(null);
  const [resetting, setResetting] = useState<UserRowFragment | null>(null);
  const manage = can(viewer, "user:manage");

  const { data, previousData, loading, error, refetch } = useQuery(UsersQuery, {
    variables: { page, pageSize, search: search || undefined, role },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.users;
  const [setDisabled] = useMutation(SetUserDisabledMutation);
  const twoFactorColumn = useTwoFactorColumn(list?.items ?? []);
  const sessions = useSessionsColumn<UserRowFragment>();

  const toggleDisabled = async (user: UserRowFragment) => {
    const disabled = !user.disabled;
    try {
      await setDisabled({ variables: { userId: user.id, disabled } });
      message.success(`已${disabled ? "停用" : "启用"}用户 ${user.displayName}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<UserRowFragment> = [
    { title: "用户名", dataIndex: "username", key: "username", width: 150 },
    { title: "姓名", dataIndex: "displayName", key: "displayName", width: 110 },
    { title: "角色", dataIndex: "roles", key: "roles", render: (roles: Role[]) => <RoleTags roles={roles} /> },
    { title: "状态", key: "status", width: 110, render: (_, u) => <UserStatusTags user={u} /> },
    {
      title: "最近登录",
      dataIndex: "lastLoginAt",
      key: "lastLoginAt",
      width: 140,
      render: (v: string | null) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : <Typography.Text type="secondary">从未登录</Typography.Text>),
    },
  ];
  if (twoFactorColumn) columns.push(twoFactorColumn);
  if (sessions.column) columns.push(sessions.column);
  if (manage) {
    columns.push({
      title: "操作",
      key: "actions",
      width: 210,
      render: (_, u) =>
        u.id === viewer?.userId ? (
          <Typography.Text type="secondary">本人账号</Typography.Text>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditingRoles(u)}>
              设置角色
            </Button>
            <Popconfirm
              title={u.disabled ? `确定启用用户 ${u.displayName} 吗？` : `确定停用用户 ${u.displayName} 吗？`}
              description={u.disabled ? undefined : "停用后该账号立即退出登录，且不能再登录。"}
              okText="确定"
              cancelText="取消"
              onConfirm={() => toggleDisabled(u)}
            >
              <Button type="link" size="small" danger={!u.disabled}>
                {u.disabled ? "启用" : "停用"}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" onClick={() => setResetting(u)}>
              重置密码
            </Button>
          </Space>
        ),
    });
  }

  return (
    <Card
      title="用户管理"
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建用户
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="搜索用户"
          placeholder="按用户名或姓名搜索"
          allowClear
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(v) => update({ search: v.trim(), page: 1 })}
          enterButton="搜索"
          style={{ width: 320 }}
        />
        <Select
          aria-label="按角色筛选"
          placeholder="全部角色"
          allowClear
          value={role}
          onChange={(v?: Role) => update({ role: v, page: 1 })}
          options={ROLE_OPTIONS}
          style={{ width: 180 }}
        />
      </Space>
      {error && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error)}
          action={<Button size="small" onClick={() => refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<UserRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={{
          current: page,
          pageSize,
          total: list?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `共 ${total} 个用户`,
          onChange: (p, ps) => update({ page: ps !== pageSize ? 1 : p, pageSize: ps }),
        }}
        locale={{ emptyText: search || role ? "没有符合条件的用户" : "暂无用户" }}
        scroll={{ x: 960 }}
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} onCreated={() => refetch()} />
      <SetRolesModal user={editingRoles} onClose={() => setEditingRoles(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      {sessions.dialog}
    </Card>
  );
}
