import { useMutation } from "@apollo/client/react";
import { Alert, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { applyServerErrors } from "../../../../app/form-errors";
import { HandlingRequestMutation } from "../graphql/handling.graphql";

interface Values {
  reason?: string;
  requestedDeadline?: Dayjs;
}

/**
 * 申请退回 (not ours: before signing, within the return window) or 申请延期 (a later deadline, before the
 * reply). Either goes to the proposal office, which agrees or refuses.
 */
export function RequestModal({ kind, assignment, onClose, onDone }: {
  kind: "RETURN" | "EXTENSION" | null;
  assignment: { id: string; deadline: string; returnUntil: string };
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [request, state] = useMutation(HandlingRequestMutation);
  const extension = kind === "EXTENSION";

  const submit = async (v: Values) => {
    setFailure(null);
    try {
      await request({
        variables: {
          input: { assignmentId: assignment.id, kind: kind!, reason: v.reason!.trim(), requestedDeadline: extension ? v.requestedDeadline!.format("YYYY-MM-DD") : null },
        },
      });
      form.resetFields();
      onDone(extension ? "延期申请已提交，等待提案委审核" : "退回申请已提交，等待提案委审核");
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal
      title={extension ? "申请延期" : "申请退回"}
      open={!!kind}
      onCancel={onClose}
      okText="提交申请"
      cancelText="取消"
      confirmLoading={state.loading}
      onOk={() => form.submit()}
      afterClose={() => {
        form.resetFields();
        setFailure(null);
      }}
    >
      <Typography.Paragraph type="secondary">
        {extension ? `当前办理期限 ${assignment.deadline}，请说明需要延期的原因和新的期限。` : `交办的提案不属于本单位职责时可申请退回（${assignment.returnUntil} 前、签收前），由提案委审核后重新交办。`}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {extension && (
          <Form.Item name="requestedDeadline" label="申请延期至" rules={[{ required: true, message: "请选择申请延期至的日期" }]}>
            <DatePicker style={{ width: 200 }} placeholder="选择日期" disabledDate={(d) => !d.isAfter(dayjs(assignment.deadline), "day")} />
          </Form.Item>
        )}
        <Form.Item name="reason" label={extension ? "延期理由" : "退回理由"} rules={[{ required: true, whitespace: true, message: "请填写申请理由" }, { max: 1000, message: "申请理由最多 1000 字" }]}>
          <Input.TextArea rows={4} showCount maxLength={1000} placeholder={extension ? "如：涉及多个部门协调，需待年度预算批复后答复" : "说明该提案事项应由哪个单位承办"} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
