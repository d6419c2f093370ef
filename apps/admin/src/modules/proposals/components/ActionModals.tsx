import { useEffect } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { errorCode } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import {
  AssignProposalMutation, DeclineProposalMutation, FileProposalMutation, ProposalLookupsQuery, RehandleProposalMutation, ReturnProposalMutation, SetKeyProposalMutation,
} from "../graphql/proposals.graphql";
import { DESTINATION_LABELS } from "./labels";
import { RoutingHelp } from "./RoutingHelp";

export type ModalKind = "return" | "decline" | "file" | "assign" | "rehandle" | "key";
export interface ActionTarget {
  id: string;
  version: number;
  title: string;
  categoryId: string | null;
  isKey: boolean;
  keySupervisor: string | null;
  leadUnitId: string | null;
}

const TITLES: Record<ModalKind, string> = { return: "退回修改", decline: "不予立案", file: "立案", assign: "交办", rehandle: "重新办理", key: "重点提案" };
const PAST = (d: Dayjs) => d.isBefore(dayjs(), "day");

/** The staff actions that need more than a confirmation: each its own small form, checked before sending. */
export function ActionModal({ kind, target, onClose, onDone, onStale }: { kind: ModalKind | null; target: ActionTarget; onClose: () => void; onDone: (message: string) => void; onStale: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const lookups = useQuery(ProposalLookupsQuery, { skip: kind !== "file" && kind !== "assign", fetchPolicy: "cache-first" });
  const [ret, r1] = useMutation(ReturnProposalMutation);
  const [decline, r2] = useMutation(DeclineProposalMutation);
  const [file, r3] = useMutation(FileProposalMutation);
  const [assign, r4] = useMutation(AssignProposalMutation);
  const [rehandle, r5] = useMutation(RehandleProposalMutation);
  const [setKey, r6] = useMutation(SetKeyProposalMutation);
  const loading = r1.loading || r2.loading || r3.loading || r4.loading || r5.loading || r6.loading;
  const isKey = Form.useWatch("isKey", form);
  const destination = Form.useWatch("destination", form);

  useEffect(() => {
    if (!kind) return;
    form.resetFields();
    if (kind === "file") form.setFieldsValue({ categoryId: target.categoryId ?? undefined, isKey: false });
    if (kind === "decline") form.setFieldsValue({ destination: "TO_OPINION" });
    if (kind === "key") form.setFieldsValue({ isKey: !target.isKey, keySupervisor: target.keySupervisor ?? undefined });
  }, [kind, target, form]);

  const base = { id: target.id, version: target.version };
  const iso = (d: Dayjs | undefined | null) => (d ? d.format("YYYY-MM-DD") : undefined);
  const submit = async () => {
    // A missing field shows its own message beside it; nothing is sent.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      if (kind === "return") {
        await ret({ variables: { input: { ...base, reason: v.reason } } });
        onDone("已退回提案人修改");
      } else if (kind === "decline") {
        await decline({ variables: { input: { ...base, destination: v.destination, reason: v.reason } } });
        onDone(v.destination === "TO_OPINION" ? "已不予立案，并转入社情民意审核" : "已不予立案");
      } else if (kind === "file") {
        const r = await file({ variables: { input: { ...base, categoryId: v.categoryId, isKey: !!v.isKey, keySupervisor: v.isKey ? v.keySupervisor : null, comment: v.comment } } });
        onDone(`已立案，案号 ${r.data!.fileProposal.caseNumber}`);
      } else if (kind === "assign") {
        await assign({ variables: { input: { ...base, leadUnitId: v.leadUnitId, coUnitIds: v.coUnitIds ?? [], deadline: iso(v.deadline), comment: v.comment } } });
        onDone("已交办承办单位");
      } else if (kind === "rehandle") {
        await rehandle({ variables: { input: { ...base, comment: v.comment, deadline: iso(v.deadline) } } });
        onDone("已交承办单位重新办理");
      } else if (kind === "key") {
        await setKey({ variables: { input: { ...base, isKey: !!v.isKey, keySupervisor: v.isKey ? v.keySupervisor : null } } });
        onDone(v.isKey ? "已设为重点提案" : "已取消重点提案");
      }
    } catch (e) {
      message.error(applyServerErrors(form, e));
      // Someone else moved the proposal on: close, and let the drawer show its new state and buttons.
      const code = errorCode(e);
      if (code === "CONFLICT" || code === "INVALID_TRANSITION") onStale();
    }
  };

  const units = (lookups.data?.orgUnits.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  const leadUnitId = Form.useWatch("leadUnitId", form);
  return (
    <Modal title={kind ? `${TITLES[kind]}：${target.title}` : ""} open={!!kind} onCancel={onClose} onOk={submit} okText="确定" cancelText="取消" okButtonProps={{ loading }} destroyOnHidden width={kind === "assign" || kind === "file" ? 680 : 560}>
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
            {destination === "TO_OPINION" && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="确定后将以提案内容生成一条社情民意信息，进入社情民意审核列表。" />}
            <Form.Item label="不予立案理由" name="reason" rules={[{ required: true, whitespace: true, message: "请填写不予立案理由" }]}>
              <Input.TextArea rows={4} maxLength={500} showCount placeholder="提案人会在委员端看到" />
            </Form.Item>
          </>
        )}
        {kind === "file" && (
          <>
            <RoutingHelp proposalId={target.id} kind="category" onPick={(id) => form.setFieldsValue({ categoryId: id })} />
            <Form.Item label="提案分类" name="categoryId" rules={[{ required: true, message: "请选择提案分类" }]}>
              <Select showSearch optionFilterProp="label" placeholder="选择分类" options={(lookups.data?.proposalCategories ?? []).map((c) => ({ value: c.id, label: c.path }))} />
            </Form.Item>
            <Form.Item name="isKey" valuePropName="checked">
              <Checkbox>列为重点提案</Checkbox>
            </Form.Item>
            {isKey && (
              <Form.Item label="督办领导" name="keySupervisor" rules={[{ required: true, whitespace: true, message: "请填写督办领导" }]}>
                <Input maxLength={50} placeholder="如：王副主席" />
              </Form.Item>
            )}
            <Form.Item label="审查意见" name="comment">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Typography.Text type="secondary">确定后系统按届次、会议生成案号。</Typography.Text>
          </>
        )}
        {kind === "assign" && (
          <>
            <RoutingHelp proposalId={target.id} kind="unit" selected={leadUnitId} onPick={(id) => form.setFieldsValue({ leadUnitId: id })} />
            <Form.Item label="主办单位" name="leadUnitId" rules={[{ required: true, message: "请选择主办单位" }]}>
              <Select showSearch optionFilterProp="label" placeholder="选择主办单位" options={units} />
            </Form.Item>
            <Form.Item
              label="协办单位"
              name="coUnitIds"
              dependencies={["leadUnitId"]}
              rules={[({ getFieldValue }) => ({ validator: (_, ids?: string[]) => (ids?.includes(getFieldValue("leadUnitId")) ? Promise.reject(new Error("协办单位不能与主办单位相同")) : Promise.resolve()) })]}
            >
              <Select mode="multiple" showSearch optionFilterProp="label" placeholder="可多选，可不选" options={units} />
            </Form.Item>
            <Form.Item label="办理期限" name="deadline" extra="不填则按提案设置中的默认期限（交办之日起若干个月）">
              <DatePicker style={{ width: "100%" }} disabledDate={PAST} placeholder="选择日期" />
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
            <Form.Item label="新的办理期限" name="deadline" extra="不填则不变">
              <DatePicker style={{ width: "100%" }} disabledDate={PAST} placeholder="选择日期" />
            </Form.Item>
          </>
        )}
        {kind === "key" && (
          <>
            <Form.Item name="isKey" valuePropName="checked">
              <Checkbox>列为重点提案</Checkbox>
            </Form.Item>
            {isKey ? (
              <Form.Item label="督办领导" name="keySupervisor" rules={[{ required: true, whitespace: true, message: "请填写督办领导" }]}>
                <Input maxLength={50} placeholder="如：王副主席" />
              </Form.Item>
            ) : (
              <Space>
                <Tag>不是重点提案</Tag>
                <Typography.Text type="secondary">确定后取消重点提案标记</Typography.Text>
              </Space>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
