import { useEffect } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { opinionDiscardInput, opinionReturnInput, opinionTransitionInput } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { OpinionDetailFieldsFragment } from "../../../gql/graphql";
import { DiscardOpinionMutation, PassOpinionFirstReviewMutation, PassOpinionSecondReviewMutation, ReturnOpinionMutation } from "../graphql/opinions.graphql";

export type ReviewAction = "passFirstReview" | "passSecondReview" | "returnToSubmitter" | "discard";
export const REVIEW_ACTIONS: ReviewAction[] = ["passFirstReview", "passSecondReview", "returnToSubmitter", "discard"];

/** How each review action reads on its button and in its dialog. */
export const REVIEW_ACTION_UI: Record<ReviewAction, { button: string; title: string; field: "comment" | "reason"; fieldLabel: string; required: boolean; hint: string; done: string; danger?: boolean; primary?: boolean }> = {
  passFirstReview: { button: "一审通过", title: "一审通过", field: "comment", fieldLabel: "审核意见", required: false, hint: "通过后进入二审。", done: "一审已通过，进入二审", primary: true },
  passSecondReview: { button: "采用（二审通过）", title: "采用（二审通过）", field: "comment", fieldLabel: "审核意见", required: false, hint: "采用后进入待编辑，可编入刊物；报送者将收到采用通知，并计入履职。", done: "已采用", primary: true },
  returnToSubmitter: { button: "退回", title: "退回报送者", field: "reason", fieldLabel: "退回理由", required: true, hint: "报送者修改后可重新提交。", done: "已退回报送者" },
  discard: { button: "不采用（转弃）", title: "不采用（转弃）", field: "reason", fieldLabel: "转弃说明", required: false, hint: "转弃后不再流转，此操作不可撤销。", done: "已转弃", danger: true },
};

interface Values {
  comment?: string;
  reason?: string;
}

/** One dialog for 一审通过, 采用, 退回 and 转弃: a note or a reason, then the mutation with the item's version. */
export function ReviewActionModal({ opinion, action, onClose, onDone }: { opinion: OpinionDetailFieldsFragment; action: ReviewAction | null; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [pass1, s1] = useMutation(PassOpinionFirstReviewMutation);
  const [pass2, s2] = useMutation(PassOpinionSecondReviewMutation);
  const [ret, s3] = useMutation(ReturnOpinionMutation);
  const [discard, s4] = useMutation(DiscardOpinionMutation);
  const busy = s1.loading || s2.loading || s3.loading || s4.loading;

  useEffect(() => {
    if (action) {
      form.resetFields();
      setFailure(null);
    }
  }, [action, form]);

  if (!action) return null;
  const ui = REVIEW_ACTION_UI[action];

  const run = async () => {
    const values = form.getFieldsValue();
    const base = { id: opinion.id, version: opinion.version };
    setFailure(null);
    try {
      if (action === "returnToSubmitter") {
        const v = validateWithSchema(form, opinionReturnInput, { version: opinion.version, reason: values.reason ?? "" });
        if (!v) return;
        await ret({ variables: { ...base, reason: v.reason } });
      } else if (action === "discard") {
        const v = validateWithSchema(form, opinionDiscardInput, { version: opinion.version, reason: values.reason });
        if (!v) return;
        await discard({ variables: { ...base, reason: v.reason } });
      } else {
        const v = validateWithSchema(form, opinionTransitionInput, { version: opinion.version, comment: values.comment });
        if (!v) return;
        if (action === "passFirstReview") await pass1({ variables: { ...base, comment: v.comment } });
        else await pass2({ variables: { ...base, comment: v.comment } });
      }
      message.success(ui.done);
      onDone();
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal
      title={ui.title}
      open
      okText={`确定${ui.button.replace(/（.*）/, "")}`}
      cancelText="取消"
      okButtonProps={{ danger: ui.danger }}
      confirmLoading={busy}
      onOk={run}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        《{opinion.title}》：{ui.hint}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" aria-label={ui.title}>
        <Form.Item name={ui.field} label={ui.fieldLabel} required={ui.required}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={ui.required ? `请填写${ui.fieldLabel}` : "选填"} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
