import { useEffect } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { applyServerErrors } from "../../../app/form-errors";
import {
  AssignProposalMutation, DeclineProposalMutation, FileProposalMutation, ProposalLookupsQuery, RehandleProposalMutation, ReturnProposalMutation, SuggestRoutingQuery,
} from "../graphql/proposals.graphql";
import { DESTINATION_LABELS } from "./labels";

export type ModalKind = "return" | "decline" | "file" | "assign" | "rehandle";
interface Target {
  id: string;
  version: number;
  title: string;
  categoryId: string | null;
}

/** The staff actions that need more than a confirmation: each its own small form, checked before sending. */
export function ActionModal({ kind, target, onClose, onDone }: { kind: ModalKind | null; target: Target; onClose: () => void; onDone: (message: string) => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const lookups = useQuery(ProposalLookupsQuery, { skip: kind !== "file" && kind !== "assign", fetchPolicy: "cache-first" });
  const routing = useQuery(SuggestRoutingQuery, { variables: { id: target.id }, skip: kind !== "assign" && kind !== "file" });
  const [ret, r1] = useMutation(ReturnProposalMutation);
  const [decline, r2] = useMutation(DeclineProposalMutation);
  const [file, r3] = useMutation(FileProposalMutation);
  const [assign, r4] = useMutation(AssignProposalMutation);
  const [rehandle, r5] = useMutation(RehandleProposalMutation);
  const loading = r1.loading || r2.loading || r3.loading || r4.loading || r5.loading;
  const isKey = Form.useWatch("isKey", form);

  useEffect(() => {
    if (!kind) return;
    form.resetFields();
    if (kind === "file") form.setFieldsValue({ categoryId: target.categoryId ?? undefined, isKey: false });
    if (kind === "decline") form.setFieldsValue({ destination: "TO_OPINION" });
  }, [kind, target, form]);

  const base = { id: target.id, version: target.version };
  const day = (d: Dayjs | undefined) => (d ? d.format("YYYY-MM-DD") : undefined);
  const submit = async () => {
    // A missing field shows its own message beside it; nothing is sent.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      if (kind === "return") await ret({ variables: { input: { ...base, reason: v.reason } } }), onDone("已退回提案人修改");
      if (kind === "decline") await decline({ variables: { input: { ...base, destination: v.destination, reason: v.reason } } }), onDone(v.destination === "TO_OPINION" ? "已不予立案，并转入社情民意审核" : "已不予立案");
      if (kind === "file") {
        const r = await file({ variables: { input: { ...base, categoryId: v.categoryId, isKey: !!v.isKey, keySupervisor: v.isKey ? v.keySupervisor : null, comment: v.comment } } });
        onDone(`已立案，案号 ${r.data!.fileProposal.caseNumber}`);
      }
      if (kind === "assign") await assign({ variables: { input: { ...base, leadUnitId: v.leadUnitId, coUnitIds: v.coUnitIds ?? [], deadline: day(v.deadline), comment: v.comment } } }), onDone("已交办承办单位");
      if (kind === "rehandle") await rehandle({ variables: { input: { ...base, comment: v.comment, deadline: day(v.deadline) } } }), onDone("已交承办单位重新办理");
    } catch (e) {
      message.error(applyServerErrors(form, e));
    }
  };

  const units = (lookups.data?.orgUnits.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  const titles: Record<ModalKind, string> = { return: "退回修改", decline: "不予立案", file: "立案", assign: "交办", rehandle: "重新办理" };
  return (
    <Modal title={kind ? `${titles[kind]}：${target.title}` : ""} open={!!kind} onCancel={onClose} onOk={submit} okText="确定" cancelText="取消" okButtonProps={{ loading }} destroyOnHidden width={560}>
      <Form form={form} layout="vertical">
        {kind === "return" && (
          <Form.Item label="退回理由" name="reason" rules={[{ required: true, whitespace: true, message: "请填写退回理由" }]}>
            <Input.TextArea rows={4} maxLength={500} showCount placeholder="说明需要修改的内容，提案人会在委员端看到" />
          </Form.Item>
        )}
        {kind === "decline" && (
          <>
            <Form.Item label="处理去向" name="destination" rules={[{ required: true, message: "请选择处理去向" }]}>
              <Radio.Group options={Object.entries(DESTINATION_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item label="不予立案理由" name="reason" rules={[{ required: true, whitespace: true, message: "请填写不予立案理由" }]}>
              <Input.TextArea rows={4} maxLength={500} showCount />
            </Form.Item>
          </>
        )}
        {kind === "file" && (
          <>
            <Form.Item label="提案分类" name="categoryId" rules={[{ required: true, message: "请选择提案分类" }]} extra={routing.data?.suggestProposalRouting.categories.length ? `系统建议：${routing.data.suggestProposalRouting.categories.map((c) => c.name).join("、")}` : undefined}>
              <Select showSearch optionFilterProp="label" placeholder="选择分类" options={(lookups.data?.proposalCategories ?? []).map((c) => ({ value: c.id, label: c.path }))} />
            </Form.Item>
            <Form.Item name="isKey" valuePropName="checked">
              <Checkbox>列为重点提案</Checkbox>
            </Form.Item>
            {isKey && (
              <Form.Item label="督办领导" name="keySupervisor" rules={[{ required: true, whitespace: true, message: "请填写督办领导" }]}>
                <Input maxLength={50} />
              </Form.Item>
            )}
            <Form.Item label="审查意见" name="comment">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {kind === "assign" && (
          <>
            {!!routing.data?.suggestProposalRouting.units.length && (
              <Space wrap style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">建议主办：</Typography.Text>
                {routing.data.suggestProposalRouting.units.slice(0, 4).map((u) => (
                  <Tag key={u.id} color="blue" style={{ cursor: "pointer" }} onClick={() => form.setFieldsValue({ leadUnitId: u.id })}>
                    {u.name}
                  </Tag>
                ))}
              </Space>
            )}
            <Form.Item label="主办单位" name="leadUnitId" rules={[{ required: true, message: "请选择主办单位" }]}>
              <Select showSearch optionFilterProp="label" placeholder="选择主办单位" options={units} />
            </Form.Item>
            <Form.Item label="协办单位" name="coUnitIds">
              <Select mode="multiple" showSearch optionFilterProp="label" placeholder="可多选" options={units} />
            </Form.Item>
            <Form.Item label="办理期限" name="deadline" extra="不填则按设置的默认期限（交办后若干个月）">
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
            <Form.Item label="交办意见" name="comment">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {kind === "rehandle" && (
          <>
            <Form.Item label="重新办理要求" name="comment" rules={[{ required: true, whitespace: true, message: "请填写重新办理的要求" }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
            <Form.Item label="新的办理期限" name="deadline">
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

