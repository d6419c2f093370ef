import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PlusOutlined, SettingOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Popconfirm, Select, Space, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { JOURNAL_ISSUE_STATUS_LABELS, JOURNAL_ISSUE_STATUSES, type JournalIssueStatus } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { JournalIssueRowFieldsFragment } from "../../../gql/graphql";
import { downloadIssueDocx } from "../components/export-issue";
import { IssueFormModal, type IssueFormTarget } from "../components/IssueFormModal";
import { JournalTypesModal } from "../components/JournalTypesModal";
import { formatTime, JournalIssueStatusTag } from "../components/OpinionTags";
import { DeleteJournalIssueMutation, JournalIssuesQuery, JournalTypesQuery } from "../graphql/journals.graphql";

type Row = JournalIssueRowFieldsFragment;
const PAGE_SIZES = [10, 20, 50];

/** 刊物管理: every issue of every journal, by journal, year and status; new issues, types, Word export. */
export default function JournalsPage() {
  const { viewer } = useViewer();
  const manage = can(viewer, "journal:manage");
  const { message } = App.useApp();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const typeId = params.get("type") ?? undefined;
  const year = Number(params.get("year")) || undefined;
  const statusParam = params.get("status") as JournalIssueStatus | null;
  const status = statusParam && JOURNAL_ISSUE_STATUSES.includes(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number(params.get("page")) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get("pageSize"))) ? Number(params.get("pageSize")) : 20;
  const set = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === "") next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  const types = useQuery(JournalTypesQuery, { variables: { includeDisabled: true } });
  const { data, previousData, loading, error, refetch } = useQuery(JournalIssuesQuery, { variables: { page, pageSize, typeId, year, status }, fetchPolicy: "cache-and-network" });
  const list = (data ?? previousData)?.journalIssues;
  const [formTarget, setFormTarget] = useState<IssueFormTarget | null>(null);
  const [typesOpen, setTypesOpen] = useState(false);
  const [exportingId, setExportingId] = useState<string | null>(null);
  const [deleteIssue] = useMutation(DeleteJournalIssueMutation);

  const exportWord = async (r: Row) => {
    setExportingId(r.id);
    try {
      const name = await downloadIssueDocx(client, r.id);
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExportingId(null);
    }
  };

  const remove = async (r: Row) => {
    try {
      await deleteIssue({ variables: { id: r.id, version: r.version } });
      message.success(`已删除《${r.journalName}》${r.label}`);
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const thisYear = dayjs().year();
  const columns: ColumnsType<Row> = [
    { title: "刊物", key: "journal", width: 160, render: (_, r) => `《${r.journalName}》` },
    { title: "期号", key: "label", width: 150, render: (_, r) => <Link to={`/opinions/journals/${r.id}`}>{r.label}</Link> },
    { title: "本期标题", key: "title", render: (_, r) => r.title || <Typography.Text type="secondary">—</Typography.Text> },
    { title: "篇数", dataIndex: "itemCount", key: "itemCount", width: 70 },
    { title: "状态", key: "status", width: 90, render: (_, r) => <JournalIssueStatusTag status={r.status} /> },
    { title: "刊发日期", key: "issueDate", width: 120, render: (_, r) => r.issueDate ?? "—" },
    { title: "刊发时间", key: "publishedAt", width: 160, render: (_, r) => formatTime(r.publishedAt) },
    {
      title: "操作",
      key: "ops",
      width: 200,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(`/opinions/journals/${r.id}`)}>
            {r.status === "DRAFT" && manage ? "编排" : "查看"}
          </Button>
          <Button type="link" size="small" loading={exportingId === r.id} disabled={r.itemCount === 0} onClick={() => exportWord(r)}>
            导出 Word
          </Button>
          {manage && r.status === "DRAFT" && r.itemCount === 0 && (
            <Popconfirm title={`确定删除《${r.journalName}》${r.label}吗？`} description="只能删除没有信息的期刊。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(r)}>
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="刊物管理"
      extra={
        manage && (
          <Space>
            <Button icon={<SettingOutlined />} onClick={() => setTypesOpen(true)}>
              刊物类型
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: "create" })}>
              新建期刊
            </Button>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label="刊物"
          placeholder="全部刊物"
          style={{ width: 180 }}
          value={typeId}
          onChange={(v?: string) => set({ type: v, page: undefined })}
          options={(types.data?.journalTypes ?? []).map((t) => ({ value: t.id, label: `《${t.name}》${t.disabled ? "（已停用）" : ""}` }))}
        />
        <Select
          allowClear
          aria-label="年份"
          placeholder="全部年份"
          style={{ width: 120 }}
          value={year}
          onChange={(v?: number) => set({ year: v, page: undefined })}
          options={Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))}
        />
        <Select
          allowClear
          aria-label="状态"
          placeholder="全部状态"
          style={{ width: 120 }}
          value={status}
          onChange={(v?: string) => set({ status: v, page: undefined })}
          options={JOURNAL_ISSUE_STATUSES.map((s) => ({ value: s, label: JOURNAL_ISSUE_STATUS_LABELS[s] }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading || (!list && !error)}
        pagination={{
          current: page,
          pageSize,
          total: list?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (t) => `共 ${t} 期`,
          onChange: (p, ps) => set({ page: ps !== pageSize || p === 1 ? undefined : p, pageSize: ps === 20 ? undefined : ps }),
        }}
        locale={{ emptyText: typeId || year || status ? "没有符合条件的期刊" : "暂无期刊，点击“新建期刊”开始编排" }}
        scroll={{ x: 1000 }}
      />
      <IssueFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={(i) => navigate(`/opinions/journals/${i.id}`)} />
      <JournalTypesModal open={typesOpen} onClose={() => { setTypesOpen(false); void types.refetch(); }} />
    </Card>
  );
}
