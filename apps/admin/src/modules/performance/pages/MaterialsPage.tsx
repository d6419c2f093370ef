import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Modal, Popconfirm, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import type { PerformanceMaterialStatus } from "../../../gql/graphql";
import { AcceptMaterialMutation, MaterialsQuery, ReturnMaterialMutation } from "../graphql/performance.graphql";

/** 履职材料审核: what members reported; accepted material counts toward the score, returned needs a reason. */
export default function MaterialsPage() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<PerformanceMaterialStatus | "ALL">("SUBMITTED");
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(MaterialsQuery, { variables: { page, status: status === "ALL" ? null : status }, fetchPolicy: "cache-and-network" });
  const [accept] = useMutation(AcceptMaterialMutation);
  const [ret, returning] = useMutation(ReturnMaterialMutation);
  const [returnOf, setReturnOf] = useState<{ id: string; title: string } | null>(null);
  const [reason, setReason] = useState("");
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="履职材料审核">
      <Tabs
        activeKey={status}
        onChange={(k) => (setStatus(k as PerformanceMaterialStatus), setPage(1))}
        items={[
          { key: "SUBMITTED", label: "待审核" },
          { key: "ACCEPTED", label: "已采纳" },
          { key: "RETURNED", label: "已退回" },
          { key: "ALL", label: "全部" },
        ]}
      />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.performanceMaterials.items ?? []}
        pagination={{ current: page, pageSize: 20, total: data?.performanceMaterials.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 份`, showSizeChanger: false }}
        locale={{ emptyText: "暂无履职材料" }}
        expandable={{ expandedRowRender: (m) => <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{m.content}</Typography.Paragraph> }}
        columns={[
          { title: "委员", key: "member", width: 100, render: (_, m) => m.member.name },
          { title: "标题", dataIndex: "title", key: "title" },
          { title: "履职日期", dataIndex: "occurredOn", key: "occurredOn", width: 110 },
          { title: "报送时间", key: "submittedAt", width: 150, render: (_, m) => dayjs(m.submittedAt).format("YYYY-MM-DD HH:mm") },
          { title: "状态", key: "status", width: 90, render: (_, m) => <Tag color={m.status === "ACCEPTED" ? "green" : m.status === "RETURNED" ? "red" : "blue"}>{m.statusLabel}</Tag> },
          {
            title: "操作",
            key: "op",
            width: 150,
            render: (_, m) =>
              m.status === "SUBMITTED" ? (
                <Space size={4}>
                  <Popconfirm title="采纳后计入该委员的履职得分，确定吗？" okText="采纳" cancelText="取消" onConfirm={() => act(() => accept({ variables: { id: m.id } }), "已采纳")}>
                    <Button type="link" size="small">采纳</Button>
                  </Popconfirm>
                  <Button type="link" size="small" danger onClick={() => (setReason(""), setReturnOf(m))}>退回</Button>
                </Space>
              ) : (
                m.returnReason ?? "—"
              ),
          },
        ]}
      />
      <Modal
        title={returnOf ? `退回：${returnOf.title}` : ""}
        open={!!returnOf}
        okText="退回"
        okButtonProps={{ danger: true, loading: returning.loading }}
        cancelText="取消"
        onCancel={() => setReturnOf(null)}
        onOk={async () => {
          if (!reason.trim()) return message.error("请填写退回理由");
          await act(() => ret({ variables: { id: returnOf!.id, reason: reason.trim() } }), "已退回，委员会收到理由");
          setReturnOf(null);
        }}
      >
        <Input.TextArea aria-label="退回理由" rows={3} maxLength={500} showCount value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Card>
  );
}
