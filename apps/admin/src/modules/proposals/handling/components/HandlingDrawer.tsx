import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Popconfirm, Skeleton, Space, Table, Tag, Timeline, Typography } from "antd";
import { FileWordOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { errorMessage } from "../../../../app/errors";
import { downloadBase64File } from "../../../organisation/components/file-transfer";
import { HandlingDocxMutation, HandlingProposalQuery, HandlingSignMutation } from "../graphql/handling.graphql";
import { AttachmentList } from "./AttachmentList";
import { assignmentStage, DaysLeftTag, REQUEST_STATUS_COLORS, REQUEST_STATUS_LABELS, SATISFACTION_COLORS, SATISFACTION_LABELS, STATE_COLORS } from "./labels";
import { ReplyModal } from "./ReplyModal";
import { RequestModal } from "./RequestModal";

const time = (v: string | null | undefined) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—");
const day = (v: string | null | undefined) => (v ? dayjs(v).format("YYYY-MM-DD") : "—");

/**
 * One proposal assigned to the unit: what the member asked, the unit's own assignment (deadline,
 * requests), the replies and the member's verdict, the timeline, and the actions open to the unit now.
 */
export function HandlingDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(HandlingProposalQuery, { variables: { id: id ?? "" }, skip: !id, fetchPolicy: "cache-and-network" });
  const [sign, signing] = useMutation(HandlingSignMutation);
  const [docx, exporting] = useMutation(HandlingDocxMutation);
  const [request, setRequest] = useState<"RETURN" | "EXTENSION" | null>(null);
  const [replying, setReplying] = useState(false);
  const p = data?.proposal;
  const a = p?.myAssignment ?? null;

  const done = async (text: string) => {
    message.success(text);
    setRequest(null);
    setReplying(false);
    await refetch();
    onChanged();
  };
  const doSign = async () => {
    if (!p) return;
    try {
      await sign({ variables: { input: { id: p.id, version: p.version } } });
      await done("已签收，请在办理期限内答复");
    } catch (e) {
      message.error(errorMessage(e));
      await refetch();
    }
  };

  const pending = (kind: string) => !!a?.requests.some((r) => r.kind === kind && r.status === "PENDING");
  const live = !!p && ["ASSIGNED", "HANDLING"].includes(p.state);
  const today = dayjs().format("YYYY-MM-DD");
  const canSign = !!a && !a.signedAt && live && !pending("RETURN");
  const canReturn = !!a && !a.signedAt && live && !pending("RETURN") && today <= a.returnUntil;
  const coReplied = !!p && !!a && p.replies.some((r) => r.unit.id === a.unit.id && r.round === p.round);
  const canReply = !!p && !!a && !!a.signedAt && (a.role === "LEAD" ? p.availableActions.includes("reply") : live && !coReplied);
  const canExtend = !!a && !!a.signedAt && live && !pending("EXTENSION") && !(a.role === "LEAD" ? !canReply : coReplied);

  const actions = p && (
    <Space wrap>
      {canSign && (
        <Popconfirm title="确认签收该提案？" description="签收后进入办理，请在办理期限内答复。" okText="签收" cancelText="取消" onConfirm={() => doSign()}>
          <Button type="primary" loading={signing.loading}>
            签收
          </Button>
        </Popconfirm>
      )}
      {canReply && (
        <Button type="primary" onClick={() => setReplying(true)}>
          {a!.role === "LEAD" ? "答复" : "提交协办意见"}
        </Button>
      )}
      {canReturn && <Button onClick={() => setRequest("RETURN")}>申请退回</Button>}
      {canExtend && <Button onClick={() => setRequest("EXTENSION")}>申请延期</Button>}
      <Button
        icon={<FileWordOutlined />}
        loading={exporting.loading}
        onClick={async () => {
          try {
            downloadBase64File((await docx({ variables: { id: p.id } })).data!.exportProposalDocx);
          } catch (e) {
            message.error(errorMessage(e));
          }
        }}
      >
        提案表（Word）
      </Button>
    </Space>
  );

  const stage = assignmentStage(a);
  const lastFeedback = p?.feedbacks[p.feedbacks.length - 1];

  return (
    <Drawer title={p ? `承办提案：${p.title}` : "承办提案"} open={!!id} onClose={onClose} size={920} extra={actions}>
      {error && !p && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} />}
      {!p && loading && <Skeleton active paragraph={{ rows: 12 }} />}
      {p && (
        <Space orientation="vertical" size={20} style={{ width: "100%" }}>
          {!a && <Alert type="info" showIcon title="本单位对该提案的交办已退回或已结束，以下内容仅供查阅。" />}
          {a?.requests
            .filter((r) => r.status === "PENDING")
            .map((r) => (
              <Alert key={r.id} type="warning" showIcon title={`已${r.kind === "RETURN" ? "申请退回" : `申请延期至 ${r.requestedDeadline}`}，等待提案委审核`} description={`理由：${r.reason}`} />
            ))}
          {a && !a.repliedAt && a.overdue && <Alert type="error" showIcon title={`已超过办理期限 ${-a.daysLeft} 天，请尽快答复`} />}
          {p.state === "REPLIED" && a?.role === "LEAD" && <Alert type="success" showIcon title="答复已送达提案人，等待提案人评价" />}
          {p.state === "DISSATISFIED" && <Alert type="warning" showIcon title="提案人对答复不满意，等待提案委审核；如需重新办理，提案委会再交本单位办理" />}
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: "state", label: "提案状态", children: <Tag color={STATE_COLORS[p.state] ?? "default"}>{p.stateLabel}</Tag> },
              { key: "case", label: "案号", children: p.caseNumber ?? "—" },
              { key: "submitter", label: "提案人", children: `${p.submitterName}${p.submitterType === "COLLECTIVE" ? "（集体）" : ""}${p.cosigners.filter((c) => c.status === "CONFIRMED").length ? `，联名 ${p.cosigners.filter((c) => c.status === "CONFIRMED").map((c) => c.memberName).join("、")}` : ""}` },
              { key: "session", label: "届次会议", children: `${p.session.name}${p.meeting ? ` ${p.meeting.name}` : ""}` },
              { key: "category", label: "分类", children: p.category?.name ?? "—" },
              { key: "key", label: "重点提案", children: p.isKey ? <Tag color="red">重点提案{p.keySupervisor ? `（督办：${p.keySupervisor}）` : ""}</Tag> : "否" },
              { key: "lead", label: "主办单位", children: p.leadUnit?.name ?? "—" },
              { key: "co", label: "协办单位", children: p.coUnits.map((u) => u.name).join("、") || "—" },
              ...(a
                ? [
                    { key: "mine", label: "本单位", children: <Space size={4}>{a.role === "LEAD" ? "主办" : "协办"}<Tag color={stage.color}>{stage.label}</Tag></Space> },
                    { key: "assigned", label: "交办日期", children: day(a.assignedAt) },
                    { key: "deadline", label: "办理期限", children: <Space size={4}>{a.deadline}{!a.repliedAt && <DaysLeftTag a={a} />}</Space> },
                    { key: "signed", label: "签收时间", children: time(a.signedAt) },
                    { key: "returnUntil", label: "可申请退回至", children: a.signedAt ? "已签收" : a.returnUntil },
                    { key: "replied", label: "答复时间", children: time(a.repliedAt) },
                  ]
                : []),
            ]}
          />
          <Card size="small" title="提案内容">
            {/* Sanitised by the server before it was stored. */}
            <div style={{ lineHeight: 1.8 }} dangerouslySetInnerHTML={{ __html: p.content }} />
            {p.reasons && (
              <>
                <Typography.Title level={5}>案由</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{p.reasons}</Typography.Paragraph>
              </>
            )}
            {p.suggestions && (
              <>
                <Typography.Title level={5}>办法建议</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{p.suggestions}</Typography.Paragraph>
              </>
            )}
            {p.attachments.length > 0 && (
              <>
                <Typography.Title level={5}>提案附件</Typography.Title>
                <AttachmentList items={p.attachments} />
              </>
            )}
          </Card>
          <Card size="small" title={`答复（${p.replies.length}）`}>
            {p.replies.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={a?.signedAt ? "尚未答复" : "签收后即可办理并答复"} />
            ) : (
              <Space orientation="vertical" size={16} style={{ width: "100%" }}>
                {p.replies.map((r) => (
                  <div key={r.id} style={{ borderLeft: `3px solid ${r.isLead ? "#c3242b" : "#d9d9d9"}`, paddingLeft: 12 }}>
                    <Space wrap size={6}>
                      <Typography.Text strong>{r.unit.name}</Typography.Text>
                      <Tag>{r.isLead ? "主办答复" : "协办意见"}</Tag>
                      {r.resultLabel && <Tag color="blue">{r.resultLabel}</Tag>}
                      {p.round > 1 && <Tag>第 {r.round} 轮</Tag>}
                      <Typography.Text type="secondary">
                        {r.repliedByName} · {time(r.createdAt)}
                      </Typography.Text>
                    </Space>
                    <div style={{ lineHeight: 1.8, marginTop: 6 }} dangerouslySetInnerHTML={{ __html: r.content }} />
                    <AttachmentList items={r.attachments} />
                  </div>
                ))}
              </Space>
            )}
          </Card>
          <Card size="small" title="提案人评价">
            {p.feedbacks.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={p.state === "REPLIED" ? "等待提案人评价" : "暂无评价"} />
            ) : (
              <Space orientation="vertical" style={{ width: "100%" }}>
                {p.feedbacks.map((f) => (
                  <div key={f.id}>
                    <Space wrap>
                      <Tag color={SATISFACTION_COLORS[f.satisfaction]} style={{ fontSize: 14, padding: "2px 10px" }}>
                        {SATISFACTION_LABELS[f.satisfaction]}
                      </Tag>
                      {p.feedbacks.length > 1 && <Typography.Text type="secondary">第 {f.round} 轮</Typography.Text>}
                      <Typography.Text type="secondary">{time(f.createdAt)}</Typography.Text>
                      {f.decision && <Tag>{f.decision === "CLOSED" ? "提案委：同意办结" : "提案委：重新办理"}</Tag>}
                    </Space>
                    {f.comment && <Typography.Paragraph style={{ margin: "6px 0 0" }}>意见：{f.comment}</Typography.Paragraph>}
                    {f.decisionComment && <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>审核意见：{f.decisionComment}</Typography.Paragraph>}
                  </div>
                ))}
                {lastFeedback?.satisfaction === "DISSATISFIED" && p.state === "HANDLING" && <Alert type="warning" showIcon title="提案委已决定重新办理，请再次答复" />}
              </Space>
            )}
          </Card>
          {a && a.requests.length > 0 && (
            <Card size="small" title="本单位的申请">
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={a.requests}
                columns={[
                  { title: "类型", key: "kind", width: 90, render: (_, r) => (r.kind === "RETURN" ? "申请退回" : "申请延期") },
                  { title: "理由", dataIndex: "reason", key: "reason" },
                  { title: "延期至", key: "to", width: 110, render: (_, r) => r.requestedDeadline ?? "—" },
                  { title: "申请时间", key: "at", width: 150, render: (_, r) => time(r.requestedAt) },
                  { title: "审核", key: "status", width: 160, render: (_, r) => <Space orientation="vertical" size={0}><Tag color={REQUEST_STATUS_COLORS[r.status]}>{REQUEST_STATUS_LABELS[r.status]}</Tag>{r.decisionComment && <Typography.Text type="secondary">{r.decisionComment}</Typography.Text>}</Space> },
                ]}
              />
            </Card>
          )}
          <Card size="small" title="办理进程">
            <Timeline
              items={p.events.map((e) => ({
                key: e.id,
                content: (
                  <>
                    <Typography.Text strong>{e.actionLabel}</Typography.Text>
                    <Typography.Text type="secondary">
                      {" "}
                      {e.actorName} · {time(e.createdAt)}
                    </Typography.Text>
                    {e.comment && <div>{e.comment}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        </Space>
      )}
      {p && a && (
        <>
          <RequestModal kind={request} assignment={a} onClose={() => setRequest(null)} onDone={(t) => void done(t)} />
          <ReplyModal open={replying} lead={a.role === "LEAD"} proposal={p} assignmentId={a.id} onClose={() => setReplying(false)} onDone={(t) => void done(t)} />
        </>
      )}
    </Drawer>
  );
}
