import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { performanceBonusInput } from "@zhzx/shared";
import { fieldErrors } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import { AddBonusMutation } from "../graphql/materials.graphql";
import { checkForm } from "./labels";
import { MemberPicker } from "./MemberPicker";

interface Values {
  memberId?: string | null;
  points?: number | null;
  reason?: string;
  occurredOn?: Dayjs | null;
}

/** 其他考核: add or deduct points for one member, with the reason (the server audits it). */
export function BonusFormModal({ open, member, onClose, onDone }: { open: boolean; member?: { id: string; name: string } | null; onClose: () => void; onDone?: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [add, { loading }] = useMutation(AddBonusMutation, { refetchQueries: ["AdminScoreExplanation", "AdminPerformanceScores", "AdminPerformanceBonuses"] });
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ memberId: member?.id ?? null, occurredOn: dayjs() });
      setProblem(null);
    }
  }, [open, member, form]);

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const input = checkForm(form, performanceBonusInput, {
      memberId: v.memberId ?? undefined,
      points: v.points ?? undefined,
      reason: v.reason ?? "",
      occurredOn: v.occurredOn ? v.occurredOn.format("YYYY-MM-DD") : undefined,
    });
    if (!input) return;
    setProblem(null);
    try {
      await add({ variables: { input } });
      message.success(input.points > 0 ? `已加 ${input.points} 分` : `已扣 ${-input.points} 分`);
      onDone?.();
      onClose();
    } catch (e) {
      const text = applyServerErrors(form, e);
      if (!Object.keys(fieldErrors(e)).length) setProblem(text);
    }
  };

  return (
    <Modal title="其他考核：加减分" open={open} onCancel={onClose} onOk={() => void submit()} okText="保存" cancelText="取消" confirmLoading={loading} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="memberId" label="委员" required>
          <MemberPicker initial={member ?? null} />
        </Form.Item>
        <Form.Item name="points" label="分值" required extra="加分填正数，扣分填负数，最多两位小数；计入日期所在年度">
          <InputNumber style={{ width: 200 }} step={1} placeholder="如 5 或 -3" />
        </Form.Item>
        <Form.Item name="occurredOn" label="日期" required>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item name="reason" label="理由" required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：牵头完成市政协重点调研课题" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
