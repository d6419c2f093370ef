import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Descriptions, Drawer, Empty, Popconfirm, Skeleton, Space, Tabs, Tag, Timeline, Typography } from "antd";
import { COSIGN_STATUS_LABELS } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { OpinionDetailFieldsFragment } from "../../../gql/graphql";
import { DeleteOpinionInstructionMutation, ForwardOpinionMutation, OpinionQuery } from "../graphql/opinions.graphql";
import { AddToIssueModal } from "./AddToIssueModal";
import { EditTextModal } from "./EditTextModal";
import { InstructionFormModal } from "./InstructionFormModal";
import { InstructionList } from "./InstructionList";
import { dash, formatTime, OpinionStateTag, OriginTag } from "./OpinionTags";
import { REVIEW_ACTION_UI, REVIEW_ACTIONS, ReviewActionModal, type ReviewAction } from "./ReviewActionModal";
import { OpinionAttachments } from "./OpinionAttachments";
import { UpwardPanel } from "./UpwardPanel";
import { VersionsPanel } from "./VersionsPanel";

type Detail = OpinionDetailFieldsFragment;

function ActionBar({ o, onReview, onEdit, onAddToIssue, onInstruct, onForward, forwarding }: {
  o: Detail;
  onReview: (a: ReviewAction) => void;
  onEdit: () => void;
  onAddToIssue: () => void;
  onInstruct: () => void;
  onForward: () => void;
  forwarding: boolean;
}) {
  const { viewer } = useViewer();
  const review = REVIEW_ACTIONS.filter((a) => o.availableActions.includes(a) && !(a === "returnToSubmitter" && o.origin === "FROM_COUNTY"));
  return (
    <Space wrap>
      {review.map((a) => (
        <Button key={a} type={REVIEW_ACTION_UI[a].primary ? "primary" : "default"} danger={REVIEW_ACTION_UI[a].danger} onClick={() => onReview(a)}>
          {REVIEW_ACTION_UI[a].button}
        </Button>
      ))}
      {o.canEdit && <Button onClick={onEdit}>采编修改</Button>}
      {o.availableActions.includes("addToIssue") && can(viewer, "journal:manage") && (
        <Button type="primary" onClick={onAddToIssue}>
          编入刊物
        </Button>
      )}
      {o.canInstruct && o.state === "PUBLISHED" && <Button onClick={onInstruct}>登记批示</Button>}
      {o.canForward && (
        <Popconfirm title="确定上报上级政协吗？" description="上报后进入上级政协的审核列表，其采用、刊发和批示情况将回传到本条信息。" okText="上报" cancelText="取消" onConfirm={onForward}>
          <Button loading={forwarding}>上报上级政协</Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** One 社情民意: the text, what the workflow allows the viewer now, versions and diff, instructions, history. */
export function OpinionDetailDrawer({ opinionId, onClose, onChanged }: { opinionId: string | null; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(OpinionQuery, { variables: { id: opinionId ?? "" }, skip: !opinionId, fetchPolicy: "cache-and-network" });
  const o = data?.opinion && data.opinion.id === opinionId ? data.opinion : undefined;
  const [review, setReview] = useState<ReviewAction | null>(null);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [instructing, setInstructing] = useState(false);
  const [tab, setTab] = useState("content");
  const [forward, { loading: forwarding }] = useMutation(ForwardOpinionMutation);
  const [deleteInstruction] = useMutation(DeleteOpinionInstructionMutation);

  const changed = () => {
    void refetch();
    onChanged();
  };

  const doForward = async () => {
    if (!o) return;
    try {
      await forward({ variables: { id: o.id } });
      message.success("已上报上级政协");
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const removeInstruction = async (id: string) => {
    try {
      await deleteInstruction({ variables: { id } });
      message.success("已删除批示反馈");
      changed();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      title="社情民意详情"
      open={!!opinionId}
      onClose={() => {
        setTab("content");
        onClose();
      }}
      size={860}
      destroyOnHidden
    >
      {error && !o && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />}
      {!o && loading && <Skeleton active paragraph={{ rows: 12 }} />}
      {o && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <div>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {o.title}
            </Typography.Title>
            <Space size={6} wrap>
              <OpinionStateTag state={o.state} />
              <OriginTag origin={o.origin} label={o.originLabel} tenant={o.sourceTenantName} />
              {o.instructed && <Tag color="red">已批示</Tag>}
              {o.forwarded && <Tag color="purple">已上报</Tag>}
            </Space>
          </div>
          <ActionBar o={o} onReview={setReview} onEdit={() => setEditing(true)} onAddToIssue={() => setAdding(true)} onInstruct={() => setInstructing(true)} onForward={doForward} forwarding={forwarding} />
          {o.state === "RETURNED" && o.returnReason && <Alert type="warning" showIcon title="退回理由" description={o.returnReason} />}
          {o.state === "DISCARDED" && <Alert type="info" showIcon title="已转弃（不采用）" description={o.discardReason || "未填写说明"} />}
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: "submitter", label: "报送者", children: o.submitterName },
              { key: "origin", label: "来源", children: o.sourceTenantName ? `${o.originLabel}（${o.sourceTenantName}）` : o.originLabel },
              {
                key: "cosigners",
                label: "联名",
                span: 2,
                children: o.cosigners.length ? o.cosigners.map((c) => `${c.memberName}（${COSIGN_STATUS_LABELS[c.status]}）`).join("、") : dash(null),
              },
              { key: "submittedAt", label: "报送时间", children: formatTime(o.submittedAt) },
              { key: "firstReviewedAt", label: "一审时间", children: formatTime(o.firstReviewedAt) },
              { key: "adoptedAt", label: "采用时间", children: formatTime(o.adoptedAt) },
              { key: "publishedAt", label: "刊发时间", children: formatTime(o.publishedAt) },
              { key: "issue", label: "刊物期次", span: 2, children: o.issue ? `《${o.issue.journalName}》${o.issue.label}${o.issueOrder ? ` 第 ${o.issueOrder} 篇` : ""}` : dash(null) },
            ]}
          />
          {o.upward && <UpwardPanel opinionId={o.id} upward={o.upward} />}
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: "content",
                label: "正文",
                children: (
                  <>
                    <div style={{ whiteSpace: "pre-wrap", lineHeight: 1.9, fontSize: 15 }} data-testid="opinion-content">{o.content}</div>
                    <OpinionAttachments files={o.attachments} />
                  </>
                ),
              },
              { key: "versions", label: `版本与修改（${o.versionCount}）`, children: <VersionsPanel key={`${o.id}-${o.versionCount}`} opinionId={o.id} versionCount={o.versionCount} /> },
              {
                key: "instructions",
                label: `批示反馈（${o.instructions.length}）`,
                children: o.instructions.length ? (
                  <InstructionList opinionId={o.id} items={o.instructions} onDelete={o.canInstruct ? (i) => void removeInstruction(i.id) : undefined} onChanged={changed} />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={o.state === "PUBLISHED" ? "暂无批示反馈" : "信息刊发后可登记批示反馈"} />
                ),
              },
              {
                key: "events",
                label: "流转记录",
                children: (
                  <Timeline
                    items={[...o.events].reverse().map((e) => ({
                      key: e.id,
                      content: (
                        <div>
                          <Space size={8} wrap>
                            <Typography.Text strong>{e.actionLabel}</Typography.Text>
                            <span>{e.actorName}</span>
                            <Typography.Text type="secondary">{formatTime(e.createdAt)}</Typography.Text>
                          </Space>
                          {e.comment && <div style={{ color: "rgba(0,0,0,0.65)", whiteSpace: "pre-wrap" }}>{e.comment}</div>}
                        </div>
                      ),
                    }))}
                  />
                ),
              },
            ]}
          />
          <ReviewActionModal opinion={o} action={review} onClose={() => setReview(null)} onDone={changed} />
          <EditTextModal opinion={o} open={editing} onClose={() => setEditing(false)} onDone={changed} />
          <AddToIssueModal opinion={o} open={adding} onClose={() => setAdding(false)} onDone={changed} />
          <InstructionFormModal opinionId={o.id} title={o.title} open={instructing} onClose={() => setInstructing(false)} onDone={changed} />
        </Space>
      )}
    </Drawer>
  );
}
