import { useState } from "react";
import { DownloadOutlined, ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType, SorterResult } from "antd/es/table/interface";
import { GENDER_LABELS, type MemberSortField } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { MemberRowFragment } from "../../../gql/graphql";
import { ExportMembersModal } from "../components/ExportMembersModal";
import { ImportMembersModal } from "../components/ImportMembersModal";
import { useMemberLookups } from "../components/lookups";
import { MemberDetailDrawer } from "../components/MemberDetailDrawer";
import { MemberFilterPanel } from "../components/MemberFilterPanel";
import { MemberFormDrawer, type MemberFormTarget } from "../components/MemberFormDrawer";
import { effectiveSessionId, hasNarrowingFilter, PAGE_SIZES, toMemberFilter, toMemberSort, useMemberListParams } from "../components/member-list-params";
import { PhoneCell } from "../components/PhoneCell";
import { DeleteMemberMutation, MembersQuery } from "../graphql/members.graphql";

type Row = MemberRowFragment;

/** 委员信息: every member of the committee by any combination of fields, paged and sorted on the server. */
export default function MembersPage() {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const client = useApolloClient();
  const manage = can(viewer, "member:manage");
  const { state, update } = useMemberListParams();
  const { lookups, currentSession, error: lookupsError, refetch: refetchLookups } = useMemberLookups();
  const currentSessionId = currentSession?.id ?? null;
  const sessionId = effectiveSessionId(state, currentSessionId);
  const filter = toMemberFilter(state, currentSessionId);
  const sort = toMemberSort(state);

  // Until the sessions are known, "the current session" is unknown: wait rather than list every session.
  const { data, previousData, loading, error, refetch } = useQuery(MembersQuery, {
    variables: { filter, sort, page: state.page, pageSize: state.pageSize },
    skip: !lookups && state.session === null,
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.members;

  const [detailId, setDetailId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<MemberFormTarget | null>(null);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [deleteMember] = useMutation(DeleteMemberMutation);

  const remove = async (m: Row) => {
    try {
      await deleteMember({ variables: { id: m.id } });
      client.cache.evict({ id: client.cache.identify(m) });
      message.success(`已删除委员 ${m.name} 的档案`);
      if (detailId === m.id) setDetailId(null);
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const termOf = (m: Row) => (sessionId ? m.terms.find((t) => t.session.id === sessionId) : m.terms[0]);
  const sortOrder = (field: MemberSortField) => {
    const s = state.sort ?? { field: "NAME", direction: "ASC" };
    return s.field === field ? (s.direction === "ASC" ? ("ascend" as const) : ("descend" as const)) : null;
  };

  const columns: ColumnsType<Row> = [
    {
      title: "姓名",
      key: "NAME",
      width: 140,
      fixed: "left",
      sorter: true,
      sortOrder: sortOrder("NAME"),
      sortDirections: ["ascend", "descend"],
      render: (_, m) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Typography.Link onClick={() => setDetailId(m.id)}>{m.name}</Typography.Link>
            {m.hasPendingChange && (
              <Tooltip title="有待审核的本人修改申请">
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  待审
                </Tag>
              </Tooltip>
            )}
          </Space>
          {m.formerName && <Typography.Text type="secondary">曾用名：{m.formerName}</Typography.Text>}
        </Space>
      ),
    },
    { title: "性别", key: "gender", width: 60, render: (_, m) => GENDER_LABELS[m.gender] },
    {
      title: "出生日期",
      key: "BIRTH_DATE",
      width: 150,
      sorter: true,
      sortOrder: sortOrder("BIRTH_DATE"),
      sortDirections: ["ascend", "descend"],
      render: (_, m) => (
        <span>
          {m.birthDate}
          <Typography.Text type="secondary">（{m.age}岁）</Typography.Text>
        </span>
      ),
    },
    { title: "民族", key: "ethnic", width: 80, render: (_, m) => m.ethnicGroup.name },
    { title: "学历", key: "education", width: 120, render: (_, m) => m.education.name },
    { title: "界别", key: "sector", width: 150, render: (_, m) => termOf(m)?.sector.name ?? "—" },
    { title: "党派", key: "party", width: 150, render: (_, m) => termOf(m)?.party.name ?? "—" },
    { title: "委员类型", key: "memberType", width: 90, render: (_, m) => termOf(m)?.memberType.name ?? "—" },
    { title: "专委会", key: "committee", width: 150, render: (_, m) => termOf(m)?.specialCommittee?.name ?? "—" },
    { title: "工作单位职务", dataIndex: "workUnitTitle", key: "workUnitTitle", width: 240, ellipsis: { showTitle: true } },
    { title: "手机号码", key: "mobile", width: 180, render: (_, m) => <PhoneCell memberId={m.id} memberName={m.name} masked={m.mobile} /> },
    { title: "用户名", dataIndex: "username", key: "username", width: 120, render: (v: string | null) => v ?? <Typography.Text type="secondary">未关联</Typography.Text> },
    {
      title: "操作",
      key: "actions",
      width: manage ? 150 : 70,
      fixed: "right",
      render: (_, m) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDetailId(m.id)}>
            详情
          </Button>
          {manage && (
            <>
              <Button type="link" size="small" onClick={() => setFormTarget({ mode: "edit", member: m, sessionId })}>
                编辑
              </Button>
              <Popconfirm
                title={`确定删除委员 ${m.name} 的档案吗？`}
                description="将同时删除其历届任职与修改申请；登录账号保留。"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => remove(m)}
              >
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      ),
    },
  ];

  const sessionName = sessionId ? lookups?.committeeSessions.find((s) => s.id === sessionId)?.name : "全部届次";
  return (
    <Card
      title="委员信息"
      extra={
        <Space wrap>
          {manage && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              批量导入
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => setExporting(true)}>
            导出 Excel
          </Button>
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: "create", sessionId })}>
              新增委员
            </Button>
          )}
        </Space>
      }
    >
      <MemberFilterPanel state={state} lookups={lookups} currentSessionId={currentSessionId} onApply={(values) => update({ ...values, page: 1 })} />
      {(error || lookupsError) && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error ?? lookupsError)}
          action={
            <Button size="small" onClick={() => (error ? refetch() : refetchLookups())}>
              重试
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading || (!list && !error)}
        onChange={(_, __, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Row> | undefined;
          const field = s?.columnKey as MemberSortField | undefined;
          update({ sort: s?.order && field ? { field, direction: s.order === "ascend" ? "ASC" : "DESC" } : undefined, page: 1 });
        }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: list?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `${sessionName ?? ""} 共 ${total} 名委员`,
          onChange: (p, ps) => update({ page: ps !== state.pageSize ? 1 : p, pageSize: ps }),
        }}
        locale={{ emptyText: hasNarrowingFilter(state) ? "没有符合条件的委员" : "暂无委员" }}
        scroll={{ x: 1800 }}
      />
      <MemberDetailDrawer
        memberId={detailId}
        onClose={() => setDetailId(null)}
        onEdit={(m) => setFormTarget({ mode: "edit", member: m, sessionId })}
        onDelete={remove}
      />
      <MemberFormDrawer target={formTarget} lookups={lookups} onClose={() => setFormTarget(null)} onSaved={() => void refetch()} />
      <ExportMembersModal open={exporting} filter={filter} sort={sort} total={list?.total ?? 0} onClose={() => setExporting(false)} />
      <ImportMembersModal
        open={importing}
        lookups={lookups}
        defaultSessionId={sessionId ?? currentSessionId}
        onClose={() => setImporting(false)}
        onImported={(r) => {
          message.success(`已导入 ${r.imported} 名委员`);
          void refetch();
          void refetchLookups();
        }}
      />
    </Card>
  );
}
