import { useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tabs, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { materialActionAllowed, returnMaterialInput, type MaterialStatus } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { PerformanceMaterialFieldsFragment, PerformanceMaterialStatus } from "../../../gql/graphql";
import { checkForm, MaterialStatusTag } from "../components/labels";
import { MaterialDrawer } from "../components/MaterialDrawer";
import { MaterialFormModal } from "../components/MaterialFormModal";
import { usePerformanceLookups } from "../components/use-lookups";
import { AcceptMaterialMutation, MaterialsQuery, ReturnMaterialMutation } from "../graphql/materials.graphql";

type Material = PerformanceMaterialFieldsFragment;

/** 履职材料审核: what members reported (or staff entered for them); accepted material counts, returned carries a reason. */
export default function MaterialsPage() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const canManage = can(viewer, "performance:manage");
  const lk = usePerformanceLookups();
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") ?? "SUBMITTED") as PerformanceMaterialStatus | "ALL";
  const search = params.get("q") ?? "";
  const year = params.get("year") ? Number(params.get("year")) : undefined;
  const page = Number(params.get("page") ?? 1);
  const update = (changes: Record<string, string | number | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v === null || v === undefined || v === "" ? next.delete(k) : next.set(k, String(v));
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };

  const { data, previousData, loading, error, refetch } = useQuery(MaterialsQuery, {
    variables: { page, status: status === "ALL" ? null : status, year: year ?? null, search: search || null },
    fetchPolicy: "cache-and-network",
  });
  const [accept, accepting] = useMutation(AcceptMaterialMutation);
  const [ret, returning] = useMutation(ReturnMaterialMutation);
  const [viewing, setViewing] = useState<Material | null>(null);
  const [returnOf, setReturnOf] = useState<Material | null>(null);
  const [editing, setEditing] = useState<{ material: Material | null } | null>(null);
  const [returnForm] = Form.useForm<{ reason?: string }>();
  const d = (data ?? previousData)?.performanceMaterials;

  const doAccept = async (m: Material) => {
    try {
      const r = (await accept({ variables: { id: m.id } })).data!.acceptPerformanceMaterial;
      message.success(`已采纳“${m.title}”，计入${m.member.name}的履职得分`);
      if (viewing?.id === m.id) setViewing(r);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const doReturn = async () => {
    const v = checkForm(returnForm, returnMaterialInput, { reason: returnForm.getFieldValue("reason") ?? "" });
    if (!v || !returnOf) return;
    try {
      const r = (await ret({ variables: { id: returnOf.id, reason: v.reason } })).data!.returnPerformanceMaterial;
      message.success("已退回，委员会收到退回理由");
      if (viewing?.id === r.id) setViewing(r);
      setReturnOf(null);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title="履职材料审核"
      extra={
        canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ material: null })}>
            代委员录入
          </Button>
        )
      }
    >
      <Tabs
        activeKey={status}
        onChange={(k) => update({ status: k === "SUBMITTED" ? null : k })}
        items={[
          { key: "SUBMITTED", label: "待审核" },
          { key: "ACCEPTED", label: "已采纳" },
          { key: "RETURNED", label: "已退回" },
          { key: "ALL", label: "全部" },
        ]}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search key={search} allowClear aria-label="委员姓名或标题" placeholder="委员姓名或标题" defaultValue={search} style={{ width: 220 }} onSearch={(v) => update({ q: v.trim() })} />
        <Select allowClear aria-label="履职年度" placeholder="履职年度" style={{ width: 120 }} value={year} onChange={(v: number | undefined) => update({ year: v ?? null })} options={lk.yearOptions} />
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<Material>
        rowKey="id"
        loading={loading}
        dataSource={d?.items ?? []}
        locale={{ emptyText: status === "SUBMITTED" ? "没有待审核的履职材料" : "暂无履职材料" }}
        pagination={{ current: page, pageSize: 20, total: d?.total ?? 0, onChange: (p) => update({ page: p === 1 ? null : p }), showTotal: (t) => `共 ${t} 份`, showSizeChanger: false }}
        columns={[
          { title: "委员", key: "member", width: 100, render: (_, m) => m.member.name },
          {
            title: "标题",
            key: "title",
            render: (_, m) => (
              <Space orientation="vertical" size={0}>
                <a onClick={() => setViewing(m)}>{m.title}</a>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 420 }}>
                  {m.content}
                </Typography.Text>
              </Space>
            ),
          },
          { title: "履职日期", dataIndex: "occurredOn", key: "occurredOn", width: 110 },
          { title: "报送时间", key: "submittedAt", width: 150, render: (_, m) => `${dayjs(m.submittedAt).format("YYYY-MM-DD HH:mm")}${m.enteredByStaff ? "（代录）" : ""}` },
          { title: "附件", key: "attachments", width: 60, render: (_, m) => m.attachments.length || "—" },
          { title: "状态", key: "status", width: 90, render: (_, m) => <MaterialStatusTag status={m.status} label={m.statusLabel} /> },
          {
            title: "操作",
            key: "op",
            width: 170,
            render: (_, m) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setViewing(m)}>
                  查看
                </Button>
                {canManage && materialActionAllowed("accept", m.status as MaterialStatus) && (
                  <Popconfirm title="采纳后计入该委员的履职得分，确定吗？" okText="采纳" cancelText="取消" onConfirm={() => void doAccept(m)}>
                    <Button type="link" size="small">
                      采纳
                    </Button>
                  </Popconfirm>
                )}
                {canManage && materialActionAllowed("return", m.status as MaterialStatus) && (
                  <Button type="link" size="small" danger onClick={() => (returnForm.resetFields(), setReturnOf(m))}>
                    退回
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <MaterialDrawer
        material={viewing}
        canManage={canManage}
        busy={accepting.loading}
        onClose={() => setViewing(null)}
        onAccept={(m) => void doAccept(m)}
        onReturn={(m) => (returnForm.resetFields(), setReturnOf(m))}
        onEdit={(m) => setEditing({ material: m })}
      />
      <MaterialFormModal
        open={!!editing}
        material={editing?.material ?? null}
        onClose={() => setEditing(null)}
        onDone={() => {
          setViewing(null);
          void refetch();
        }}
      />
      <Modal
        title={returnOf ? `退回：${returnOf.title}` : ""}
        open={!!returnOf}
        okText="退回"
        okButtonProps={{ danger: true }}
        confirmLoading={returning.loading}
        cancelText="取消"
        onCancel={() => setReturnOf(null)}
        onOk={() => void doReturn()}
        forceRender
      >
        {returnOf?.status === "ACCEPTED" && <Alert type="warning" showIcon title="该材料已采纳，退回后不再计分。" style={{ marginBottom: 12 }} />}
        <Form form={returnForm} layout="vertical">
          <Form.Item name="reason" label="退回理由" required>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder="委员会看到这段理由，请写明需要补充或修改的内容" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
