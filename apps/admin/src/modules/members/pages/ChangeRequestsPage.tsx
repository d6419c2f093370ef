import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Segmented, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { CHANGE_REQUEST_STATUS_LABELS, CHANGE_REQUEST_STATUSES, type ChangeRequestStatus } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { ChangeRequestRowFragment } from "../../../gql/graphql";
import { ChangeRequestDrawer } from "../components/ChangeRequestDrawer";
import { ChangeRequestStatusTag } from "../components/ChangeRequestStatusTag";
import { MemberChangeRequestsQuery } from "../graphql/change-requests.graphql";

type Request = ChangeRequestRowFragment;
type StatusChoice = ChangeRequestStatus | "ALL";

/** 修改审核: members' own edits waiting for staff (oldest first), and the ones already handled. */
export default function ChangeRequestsPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status: StatusChoice = raw === "ALL" ? "ALL" : CHANGE_REQUEST_STATUSES.includes(raw as ChangeRequestStatus) ? (raw as ChangeRequestStatus) : "PENDING";
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [reviewing, setReviewing] = useState<Request | null>(null);
  useEffect(() => setPage(1), [status]);

  const { data, previousData, loading, error, refetch } = useQuery(MemberChangeRequestsQuery, {
    variables: { status: status === "ALL" ? undefined : status, page, pageSize },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.memberChangeRequests;

  const columns: ColumnsType<Request> = [
    { title: "委员", dataIndex: "memberName", key: "memberName", width: 110 },
    {
      title: "修改内容",
      key: "changes",
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.changes.map((c) => `${c.label}：${c.from ?? "（空）"} → ${c.to ?? "（空）"}`).join("；") }} style={{ maxWidth: 420 }}>
          {r.changes.map((c) => c.label).join("、")}
        </Typography.Text>
      ),
    },
    { title: "提交时间", dataIndex: "submittedAt", key: "submittedAt", width: 160, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm") },
    { title: "状态", dataIndex: "status", key: "status", width: 90, render: (v: ChangeRequestStatus) => <ChangeRequestStatusTag status={v} /> },
    { title: "审核人", dataIndex: "reviewerName", key: "reviewerName", width: 100, render: (v: string | null) => v ?? "—" },
    {
      title: "审核时间",
      dataIndex: "reviewedAt",
      key: "reviewedAt",
      width: 160,
      render: (v: string | null, r) => (v && r.status !== "CANCELLED" ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—"),
    },
    {
      title: "操作",
      key: "actions",
      width: 80,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => setReviewing(r)}>
          {r.status === "PENDING" ? "审核" : "查看"}
        </Button>
      ),
    },
  ];

  const options = [
    ...CHANGE_REQUEST_STATUSES.map((s) => ({ value: s as StatusChoice, label: CHANGE_REQUEST_STATUS_LABELS[s] })),
    { value: "ALL" as StatusChoice, label: "全部" },
  ];

  return (
    <Card title="修改审核">
      <Typography.Paragraph type="secondary">委员在委员端修改本人信息后提交的申请，审核通过后修改才写入委员档案；驳回须填写理由，委员可以看到。</Typography.Paragraph>
      <Segmented<StatusChoice>
        options={options}
        value={status}
        onChange={(v) => setParams(v === "PENDING" ? {} : { status: v }, { replace: true })}
        style={{ marginBottom: 16 }}
        aria-label="审核状态"
      />
      {error && (
        <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <Table<Request>
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
          showTotal: (total) => `共 ${total} 份申请`,
          onChange: (p, ps) => {
            setPage(ps !== pageSize ? 1 : p);
            setPageSize(ps);
          },
        }}
        locale={{ emptyText: status === "PENDING" ? "没有待审核的修改申请" : "没有符合条件的修改申请" }}
        scroll={{ x: 900 }}
      />
      <ChangeRequestDrawer request={reviewing} onClose={() => setReviewing(null)} onReviewed={() => void refetch()} />
    </Card>
  );
}
