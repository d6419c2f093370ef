import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Tooltip, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { revokeBonusInput } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { AdminPerformanceBonusesQuery } from "../../../gql/graphql";
import { BonusFormModal } from "../components/BonusFormModal";
import { checkForm, signed } from "../components/labels";
import { MemberPicker } from "../components/MemberPicker";
import { usePerformanceLookups } from "../components/use-lookups";
import { BonusesQuery, RevokeBonusMutation } from "../graphql/materials.graphql";

type Bonus = AdminPerformanceBonusesQuery["performanceBonuses"]["items"][number];

/** 其他考核: points added or deducted by the office, each with its reason; a mistaken one is revoked, never deleted. */
export default function BonusesPage() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const canManage = can(viewer, "performance:manage");
  const lk = usePerformanceLookups();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [year, setYear] = useState<number | undefined>();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<Bonus | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const { data, previousData, loading, error, refetch } = useQuery(BonusesQuery, {
    variables: { page, memberId, year: year ?? null, includeRevoked },
    fetchPolicy: "cache-and-network",
  });
  const [revoke, revokeState] = useMutation(RevokeBonusMutation);
  const d = (data ?? previousData)?.performanceBonuses;

  const doRevoke = async () => {
    const v = checkForm(form, revokeBonusInput, { reason: form.getFieldValue("reason") ?? "" });
    if (!v || !revoking) return;
    try {
      await revoke({ variables: { id: revoking.id, reason: v.reason } });
      message.success("已撤销，该分值不再计入");
      setRevoking(null);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title="其他考核（加减分）"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            加减分
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <MemberPicker value={memberId} onChange={(id) => (setMemberId(id), setPage(1))} placeholder="按委员筛选" style={{ width: 200 }} />
        <Select allowClear aria-label="年度" placeholder="年度" style={{ width: 120 }} value={year} onChange={(v: number | undefined) => (setYear(v), setPage(1))} options={lk.yearOptions} />
        <Space>
          <Switch checked={includeRevoked} onChange={(v) => (setIncludeRevoked(v), setPage(1))} aria-label="含已撤销" />
          <span>含已撤销</span>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<Bonus>
        rowKey="id"
        loading={loading}
        dataSource={d?.items ?? []}
        locale={{ emptyText: "暂无加减分记录" }}
        pagination={{ current: page, pageSize: 20, total: d?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
        columns={[
          { title: "委员", key: "member", width: 100, render: (_, b) => b.member.name },
          { title: "分值", key: "points", width: 80, render: (_, b) => <Typography.Text strong type={b.points < 0 ? "danger" : "success"} delete={b.revoked}>{signed(b.points)}</Typography.Text> },
          { title: "理由", dataIndex: "reason", key: "reason" },
          { title: "日期", dataIndex: "occurredOn", key: "occurredOn", width: 110 },
          { title: "录入", key: "by", width: 170, render: (_, b) => `${b.createdByName ?? "—"} · ${new Date(b.createdAt).toLocaleDateString("zh-CN")}` },
          {
            title: "状态",
            key: "status",
            width: 90,
            render: (_, b) =>
              b.revoked ? (
                <Tooltip title={`${b.revokedByName ?? ""} 于 ${b.revokedAt ? new Date(b.revokedAt).toLocaleString("zh-CN", { hour12: false }) : ""} 撤销：${b.revokeReason ?? ""}`}>
                  <Tag>已撤销</Tag>
                </Tooltip>
              ) : (
                <Tag color="green">有效</Tag>
              ),
          },
          ...(canManage
            ? [{ title: "操作", key: "op", width: 80, render: (_: unknown, b: Bonus) => (!b.revoked ? <Button type="link" size="small" danger onClick={() => (form.resetFields(), setRevoking(b))}>撤销</Button> : null) }]
            : []),
        ]}
      />
      <BonusFormModal open={adding} onClose={() => setAdding(false)} onDone={() => void refetch()} />
      <Modal
        title={revoking ? `撤销加减分：${revoking.member.name} ${signed(revoking.points)} 分` : ""}
        open={!!revoking}
        onCancel={() => setRevoking(null)}
        onOk={() => void doRevoke()}
        okText="撤销"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={revokeState.loading}
        forceRender
      >
        <Typography.Paragraph type="secondary">撤销后该分值不再计入得分，记录保留可查。</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label="撤销理由" required>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：录入错误，应为第十五届第三次会议" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
