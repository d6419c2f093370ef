import { useEffect, useState } from "react";
import { ArrowRightOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Popconfirm, Space, Table, Typography } from "antd";
import dayjs from "dayjs";
import { rejectChangeRequestInput } from "@zhzx/shared";
import { applyServerErrors, zodRule } from "../../../app/form-errors";
import type { ChangeRequestRowFragment } from "../../../gql/graphql";
import { ApproveMemberChangeRequestMutation, RejectMemberChangeRequestMutation } from "../graphql/change-requests.graphql";
import { ChangeRequestStatusTag } from "./ChangeRequestStatusTag";

type Request = ChangeRequestRowFragment;
type Change = Request["changes"][number];

const empty = <Typography.Text type="secondary">（空）</Typography.Text>;

/** The field-by-field diff of a request: what the profile says now → what the member asks for. */
export function ChangeDiffTable({ changes }: { changes: Change[] }) {
  return (
    <Table<Change>
      rowKey="field"
      size="small"
      bordered
      pagination={false}
      dataSource={changes}
      data-testid="change-diff"
      columns={[
        { title: "字段", dataIndex: "label", key: "label", width: 120 },
        {
          title: "原值",
          dataIndex: "from",
          key: "from",
          render: (v: string | null) => (v ? <Typography.Text delete type="secondary">{v}</Typography.Text> : empty),
        },
        { title: "", key: "arrow", width: 36, align: "center", render: () => <ArrowRightOutlined style={{ color: "#999" }} /> },
        {
          title: "新值",
          dataIndex: "to",
          key: "to",
          render: (v: string | null) => (v ? <Typography.Text strong style={{ color: "#389e0d" }}>{v}</Typography.Text> : empty),
        },
      ]}
    />
  );
}

/** 审核: approve (the changes are written to the profile) or reject with a reason the member will read. */
export function ChangeRequestDrawer({ request, onClose, onReviewed }: { request: Request | null; onClose: () => void; onReviewed: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [rejecting, setRejecting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [approve, { loading: approving }] = useMutation(ApproveMemberChangeRequestMutation);
  const [reject, { loading: rejectLoading }] = useMutation(RejectMemberChangeRequestMutation);

  useEffect(() => {
    setRejecting(false);
    setFailure(null);
    form.resetFields();
  }, [request, form]);

  const doApprove = async () => {
    if (!request) return;
    setFailure(null);
    try {
      await approve({ variables: { id: request.id } });
      message.success(`已通过 ${request.memberName} 的修改申请，修改已生效`);
      onReviewed();
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  const doReject = async () => {
    if (!request) return;
    setFailure(null);
    let reason: string;
    try {
      reason = (await form.validateFields()).reason.trim();
    } catch {
      return;
    }
    try {
      await reject({ variables: { id: request.id, reason } });
      message.success(`已驳回 ${request.memberName} 的修改申请`);
      onReviewed();
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  const pending = request?.status === "PENDING";
  return (
    <Drawer
      title={request ? `${pending ? "审核" : "查看"}修改申请：${request.memberName}` : "修改申请"}
      open={!!request}
      onClose={onClose}
      size={640}
      forceRender
      footer={
        pending && (
          <Space style={{ width: "100%", justifyContent: "flex-end" }}>
            {rejecting ? (
              <>
                <Button onClick={() => setRejecting(false)}>取消驳回</Button>
                <Button danger type="primary" loading={rejectLoading} onClick={doReject}>
                  确认驳回
                </Button>
              </>
            ) : (
              <>
                <Button danger onClick={() => setRejecting(true)}>
                  驳回
                </Button>
                <Popconfirm title="确定通过该申请吗？" description="通过后修改立即写入委员档案。" okText="通过" cancelText="取消" onConfirm={doApprove}>
                  <Button type="primary" loading={approving}>
                    通过
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        )
      }
    >
      {request && (
        <Space orientation="vertical" size={20} style={{ width: "100%" }}>
          {failure && <Alert type="error" showIcon title={failure} role="alert" />}
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: "member", label: "委员", children: request.memberName },
              { key: "status", label: "状态", children: <ChangeRequestStatusTag status={request.status} /> },
              { key: "submitted", label: "提交时间", children: dayjs(request.submittedAt).format("YYYY-MM-DD HH:mm") },
              { key: "count", label: "修改项", children: `${request.changes.length} 项` },
              ...(request.reviewedAt
                ? [
                    { key: "reviewer", label: request.status === "CANCELLED" ? "撤回时间" : "审核人", children: request.status === "CANCELLED" ? dayjs(request.reviewedAt).format("YYYY-MM-DD HH:mm") : (request.reviewerName ?? "—") },
                    ...(request.status !== "CANCELLED" ? [{ key: "reviewedAt", label: "审核时间", children: dayjs(request.reviewedAt).format("YYYY-MM-DD HH:mm") }] : []),
                  ]
                : []),
              ...(request.rejectReason ? [{ key: "reason", label: "驳回理由", span: 2, children: request.rejectReason }] : []),
            ]}
          />
          <div>
            <Typography.Title level={5}>修改内容（原值 → 新值）</Typography.Title>
            <ChangeDiffTable changes={request.changes} />
            {request.changes.some((c) => c.field === "mobile") && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                原手机号码以掩码显示；新号码完整显示以便核对。
              </Typography.Paragraph>
            )}
          </div>
          {pending && rejecting && (
            <Form name="rejectForm" form={form} layout="vertical">
              <Form.Item label="驳回理由" name="reason" required rules={[zodRule(rejectChangeRequestInput.shape.reason)]} extra="委员将在委员端看到该理由。">
                <Input.TextArea rows={3} maxLength={500} showCount placeholder="请填写驳回理由，如：新单位尚未任命，请任命文件下达后再提交" autoFocus />
              </Form.Item>
            </Form>
          )}
        </Space>
      )}
    </Drawer>
  );
}
