import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Segmented, Select, Space, Switch, Typography } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { performanceRuleSetInput, updatePerformanceRuleSetInput } from "@zhzx/shared";
import { fieldErrors } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import type { AssessmentType, CreatePerformanceRuleSetInput, PerformanceRuleSetFieldsFragment } from "../../../gql/graphql";
import { CreateRuleSetMutation, UpdateRuleSetMutation } from "../graphql/rules.graphql";
import { checkForm, formLevelProblem } from "./labels";

interface Values {
  name?: string;
  assessmentType?: AssessmentType;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  description?: string | null;
  grades?: { name?: string; minScore?: number | null }[];
  showRankInPortal?: boolean;
  copyFrom?: string | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : null);

/** 考核办法: name, type, effective period, grade bands and whether members see their rank; a new one may copy rules. */
export function RuleSetFormModal({ open, ruleSet, all, onClose, onSaved }: {
  open: boolean;
  ruleSet: PerformanceRuleSetFieldsFragment | null;
  all: PerformanceRuleSetFieldsFragment[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateRuleSetMutation, { refetchQueries: ["AdminPerformanceRuleSets"] });
  const [update, updating] = useMutation(UpdateRuleSetMutation, { refetchQueries: ["AdminPerformanceRuleSetVersions"] });
  const type = Form.useWatch("assessmentType", form);
  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    form.setFieldsValue(
      ruleSet
        ? {
            name: ruleSet.name,
            assessmentType: ruleSet.assessmentType,
            effectiveFrom: dayjs(ruleSet.effectiveFrom),
            effectiveTo: ruleSet.effectiveTo ? dayjs(ruleSet.effectiveTo) : null,
            description: ruleSet.description,
            grades: ruleSet.grades.map((g) => ({ name: g.name, minScore: g.minScore })),
            showRankInPortal: ruleSet.showRankInPortal,
          }
        : {
            assessmentType: "ANNUAL",
            effectiveFrom: dayjs().add(1, "year").startOf("year"),
            grades: [{ name: "优秀", minScore: 60 }, { name: "良好", minScore: 40 }, { name: "合格", minScore: 20 }, { name: "不合格", minScore: null }],
            showRankInPortal: false,
          },
    );
  }, [open, ruleSet, form]);

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const base = {
      name: v.name ?? "",
      effectiveFrom: day(v.effectiveFrom) ?? undefined,
      effectiveTo: day(v.effectiveTo),
      description: v.description ?? null,
      grades: (v.grades ?? []).map((g) => ({ name: g?.name ?? "", minScore: g?.minScore ?? null })),
      showRankInPortal: v.showRankInPortal ?? false,
    };
    const source = all.find((s) => s.id === v.copyFrom);
    const values = ruleSet
      ? base
      : {
          ...base,
          assessmentType: v.assessmentType,
          rules: (source?.rules ?? []).map((r) => ({ kind: r.kind, points: r.points, maxItems: r.maxItems, maxPointsPerYear: r.maxPointsPerYear, enabled: r.enabled, description: r.description, sortOrder: r.sortOrder })),
        };
    const schema = ruleSet ? updatePerformanceRuleSetInput : performanceRuleSetInput;
    const data = checkForm(form, schema, values);
    if (!data) {
      setProblem(formLevelProblem(schema, values));
      return;
    }
    setProblem(null);
    try {
      if (ruleSet) {
        const r = (await update({ variables: { id: ruleSet.id, input: data } })).data!.updatePerformanceRuleSet;
        message.success(`已发布第 ${r.ruleSet.version} 版${r.recomputedRuns.length ? `，已重新计分 ${r.recomputedRuns.length} 个考核期` : ""}`);
        onSaved(r.ruleSet.id);
      } else {
        const r = (await create({ variables: { input: data as CreatePerformanceRuleSetInput } })).data!.createPerformanceRuleSet;
        message.success(`已新建“${r.ruleSet.name}”${r.recomputedRuns.length ? `，已计分 ${r.recomputedRuns.length} 个考核期` : ""}`);
        onSaved(r.ruleSet.id);
      }
      onClose();
    } catch (e) {
      const text = applyServerErrors(form, e);
      if (!Object.keys(fieldErrors(e)).length) setProblem(text);
    }
  };

  return (
    <Modal
      title={ruleSet ? `修改考核办法：${ruleSet.name}` : "新建考核办法"}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={ruleSet ? "保存并发布" : "创建"}
      cancelText="取消"
      confirmLoading={creating.loading || updating.loading}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="name" label="名称" required>
          <Input maxLength={60} placeholder="如：年度委员履职考核办法（2027 年修订）" />
        </Form.Item>
        <Form.Item name="assessmentType" label="考核类型" required extra={ruleSet ? "考核类型创建后不能修改" : "年度考核按自然年计分；届内考核按整届计分"}>
          <Segmented<AssessmentType>
            disabled={!!ruleSet}
            options={[
              { value: "ANNUAL", label: "年度考核" },
              { value: "SESSION", label: "届内考核" },
            ]}
          />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item name="effectiveFrom" label="生效日期" required>
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="effectiveTo" label="失效日期" extra="留空为长期有效">
            <DatePicker style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item label="等级" extra="从高到低：总分不低于分数线即为该等级；最低一档可不设分数线">
          <Form.List name="grades">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" size={4} style={{ width: "100%" }}>
                {fields.map((f) => (
                  <Space key={f.key} align="start">
                    <Form.Item name={[f.name, "name"]} style={{ marginBottom: 4 }}>
                      <Input placeholder="等级名称" aria-label="等级名称" style={{ width: 140 }} maxLength={10} />
                    </Form.Item>
                    <Form.Item name={[f.name, "minScore"]} style={{ marginBottom: 4 }}>
                      <InputNumber placeholder="分数线" aria-label="等级分数线" style={{ width: 140 }} addonAfter="分" />
                    </Form.Item>
                    <Button type="text" aria-label="删除等级" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                {fields.length < 10 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: "", minScore: null })}>
                    添加等级
                  </Button>
                )}
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="showRankInPortal" label="委员端显示本人名次" valuePropName="checked">
          <Switch checkedChildren="显示" unCheckedChildren="不显示" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder="如：依据《委员履职考核办法》第三条制定" />
        </Form.Item>
        {!ruleSet && (
          <Form.Item name="copyFrom" label="复制评分规则" extra="从已有考核办法复制全部规则，创建后可逐条修改；不选则创建后再添加规则">
            <Select
              allowClear
              placeholder="不复制"
              options={all.filter((s) => !s.deleted && s.assessmentType === type).map((s) => ({ value: s.id, label: `${s.name}（${s.rules.length} 条规则）` }))}
            />
          </Form.Item>
        )}
        {!ruleSet && <Typography.Text type="secondary">同一考核类型的考核办法生效期不能重叠。</Typography.Text>}
      </Form>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
