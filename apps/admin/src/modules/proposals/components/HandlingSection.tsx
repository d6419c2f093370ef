import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Modal, Space, Table, Tag, Typography } from "antd";
import {
  PROPOSAL_ASSIGNMENT_ROLE_LABELS, PROPOSAL_FEEDBACK_DECISION_LABELS, PROPOSAL_REQUEST_KIND_LABELS, PROPOSAL_REQUEST_STATUS_LABELS, PROPOSAL_SATISFACTION_LABELS,
} from "@zhzx/shared";
import type { AdminProposalQuery } from "../../../gql/graphql";
import { DecideRequestMutation } from "../graphql/proposals.graphql";
import { AttachmentLinks } from "./AttachmentLinks";
import { DaysLeft } from "./StateTag";
import { SATISFACTION_COLORS, day, time } from "./labels";

type Detail = AdminProposalQuery["proposal"];
type Assignment = Detail["assignments"][number];
type Request = Assignment["requests"][number];

const stage = (a: Assignment) => (a.status === "RETURNED" ? <Tag>已退回</Tag> : a.repliedAt ? <Tag color="green">已答复</Tag> : a.signedAt ? <Tag color="processing">已签收</Tag> : <Tag color="gold">待签收</Tag>);
const REQUEST_COLORS = { PENDING: "gold", APPROVED: "green", REJECTED: "default" } as const;

/** The units' side: each assignment with its deadline and requests, the replies by round, and the member's verdicts. */
export function HandlingSection({ proposal: p }: { proposal: Detail }) {
  if (!p.assignments.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未交办承办单位" />;
  const requests = p.assignments.flatMap((a) => a.requests.map((r) => ({ ...r, unitName: a.unit.name })));
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p.assignments}
        onRow={(a) => ({ style: a.overdue ? { background: "#fff1f0" } : undefined })}
        columns={[
          { title: "承办单位", key: "unit", render: (_, a) => a.unit.name },
          { title: "类型", key: "role", width: 70, render: (_, a) => PROPOSAL_ASSIGNMENT_ROLE_LABELS[a.role] },
          { title: "状态", key: "status", width: 90, render: (_, a) => stage(a) },
          { title: "交办日期", key: "assignedAt", width: 110, render: (_, a) => day(a.assignedAt) },
          { title: "签收", key: "signedAt", width: 110, render: (_, a) => day(a.signedAt) },
          { title: "办理期限", key: "deadline", width: 110, render: (_, a) => a.deadline },
          { title: "剩余", key: "left", width: 110, render: (_, a) => (a.status === "ACTIVE" ? <DaysLeft daysLeft={a.daysLeft} replied={!!a.repliedAt} /> : "—") },
        ]}
      />
      {requests.length > 0 && (
        <div>
          <Typography.Title level={5}>退回与延期申请</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={requests}
            columns={[
              { title: "单位", dataIndex: "unitName", key: "unit" },
              { title: "申请", key: "kind", width: 150, render: (_, r) => `${PROPOSAL_REQUEST_KIND_LABELS[r.kind]}${r.requestedDeadline ? `（至 ${r.requestedDeadline}）` : ""}` },
              { title: "理由", dataIndex: "reason", key: "reason" },
              { title: "申请时间", key: "at", width: 140, render: (_, r) => time(r.requestedAt) },
              { title: "结果", key: "status", width: 150, render: (_, r) => <Space orientation="vertical" size={0}><Tag color={REQUEST_COLORS[r.status]}>{PROPOSAL_REQUEST_STATUS_LABELS[r.status]}</Tag>{r.decisionComment && <Typography.Text type="secondary">{r.decisionComment}</Typography.Text>}</Space> },
            ]}
          />
        </div>
      )}
      {p.replies.length > 0 && <Typography.Title level={5}>答复</Typography.Title>}
      {p.replies.map((r) => (
        <Card
          key={r.id}
          size="small"
          title={`${r.unit.name}${r.isLead ? "（主办）" : "（协办意见）"}　第 ${r.round} 轮`}
          extra={<Space>{r.resultLabel && <Tag color={r.result === "A" ? "green" : r.result === "B" ? "blue" : "orange"}>{r.resultLabel}</Tag>}<Typography.Text type="secondary">{r.repliedByName}　{time(r.createdAt)}</Typography.Text></Space>}
        >
          <div style={{ lineHeight: 1.8 }} dangerouslySetInnerHTML={{ __html: r.content }} />
          <AttachmentLinks files={r.attachments} empty="" />
        </Card>
      ))}
      {p.feedbacks.length > 0 && (
        <Descriptions
          size="small"
          bordered
          column={1}
          title="提案人评价"
          items={p.feedbacks.map((f) => ({
            key: f.id,
            label: `第 ${f.round} 轮`,
            children: (
              <Space orientation="vertical" size={2}>
                <Space>
                  <Tag color={SATISFACTION_COLORS[f.satisfaction]}>{PROPOSAL_SATISFACTION_LABELS[f.satisfaction]}</Tag>
                  <Typography.Text type="secondary">{time(f.createdAt)}</Typography.Text>
                </Space>
                {f.comment && <span>{f.comment}</span>}
                {f.decision && <Typography.Text type="secondary">提案委审核：{PROPOSAL_FEEDBACK_DECISION_LABELS[f.decision]}（{time(f.decidedAt)}）{f.decisionComment ? `，${f.decisionComment}` : ""}</Typography.Text>}
              </Space>
            ),
          }))}
        />
      )}
    </Space>
  );
}

/** The units' pending 退回/延期 requests, on top of the drawer: the office agrees or refuses, with a comment the unit sees. */
export function PendingRequests({ proposal: p, canDecide, onDone, onFail }: { proposal: Detail; canDecide: boolean; onDone: (text: string) => Promise<void>; onFail: (e: unknown) => Promise<void> }) {
  const pending = p.assignments.flatMap((a) => a.requests.filter((r) => r.status === "PENDING").map((r) => ({ ...r, unit: a.unit.name, role: a.role })));
  const [deciding, setDeciding] = useState<{ request: Request & { unit: string; role: Assignment["role"] }; approve: boolean } | null>(null);
  const [decide, { loading }] = useMutation(DecideRequestMutation);
  const [form] = Form.useForm<{ comment?: string }>();
  if (!pending.length) return null;
  const consequence = (r: Request & { role: Assignment["role"] }, approve: boolean) =>
    !approve ? "驳回后单位继续办理，原期限不变。" : r.kind === "EXTENSION" ? `同意后办理期限改为 ${r.requestedDeadline}。` : r.role === "LEAD" ? "同意后提案回到“待交办”，需要重新交办主办单位。" : "同意后该协办单位不再参与办理。";
  return (
    <>
      {pending.map((r) => (
        <Alert
          key={r.id}
          type="warning"
          showIcon
          title={`${r.unit}（${PROPOSAL_ASSIGNMENT_ROLE_LABELS[r.role]}）${r.kind === "RETURN" ? "申请退回" : `申请延期至 ${r.requestedDeadline}`}：${r.reason}`}
          action={
            canDecide && (
              <Space>
                <Button size="small" type="primary" onClick={() => setDeciding({ request: r, approve: true })}>
                  同意
                </Button>
                <Button size="small" onClick={() => setDeciding({ request: r, approve: false })}>
                  驳回
                </Button>
              </Space>
            )
          }
        />
      ))}
      <Modal
        open={!!deciding}
        title={deciding ? `${deciding.approve ? "同意" : "驳回"}${PROPOSAL_REQUEST_KIND_LABELS[deciding.request.kind]}：${deciding.request.unit}` : ""}
        okText={deciding?.approve ? "同意" : "驳回"}
        okButtonProps={{ loading, danger: deciding ? !deciding.approve : false }}
        cancelText="取消"
        destroyOnHidden
        onCancel={() => setDeciding(null)}
        onOk={async () => {
          if (!deciding) return;
          const { comment } = form.getFieldsValue();
          try {
            await decide({ variables: { input: { requestId: deciding.request.id, approve: deciding.approve, comment: comment?.trim() || null } } });
            setDeciding(null);
            await onDone(deciding.approve ? "已同意申请" : "已驳回申请");
          } catch (e) {
            setDeciding(null);
            await onFail(e);
          }
        }}
      >
        {deciding && <Typography.Paragraph>{consequence(deciding.request, deciding.approve)}</Typography.Paragraph>}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item label="审核意见" name="comment">
            <Input.TextArea rows={3} maxLength={500} placeholder="可不填；填写后承办单位可以看到" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
