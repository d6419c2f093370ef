import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, Modal, Typography } from "antd";
import { ruleChangeNote } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { RecomputeMutation } from "../graphql/scores.graphql";
import { PeriodPicker, toPeriodInput, type PeriodValue } from "./PeriodPicker";

/** 计分: price the period's events by the rules in force now and store the result as a run (存档). */
export function RecomputeModal({ open, initial, onClose, onDone }: { open: boolean; initial: PeriodValue; onClose: () => void; onDone?: (runId: string, period: PeriodValue) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [period, setPeriod] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [run, { loading }] = useMutation(RecomputeMutation, { refetchQueries: ["AdminScoreRuns", "AdminPerformanceScores"] });
  useEffect(() => {
    if (open) {
      setPeriod(initial);
      setProblem(null);
      form.resetFields();
    }
  }, [open, initial, form]);
  const submit = async () => {
    const v = form.getFieldsValue(true) as { note?: string };
    const note = ruleChangeNote.safeParse(v.note ?? "");
    if (!note.success) {
      form.setFields([{ name: "note", errors: [note.error.issues[0]!.message] }]);
      return;
    }
    try {
      const r = (await run({ variables: { period: toPeriodInput(period), note: note.data } })).data!.recomputePerformanceScores;
      message.success(`计分完成：${r.memberCount} 名委员，已存档`);
      onDone?.(r.id, period);
      onClose();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  return (
    <Modal title="计分并存档" open={open} onCancel={onClose} onOk={() => void submit()} okText="开始计分" cancelText="取消" confirmLoading={loading} destroyOnHidden>
      <Typography.Paragraph type="secondary">按现行考核办法重新计算所选考核期全体委员的得分，并保存为一次存档（如年终考核结果）。存档保留当时的规则版本，之后修改规则不影响已存档的结果。</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item label="考核期" required>
          <PeriodPicker value={period} onChange={setPeriod} />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input maxLength={200} showCount placeholder="如：2025 年度考核结果" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
