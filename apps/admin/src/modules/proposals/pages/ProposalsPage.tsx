import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Badge, Button, Card, Space, Table, Tabs, Tag, Tooltip, Typography } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import type { ColumnsType, SorterResult } from "antd/es/table/interface";
import type { ProposalState } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { ProposalFilter, ProposalList, ProposalRowFragment, ProposalSort, ProposalSortField, ProposalSubmitterType, SortDirection } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ProposalDrawer } from "../components/ProposalDrawer";
import { FILTER_KEYS, ProposalFilterForm, type FilterParams } from "../components/ProposalFilterForm";
import { StateTag } from "../components/StateTag";
import { LISTS, day, type ListKey } from "../components/labels";
import { ExportProposalsMutation, ProposalListCountsQuery, ProposalsQuery } from "../graphql/proposals.graphql";

const PAGE_SIZES = ["20", "50", "100"];
const SORTABLE: Record<string, ProposalSortField> = { caseNumber: "CASE_NUMBER", title: "TITLE", submitter: "SUBMITTER", state: "STATE", submittedAt: "SUBMITTED_AT" };
const COUNT_KEYS: Partial<Record<ListKey, "firstReview" | "secondReview" | "toFile" | "toAssign" | "dissatisfied">> = {
  FIRST_REVIEW: "firstReview",
  SECOND_REVIEW: "secondReview",
  TO_FILE: "toFile",
  TO_ASSIGN: "toAssign",
  DISSATISFIED: "dissatisfied",
};

/** The address bar's query → the API's ProposalFilter (the export uses the very same one). */
function toFilter(list: ListKey, f: FilterParams): ProposalFilter {
  return {
    list: list as ProposalList,
    keyword: f.keyword,
    sessionId: f.sessionId,
    meetingId: f.meetingId,
    states: f.states ? (f.states.split(",") as ProposalState[]) : undefined,
    categoryId: f.categoryId,
    submitterType: f.submitterType as ProposalSubmitterType | undefined,
    submitterName: f.submitterName,
    caseNumber: f.caseNumber,
    unitId: f.unitId,
    submittedFrom: f.from,
    submittedTo: f.to,
  };
}

/** 提案办理: the office's work lists (一审 → 二审 → 立案 → 交办 → 办理 → 办结), query in the address bar, the detail drawer. */
export default function ProposalsPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const list = (params.get("list") ?? "ALL") as ListKey;
  const page = Number(params.get("page") ?? 1);
  const pageSize = Number(params.get("size") ?? 20);
  const openId = params.get("id");
  const sortKey = params.get("sort");
  const sortDir: SortDirection = params.get("dir") === "ASC" ? "ASC" : "DESC";
  const filters: FilterParams = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v));
  const filter = toFilter(list, filters);
  const sort: ProposalSort | undefined = sortKey && SORTABLE[sortKey] ? { field: SORTABLE[sortKey], direction: sortDir } : undefined;
  const { data, previousData, loading, error, refetch } = useQuery(ProposalsQuery, { variables: { page, pageSize, filter, sort }, fetchPolicy: "cache-and-network" });
  const counts = useQuery(ProposalListCountsQuery, { fetchPolicy: "cache-and-network" });
  const result = (data ?? previousData)?.proposals;
  const [exportList, exporting] = useMutation(ExportProposalsMutation);

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    setParams(next);
  };
  const search = (f: FilterParams) => set({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k]])), page: undefined });
  const order = (key: string) => (sortKey === key ? (sortDir === "ASC" ? "ascend" : "descend") : null);

  const columns: ColumnsType<ProposalRowFragment> = [
    { title: "案号", dataIndex: "caseNumber", key: "caseNumber", width: 110, sorter: true, sortOrder: order("caseNumber"), render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text> },
    {
      title: "标题",
      key: "title",
      // The title is what staff read; it takes whatever the fixed columns leave (at least ~270 px).
      sorter: true,
      sortOrder: order("title"),
      render: (_, p) => (
        <Space size={4} wrap>
          <a onClick={() => set({ id: p.id })}>{p.title}</a>
          {p.isKey && <Tag color="red">重点</Tag>}
          {p.overdue && <Tag color="volcano">超期</Tag>}
          {p.enteredByOffice && <Tag>补录</Tag>}
        </Space>
      ),
    },
    {
      title: "提案人",
      key: "submitter",
      width: 130,
      ellipsis: true,
      sorter: true,
      sortOrder: order("submitter"),
      render: (_, p) => (
        <Tooltip title={p.submitterType === "COLLECTIVE" ? "集体提案" : p.cosignerCount ? `联名提案，${p.cosignerCount} 人联名` : "委员提案"}>
          {p.submitterName}
          {p.cosignerCount ? ` 等${p.cosignerCount + 1}人` : ""}
        </Tooltip>
      ),
    },
    { title: "分类", key: "category", width: 100, ellipsis: true, render: (_, p) => p.category?.name ?? "—" },
    { title: "状态", key: "state", width: 130, sorter: true, sortOrder: order("state"), render: (_, p) => <StateTag state={p.state} label={p.stateLabel} /> },
    { title: "承办单位", key: "unit", width: 150, ellipsis: true, render: (_, p) => (p.leadUnit ? `${p.leadUnit.name}${p.coUnits.length ? ` 等${p.coUnits.length + 1}家` : ""}` : "—") },
    { title: "提交日期", key: "submittedAt", width: 115, sorter: true, sortOrder: order("submittedAt"), render: (_, p) => day(p.submittedAt) },
  ];

  const tabLabel = (key: ListKey, label: string) => {
    const k = COUNT_KEYS[key];
    const n = k ? (counts.data?.[k]?.total ?? 0) : 0;
    return n ? <Badge count={n} size="small" offset={[10, -2]} overflowCount={999}>{label}</Badge> : label;
  };

  return (
    <Card
      title="提案办理"
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={exporting.loading}
          onClick={async () => {
            try {
              const f = (await exportList({ variables: { filter, sort } })).data!.exportProposals;
              downloadBase64File(f);
              message.success(`已导出 ${f.rowCount} 件提案`);
            } catch (e) {
              message.error(errorMessage(e));
            }
          }}
        >
          导出 Excel
        </Button>
      }
    >
      <Tabs activeKey={list} onChange={(k) => set({ list: k === "ALL" ? undefined : k, page: undefined })} items={LISTS.map((l) => ({ key: l.key, label: tabLabel(l.key, l.label) }))} />
      <ProposalFilterForm value={filters} onSearch={search} />
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<ProposalRowFragment>
        rowKey="id"
        columns={columns}
        scroll={{ x: 1000 }}
        dataSource={result?.items ?? []}
        loading={loading}
        rowClassName={(p) => (p.id === openId ? "ant-table-row-selected" : "")}
        onRow={(p) => ({ onDoubleClick: () => set({ id: p.id }) })}
        onChange={(_, __, sorter, extra) => {
          if (extra.action !== "sort") return;
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<ProposalRowFragment> | undefined;
          const key = s?.order ? String(s.columnKey) : undefined;
          set({ sort: key, dir: key ? (s!.order === "ascend" ? "ASC" : "DESC") : undefined, page: undefined });
        }}
        pagination={{
          current: page,
          pageSize,
          total: result?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (t) => `共 ${t} 件`,
          onChange: (p, size) => set({ page: p === 1 ? undefined : String(p), size: size === 20 ? undefined : String(size) }),
        }}
        locale={{ emptyText: "没有符合条件的提案" }}
      />
      <ProposalDrawer
        id={openId}
        onClose={() => set({ id: undefined })}
        onOpen={(id) => set({ id })}
        onChanged={() => {
          void refetch();
          void counts.refetch();
        }}
      />
    </Card>
  );
}
