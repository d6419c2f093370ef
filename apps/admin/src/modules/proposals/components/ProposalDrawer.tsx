import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Descriptions, Drawer, Empty, Popconfirm, Skeleton, Space, Table, Tag, Timeline, Typography } from "antd";
import { FileWordOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import type { ProposalState } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import {
  CloseDissatisfiedMutation, DecideRequestMutation, ExportProposalDocxMutation, PassFirstReviewMutation, PassSecondReviewMutation, ProposalDetailQuery,
} from "../graphql/proposals.graphql";
import { ActionModal, type ModalKind } from "./ActionModals";
import { DESTINATION_LABELS, STATE_COLORS } from "./labels";

const time = (v: string | null | undefined) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—");

/** One proposal for the office: the text, who signed, the timeline, the units' work, and the actions its state allows. */
export function ProposalDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ProposalDetailQuery, { variables: { id: id ?? "" }, skip: !id, fetchPolicy: "cache-and-network" });
  const p = data?.proposal;
  const [modal, setModal] = useState<ModalKind | null>(null);
  const [pass1, s1] = useMutation(PassFirstReviewMutation);
  const [pass2, s2] = useMutation(PassSecondReviewMutation);
  const [close, s3] = useMutation(CloseDissatisfiedMutation);
  const [decide] = useMutation(DecideRequestMutation);
  const [docx, s4] = useMutation(ExportProposalDocxMutation);

  const done = async (text: string) => {
    message.success(text);
    setModal(null);
    await refetch();
    onChanged();
  };
  const run = async (fn: () => Promise<unknown>, text: string) => {
    try {
      await fn();
      await done(text);
    } catch (e) {
      message.error(errorMessage(e));
      await refetch();
    }
  };
  const can = (a: string) => !!p?.availableActions.includes(a);
  const input = p ? { id: p.id, version: p.version } : { id: "", version: 0 };
  const pending = (p?.assignments ?? []).flatMap((a) => a.requests.filter((r) => r.status === "PENDING").map((r) => ({ ...r, unit: a.unit.name })));

  const actions = p && (
    <Space wrap>
      {can("passFirstReview") && (
        <Popconfirm title="确认一审通过？" okText="通过" cancelText="取消" onConfirm={() => run(() => pass1({ variables: { input } }), "一审通过")}>
          <Button type="primary" loading={s1.loading}>一审通过</Button>
        </Popconfirm>
      )}
      {can("passSecondReview") && (
        <Popconfirm title="确认二审通过？" okText="通过" cancelText="取消" onConfirm={() => run(() => pass2({ variables: { input } }), "二审通过")}>
          <Button type="primary" loading={s2.loading}>二审通过</Button>
        </Popconfirm>
      )}
      {can("file") && <Button type="primary" onClick={() => setModal("file")}>立案</Button>}
      {can("assign") && <Button type="primary" onClick={() => setModal("assign")}>交办</Button>}
      {can("returnToSubmitter") && <Button onClick={() => setModal("return")}>退回修改</Button>}
      {can("decline") && <Button danger onClick={() => setModal("decline")}>不予立案</Button>}
      {can("rehandle") && <Button type="primary" onClick={() => setModal("rehandle")}>重新办理</Button>}
      {can("closeDissatisfied") && (
        <Popconfirm title="提案人不满意，确认按现有答复办结？" okText="办结" cancelText="取消" onConfirm={() => run(() => close({ variables: { input } }), "已办结")}>
          <Button loading={s3.loading}>办结</Button>
        </Popconfirm>
      )}
      <Button
        icon={<FileWordOutlined />}
        loading={s4.loading}
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

  return (
    <Drawer title={p ? `提案：${p.title}` : "提案详情"} open={!!id} onClose={onClose} size={900} extra={actions}>
      {error && !p && <Alert type="error" showIcon title={errorMessage(error)} />}
      {!p && loading && <Skeleton active paragraph={{ rows: 12 }} />}
      {p && (
        <Space orientation="vertical" size={20} style={{ width: "100%" }}>
          {p.returnReason && p.state === "RETURNED" && <Alert type="warning" showIcon title={`退回理由：${p.returnReason}`} />}
          {p.state === "NOT_FILED" && <Alert type="info" showIcon title={`不予立案（${p.notFiledDestination ? DESTINATION_LABELS[p.notFiledDestination] : ""}）：${p.notFiledReason ?? ""}`} />}
          {pending.map((r) => (
            <Alert
              key={r.id}
              type="warning"
              showIcon
              title={`${r.unit}申请${r.kind === "RETURN" ? "退回" : `延期至 ${r.requestedDeadline}`}：${r.reason}`}
              action={
                <Space>
                  <Button size="small" type="primary" onClick={() => run(() => decide({ variables: { input: { requestId: r.id, approve: true } } }), "已同意申请")}>
                    同意
                  </Button>
                  <Button size="small" onClick={() => run(() => decide({ variables: { input: { requestId: r.id, approve: false } } }), "已不同意申请")}>
                    不同意
                  </Button>
                </Space>
              }
            />
          ))}
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: "state", label: "状态", children: <Tag color={STATE_COLORS[p.state as ProposalState]}>{p.stateLabel}</Tag> },
              { key: "case", label: "案号", children: p.caseNumber ?? "—" },
              { key: "submitter", label: "提案人", children: `${p.submitterName}${p.submitterType === "COLLECTIVE" ? "（集体）" : ""}` },
              { key: "session", label: "届次会议", children: `${p.session.name}${p.meeting ? ` ${p.meeting.name}` : ""}` },
              { key: "category", label: "分类", children: p.category?.name ?? "—" },
              { key: "key", label: "重点提案", children: p.isKey ? `是（督办：${p.keySupervisor ?? ""}）` : "否" },
              { key: "cosigners", label: "联名", span: 2, children: p.cosigners.filter((c) => c.status === "CONFIRMED").map((c) => c.memberName).join("、") || "无" },
              { key: "units", label: "承办单位", span: 2, children: p.leadUnit ? `主办：${p.leadUnit.name}${p.coUnits.length ? `；协办：${p.coUnits.map((u) => u.name).join("、")}` : ""}（期限 ${p.deadline}）` : "—" },
            ]}
          />
          <div>
            <Typography.Title level={5}>提案内容</Typography.Title>
            {/* Sanitised on the server (allow-list) before it was stored. */}
            <div className="proposal-content" style={{ lineHeight: 1.8 }} dangerouslySetInnerHTML={{ __html: p.content }} />
            {p.reasons && (
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
                <Typography.Text strong>案由：</Typography.Text>
                {p.reasons}
              </Typography.Paragraph>
            )}
            {p.suggestions && (
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
                <Typography.Text strong>办法建议：</Typography.Text>
                {p.suggestions}
              </Typography.Paragraph>
            )}
          </div>
          {p.assignments.length > 0 && (
            <div>
              <Typography.Title level={5}>交办与办理</Typography.Title>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={p.assignments}
                columns={[
                  { title: "单位", key: "unit", render: (_, a) => a.unit.name },
                  { title: "角色", key: "role", render: (_, a) => (a.role === "LEAD" ? "主办" : "协办") },
                  { title: "状态", key: "status", render: (_, a) => (a.status === "ACTIVE" ? (a.repliedAt ? "已答复" : a.signedAt ? "已签收" : "待签收") : "已退回") },
                  { title: "期限", key: "deadline", render: (_, a) => <span style={{ color: a.daysLeft < 0 && !a.repliedAt ? "#cf1322" : undefined }}>{a.deadline}{a.daysLeft < 0 && !a.repliedAt ? `（超期 ${-a.daysLeft} 天）` : ""}</span> },
                ]}
              />
            </div>
          )}
          {p.replies.map((r) => (
            <div key={r.id}>
              <Typography.Title level={5}>
                {r.unit.name}答复（第 {r.round} 轮{r.resultLabel ? `，${r.resultLabel}` : ""}）
              </Typography.Title>
              <div style={{ lineHeight: 1.8 }} dangerouslySetInnerHTML={{ __html: r.content }} />
            </div>
          ))}
          {p.feedbacks.length > 0 && (
            <Descriptions size="small" column={1} title="提案人评价" items={p.feedbacks.map((f) => ({ key: String(f.round), label: `第 ${f.round} 轮`, children: `${f.satisfaction === "SATISFIED" ? "满意" : f.satisfaction === "BASICALLY_SATISFIED" ? "基本满意" : "不满意"}${f.comment ? `：${f.comment}` : ""}` }))} />
          )}
          <div>
            <Typography.Title level={5}>办理进程</Typography.Title>
            {p.events.length ? (
              <Timeline items={p.events.map((e) => ({ key: e.id, content: <Space orientation="vertical" size={0}><span>{e.actionLabel}　<Typography.Text type="secondary">{e.actorName}　{time(e.createdAt)}</Typography.Text></span>{e.comment && <Typography.Text type="secondary">{e.comment}</Typography.Text>}</Space> }))} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
            )}
          </div>
        </Space>
      )}
      {p && <ActionModal kind={modal} target={{ id: p.id, version: p.version, title: p.title, categoryId: p.category?.id ?? null }} onClose={() => setModal(null)} onDone={done} />}
    </Drawer>
  );
}
