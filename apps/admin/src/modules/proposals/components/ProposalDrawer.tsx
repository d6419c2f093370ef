import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Badge, Button, Descriptions, Drawer, Dropdown, Popconfirm, Skeleton, Space, Tabs, Tag, Typography } from "antd";
import { FileWordOutlined, MoreOutlined } from "@ant-design/icons";
import { errorCode, errorMessage } from "../../../app/errors";
import { can as viewerCan, useViewer } from "../../../app/viewer";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { CloseDissatisfiedMutation, ExportProposalDocxMutation, MergeProposalMutation, PassFirstReviewMutation, PassSecondReviewMutation, ProposalDetailQuery } from "../graphql/proposals.graphql";
import { ActionModal, type ModalKind } from "./ActionModals";
import { ContentSection } from "./ContentSection";
import { HandlingSection, PendingRequests } from "./HandlingSection";
import { SimilarSection } from "./SimilarSection";
import { StateTag } from "./StateTag";
import { TimelineSection } from "./TimelineSection";
import { NOT_FILED_LABELS, time } from "./labels";

const KEY_STATES = ["FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"];

/** One proposal for the office: the summary, the text, the units' work, the timeline, 查重, and the actions its state allows. */
export function ProposalDrawer({ id, onClose, onChanged, onOpen }: { id: string | null; onClose: () => void; onChanged: () => void; onOpen?: (id: string) => void }) {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(ProposalDetailQuery, { variables: { id: id ?? "" }, skip: !id, fetchPolicy: "cache-and-network" });
  const p = data?.proposal && data.proposal.id === id ? data.proposal : undefined;
  const [modal, setModal] = useState<ModalKind | null>(null);
  const [tab, setTab] = useState("content");
  const [pass1, s1] = useMutation(PassFirstReviewMutation);
  const [pass2, s2] = useMutation(PassSecondReviewMutation);
  const [close, s3] = useMutation(CloseDissatisfiedMutation);
  const [docx, s4] = useMutation(ExportProposalDocxMutation);
  const [merge] = useMutation(MergeProposalMutation);

  const done = async (text: string) => {
    message.success(text);
    setModal(null);
    await refetch();
    onChanged();
  };
  /** A refused action says why in Chinese; a stale or wrong state reloads the proposal so the buttons match it again. */
  const fail = async (e: unknown) => {
    message.error(errorMessage(e));
    const code = errorCode(e);
    if (code === "CONFLICT" || code === "INVALID_TRANSITION" || code === "NOT_FOUND") {
      setModal(null);
      await refetch();
      onChanged();
    }
  };
  const run = async (fn: () => Promise<unknown>, text: string) => {
    try {
      await fn();
      await done(text);
    } catch (e) {
      await fail(e);
    }
  };
  const can = (a: string) => !!p?.availableActions.includes(a);
  const manage = viewerCan(viewer, "proposal:manage");
  const input = p ? { id: p.id, version: p.version } : { id: "", version: 0 };

  const actions = p && (
    <Space wrap>
      {can("passFirstReview") && (
        <Popconfirm title="确认一审通过？" description="通过后进入二审。" okText="通过" cancelText="取消" onConfirm={() => run(() => pass1({ variables: { input } }), "一审通过")}>
          <Button type="primary" loading={s1.loading}>一审通过</Button>
        </Popconfirm>
      )}
      {can("passSecondReview") && (
        <Popconfirm title="确认二审通过？" description="通过后可以立案。" okText="通过" cancelText="取消" onConfirm={() => run(() => pass2({ variables: { input } }), "二审通过")}>
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
      {manage && KEY_STATES.includes(p.state) && (
        <Dropdown menu={{ items: [{ key: "key", label: p.isKey ? "取消重点提案" : "设为重点提案" }], onClick: () => setModal("key") }}>
          <Button icon={<MoreOutlined />} aria-label="更多操作" />
        </Dropdown>
      )}
    </Space>
  );

  const units = p?.leadUnit ? `主办：${p.leadUnit.name}${p.coUnits.length ? `；协办：${p.coUnits.map((u) => u.name).join("、")}` : ""}（期限 ${p.deadline}）` : "—";
  const pendingCount = (p?.assignments ?? []).reduce((n, a) => n + a.requests.filter((r) => r.status === "PENDING").length, 0);
  return (
    <Drawer title={p ? `提案：${p.title}` : "提案详情"} open={!!id} onClose={onClose} size={960} extra={actions} destroyOnHidden>
      {error && !p && <Alert type="error" showIcon title={errorMessage(error)} />}
      {!p && loading && <Skeleton active paragraph={{ rows: 12 }} />}
      {p && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          {p.returnReason && p.state === "RETURNED" && <Alert type="warning" showIcon title={`已退回提案人修改。退回理由：${p.returnReason}`} />}
          {p.state === "NOT_FILED" && p.notFiledDestination !== "MERGED" && (
            <Alert type="info" showIcon title={`不予立案（${p.notFiledDestination ? NOT_FILED_LABELS[p.notFiledDestination] : ""}）：${p.notFiledReason ?? ""}`} />
          )}
          {p.mergedInto && (
            <Alert
              type="info"
              showIcon
              title={
                <span>
                  已并案：并入《{onOpen ? <a onClick={() => onOpen(p.mergedInto!.id)}>{p.mergedInto.title}</a> : p.mergedInto.title}》{p.mergedInto.caseNumber ? `（案号 ${p.mergedInto.caseNumber}）` : ""}，随该提案办理。
                </span>
              }
            />
          )}
          {p.overdue && <Alert type="error" showIcon title="有承办单位超过办理期限未答复" />}
          <PendingRequests proposal={p} canDecide={manage} onDone={done} onFail={fail} />
          <Descriptions
            bordered
            size="small"
            column={3}
            items={[
              { key: "state", label: "状态", children: <StateTag state={p.state} label={p.stateLabel} /> },
              { key: "case", label: "案号", children: p.caseNumber ?? <Typography.Text type="secondary">立案后生成</Typography.Text> },
              { key: "key", label: "重点提案", children: p.isKey ? <Tag color="red">重点（督办：{p.keySupervisor ?? ""}）</Tag> : "否" },
              { key: "submitter", label: "提案人", children: `${p.submitterName}${p.submitterType === "COLLECTIVE" ? "（集体）" : ""}${p.enteredByOffice ? "（补录）" : ""}` },
              { key: "session", label: "届次会议", children: `${p.session.name}${p.meeting ? ` ${p.meeting.name}` : ""}` },
              { key: "category", label: "分类", children: p.category?.name ?? "未分类" },
              { key: "submitted", label: "提交时间", children: time(p.submittedAt) },
              { key: "filed", label: "立案时间", children: time(p.filedAt) },
              { key: "round", label: "办理轮次", children: `第 ${p.round} 轮` },
              { key: "units", label: "承办单位", span: 3, children: units },
            ]}
          />
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: "content", label: "提案内容", children: <ContentSection proposal={p} /> },
              { key: "handling", label: <Badge count={pendingCount} size="small" offset={[8, 0]}>交办与答复</Badge>, children: <HandlingSection proposal={p} /> },
              { key: "timeline", label: `办理进程（${p.events.length}）`, children: <TimelineSection events={p.events} /> },
              {
                key: "similar",
                label: "查重",
                children: (
                  <SimilarSection
                    proposal={p}
                    onOpen={onOpen}
                    onMerge={(t) => run(() => merge({ variables: { input: { id: p.id, version: p.version, intoId: t.id } } }), `已并入《${t.title}》`)}
                  />
                ),
              },
            ]}
          />
        </Space>
      )}
      {p && (
        <ActionModal
          kind={modal}
          target={{ id: p.id, version: p.version, title: p.title, categoryId: p.category?.id ?? null, isKey: p.isKey, keySupervisor: p.keySupervisor ?? null, leadUnitId: p.leadUnit?.id ?? null }}
          onClose={() => setModal(null)}
          onDone={done}
          onStale={async () => {
            setModal(null);
            await refetch();
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}
