import { useState } from "react";
import { Alert, Button, DatePicker, Form, Input, Modal, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { CMS_SCHEDULING_ACTIONS } from "@zhzx/shared";
import type { CmsArticleAction, CmsArticleDetailFragment } from "../../../gql/graphql";
import { ACTION_LABELS } from "./cms-labels";

/** The order buttons appear in, the ones that move the article forward first. */
const ORDER: CmsArticleAction[] = ["submit", "approve", "approveScheduled", "publish", "schedule", "reject", "recall", "unschedule", "withdraw", "reopen"];
const PRIMARY = new Set<CmsArticleAction>(["submit", "approve", "publish"]);
const DANGER = new Set<CmsArticleAction>(["reject", "withdraw"]);
const HINTS: Partial<Record<CmsArticleAction, string>> = {
  submit: "送审后由审核人员审核，审核期间您不能修改。",
  recall: "撤回后文章回到草稿，可以继续修改。",
  reject: "请写明退回理由，作者将据此修改。",
  approve: "审核通过后立即发布到网站。",
  approveScheduled: "审核通过，到所选时间自动发布。",
  publish: "不经审核直接发布到网站。",
  schedule: "到所选时间自动发布。",
  unschedule: "取消定时发布，文章回到草稿。",
  withdraw: "撤稿后文章从网站撤下。",
  reopen: "文章回到草稿，可以修改后重新送审。",
};

export interface TransitionRequest {
  action: CmsArticleAction;
  comment: string;
  publishAt: string | null;
}

/**
 * 流程操作: one button per action the server says this user may fire now (`availableActions`, computed
 * from the shared state machine and the user's rights on the channel). Each asks for a comment, and the
 * scheduling ones for a time.
 */
export function WorkflowPanel({
  article,
  busy,
  dirty,
  onAction,
}: {
  article: CmsArticleDetailFragment;
  busy: boolean;
  dirty: boolean;
  onAction: (r: TransitionRequest) => Promise<boolean>;
}) {
  const [action, setAction] = useState<CmsArticleAction | null>(null);
  const [form] = Form.useForm<{ comment?: string; publishAt?: Dayjs }>();
  const actions = ORDER.filter((a) => article.availableActions.includes(a));
  const scheduling = !!action && CMS_SCHEDULING_ACTIONS.includes(action);

  const confirm = async () => {
    if (!action) return;
    let v: { comment?: string; publishAt?: Dayjs };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const ok = await onAction({ action, comment: v.comment?.trim() ?? "", publishAt: scheduling && v.publishAt ? v.publishAt.toISOString() : null });
    if (ok) setAction(null);
  };

  if (!actions.length) return <Typography.Text type="secondary">当前没有您可以执行的流程操作。</Typography.Text>;
  return (
    <>
      <Space wrap>
        {actions.map((a) => (
          <Button
            key={a}
            type={PRIMARY.has(a) ? "primary" : "default"}
            danger={DANGER.has(a)}
            disabled={busy}
            onClick={() => {
              form.resetFields();
              setAction(a);
            }}
          >
            {ACTION_LABELS[a]}
          </Button>
        ))}
      </Space>
      <Modal
        title={action ? `${ACTION_LABELS[action]}：${article.title}` : ""}
        open={!!action}
        okText="确定"
        cancelText="取消"
        confirmLoading={busy}
        onOk={confirm}
        onCancel={() => setAction(null)}
        forceRender
      >
        {action && HINTS[action] && <Typography.Paragraph type="secondary">{HINTS[action]}</Typography.Paragraph>}
        {dirty && article.canEditContent && <Alert type="info" showIcon title="您有未保存的修改，将先保存再执行此操作。" style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          {scheduling && (
            <Form.Item
              label="发布时间"
              name="publishAt"
              rules={[
                { required: true, message: "请选择发布时间" },
                { validator: async (_, v?: Dayjs) => { if (v && !v.isAfter(dayjs())) throw new Error("发布时间须晚于当前时间"); } },
              ]}
            >
              <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" placeholder="请选择发布时间" disabledDate={(d) => d.isBefore(dayjs(), "day")} />
            </Form.Item>
          )}
          <Form.Item
            label={action === "reject" ? "退回理由" : "意见"}
            name="comment"
            rules={action === "reject" ? [{ required: true, whitespace: true, message: "请填写退回理由" }] : []}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={action === "reject" ? "请写明需要修改的地方" : "可不填"} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
