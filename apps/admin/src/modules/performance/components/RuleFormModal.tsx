import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, InputNumber, Modal, Select, Switch } from "antd";
import { PERFORMANCE_EVENT_KINDS, PERFORMANCE_EVENT_LABELS, performanceRuleInput, type PerformanceEventKind } from "@zhzx/shared";
import { fieldErrors } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import type { PerformanceRuleFieldsFragment, PerformanceRuleSetFieldsFragment } from "../../../gql/graphql";
import { AddRuleMutation, UpdateRuleMutation } from "../graphql/rules.graphql";
import { checkForm } from "./labels";

interface Values {
  kind?: PerformanceEventKind;
  points?: number | null;
  maxItems?: number | null;
  maxPointsPerYear?: number | null;
  enabled?: boolean;
  description?: string | null;
  sortOrder?: number | null;
}

/**
 * One scoring rule: an event kind, its points per item and the yearly caps. Saving publishes the rule
 * set's next version at once and re-scores the periods it covers (the server does both in one step).
 */
export function RuleFormModal({ open, ruleSet, rule, onClose }: { open: boolean; ruleSet: PerformanceRuleSetFieldsFragment; rule: PerformanceRuleFieldsFragment | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [add, adding] = useMutation(AddRuleMutation, { refetchQueries: ["AdminPerformanceRuleSetVersions"] });
  const [update, updating] = useMutation(UpdateRuleMutation, { refetchQueries: ["AdminPerformanceRuleSetVersions"] });
  const kind = Form.useWatch("kind", form);
  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue(
      rule
        ? { kind: rule.kind, points: rule.points, maxItems: rule.maxItems, maxPointsPerYear: rule.maxPointsPerYear, enabled: rule.enabled, description: rule.description, sortOrder: rule.sortOrder }
        : { enabled: true, sortOrder: (Math.max(0, ...ruleSet.rules.map((r) => r.sortOrder)) || 0) + 10 },
    );
  }, [open, rule, ruleSet, form]);

  const used = new Set(ruleSet.rules.map((r) => r.kind));
  const kinds = PERFORMANCE_EVENT_KINDS.filter((k) => !used.has(k) || k === rule?.kind);

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const data = checkForm(form, performanceRuleInput, {
      kind: v.kind,
      points: v.points ?? null,
      maxItems: v.maxItems ?? null,
      maxPointsPerYear: v.maxPointsPerYear ?? null,
      enabled: v.enabled ?? true,
      description: v.description ?? null,
      sortOrder: v.sortOrder ?? 0,
    });
    if (!data) return;
    setProblem(null);
    try {
      const { kind: _kind, ...changes } = data;
      const result = rule
        ? (await update({ variables: { id: rule.id, input: changes } })).data!.updatePerformanceRule
        : (await add({ variables: { ruleSetId: ruleSet.id, input: data } })).data!.addPerformanceRule;
      const n = result.recomputedRuns.length;
      message.success(`已发布第 ${result.ruleSet.version} 版${n ? `，已重新计分 ${n} 个考核期` : ""}`);
      onClose();
    } catch (e) {
      const text = applyServerErrors(form, e);
      if (!Object.keys(fieldErrors(e)).length) setProblem(text);
    }
  };

  return (
    <Modal
      title={rule ? `修改评分规则：${rule.kindLabel}` : "新增评分规则"}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存并发布"
      cancelText="取消"
      confirmLoading={adding.loading || updating.loading}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`保存即发布“${ruleSet.name}”第 ${ruleSet.version + 1} 版：已开始的考核期按新规则重新计分并存档；旧版本与旧存档保留可查。`}
      />
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="kind" label="履职事项" required>
          <Select disabled={!!rule} placeholder="请选择履职事项" options={kinds.map((k) => ({ value: k, label: PERFORMANCE_EVENT_LABELS[k] }))} showSearch={{ optionFilterProp: "label" }} />
        </Form.Item>
        <Form.Item
          name="points"
          label="每项分值"
          required={kind !== "BONUS"}
          extra={kind === "BONUS" ? "留空表示按每条加减分记录录入的分值计" : "扣分填负数，如 -5；最多两位小数"}
        >
          <InputNumber style={{ width: 200 }} placeholder="如 5" />
        </Form.Item>
        <Form.Item name="maxItems" label="每年最多计分次数" extra="留空为不限；超过的事项列入明细但不计分">
          <InputNumber style={{ width: 200 }} placeholder="不限" />
        </Form.Item>
        <Form.Item name="maxPointsPerYear" label="每年分值上限" extra="留空为不限；扣分同样以此为限">
          <InputNumber style={{ width: 200 }} placeholder="不限" />
        </Form.Item>
        <Form.Item name="enabled" label="启用" valuePropName="checked">
          <Switch checkedChildren="启用" unCheckedChildren="停用" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：出席全体会议、常委会议等，每次 5 分" />
        </Form.Item>
        <Form.Item name="sortOrder" label="排序" extra="数字小的排在前面">
          <InputNumber style={{ width: 200 }} />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
