import { useState } from "react";
import { Link, useParams } from "react-router";
import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined, PlusOutlined, PrinterOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Popconfirm, Result, Skeleton, Space, Table, Tooltip, Typography } from "antd";
import { errorCode, errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { JournalIssueDetailFieldsFragment } from "../../../gql/graphql";
import { AddOpinionsModal } from "../components/AddOpinionsModal";
import { downloadIssueDocx } from "../components/export-issue";
import { IssueFormModal, type IssueFormTarget } from "../components/IssueFormModal";
import { IssuePrintModal } from "../components/IssuePrintModal";
import { OpinionDetailDrawer } from "../components/OpinionDetailDrawer";
import { dash, formatTime, InstructedMark, JournalIssueStatusTag, OriginTag } from "../components/OpinionTags";
import { JournalIssueQuery, PublishJournalIssueMutation, RemoveOpinionFromIssueMutation, ReorderJournalIssueMutation } from "../graphql/journals.graphql";

type Item = JournalIssueDetailFieldsFragment["items"][number];

/** 期刊编排: one issue — its header, its items in the editor's order, add/remove/reorder, publish, Word, print. */
export default function JournalIssuePage() {
  const { id = "" } = useParams();
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(JournalIssueQuery, { variables: { id }, fetchPolicy: "cache-and-network" });
  const issue = data?.journalIssue;
  const [reorder, { loading: reordering }] = useMutation(ReorderJournalIssueMutation);
  const [removeItem] = useMutation(RemoveOpinionFromIssueMutation);
  const [publish, { loading: publishing }] = useMutation(PublishJournalIssueMutation);
  const [adding, setAdding] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [formTarget, setFormTarget] = useState<IssueFormTarget | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  if (error && !issue) {
    if (errorCode(error) === "NOT_FOUND") return <Result status="404" title="期刊不存在" extra={<Link to="/opinions/journals">返回刊物管理</Link>} />;
    return <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />;
  }
  if (!issue) return <Card loading={loading}><Skeleton active /></Card>;

  const editable = issue.status === "DRAFT" && can(viewer, "journal:manage");
  const items = [...issue.items].sort((a, b) => (a.issueOrder ?? 0) - (b.issueOrder ?? 0));

  const move = async (index: number, delta: number) => {
    const ids = items.map((i) => i.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + delta, 0, moved!);
    try {
      await reorder({ variables: { issueId: issue.id, version: issue.version, opinionIds: ids } });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const remove = async (it: Item) => {
    try {
      await removeItem({ variables: { issueId: issue.id, opinion: { id: it.id, version: it.version } } });
      message.success(`已移出《${it.title}》，回到已采用待编辑`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const doPublish = async () => {
    try {
      await publish({ variables: { id: issue.id, version: issue.version } });
      message.success(`《${issue.journalName}》${issue.label}已刊发`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const exportWord = async () => {
    setExporting(true);
    try {
      const name = await downloadIssueDocx(client, issue.id);
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/opinions/journals">刊物管理</Link> }, { title: `《${issue.journalName}》${issue.label}` }]} />
      <Card
        title={
          <Space>
            <span>
              《{issue.journalName}》{issue.label}
            </span>
            <JournalIssueStatusTag status={issue.status} />
          </Space>
        }
        extra={
          <Space wrap>
            {editable && <Button onClick={() => setFormTarget({ mode: "edit", issue })}>修改版头</Button>}
            <Button icon={<PrinterOutlined />} disabled={!items.length} onClick={() => setPrinting(true)}>
              打印预览
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting} disabled={!items.length} onClick={exportWord}>
              导出 Word
            </Button>
            {editable && (
              <Popconfirm
                title={`确定刊发《${issue.journalName}》${issue.label}吗？`}
                description={`本期 ${items.length} 篇信息将一并刊发，报送者会收到通知；刊发后不能再调整。`}
                okText="刊发"
                cancelText="取消"
                disabled={!items.length}
                onConfirm={doPublish}
              >
                <Tooltip title={items.length ? undefined : "本期还没有信息"}>
                  <Button type="primary" loading={publishing} disabled={!items.length}>
                    刊发
                  </Button>
                </Tooltip>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: "title", label: "本期标题", children: dash(issue.title) },
            { key: "publisher", label: "编印单位", children: issue.publisherName },
            { key: "date", label: "刊发日期", children: dash(issue.issueDate) },
            { key: "editor", label: "责任编辑", children: dash(issue.editorName) },
            { key: "signer", label: "签发人", children: dash(issue.signerName) },
            { key: "publishedAt", label: "刊发时间", children: formatTime(issue.publishedAt) },
            { key: "report", label: "报", span: 3, children: dash(issue.reportTo) },
            { key: "send", label: "送", span: 3, children: dash(issue.sendTo) },
            { key: "dist", label: "发", span: 3, children: dash(issue.distributeTo) },
          ]}
        />
      </Card>
      <Card
        title={`本期信息（${items.length} 篇）`}
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              添加信息
            </Button>
          )
        }
      >
        <Table<Item>
          rowKey="id"
          size="middle"
          dataSource={items}
          pagination={false}
          loading={reordering}
          locale={{ emptyText: editable ? "本期还没有信息，点击“添加信息”从已采用的信息中选择" : "本期没有信息" }}
          columns={[
            { title: "序号", key: "order", width: 70, render: (_, __, i) => i + 1 },
            {
              title: "标题",
              key: "title",
              render: (_, it) => (
                <Space size={6} wrap>
                  <Typography.Link onClick={() => setOpenId(it.id)}>{it.title}</Typography.Link>
                  <OriginTag origin={it.origin} label={it.originLabel} tenant={it.sourceTenantName} />
                  {it.instructed && <InstructedMark opinionId={it.id} />}
                </Space>
              ),
            },
            { title: "报送者", dataIndex: "submitterName", key: "submitter", width: 180 },
            ...(editable
              ? [
                  {
                    title: "操作",
                    key: "ops",
                    width: 170,
                    render: (_: unknown, it: Item, i: number) => (
                      <Space size={0}>
                        <Button type="link" size="small" icon={<ArrowUpOutlined />} disabled={i === 0 || reordering} onClick={() => move(i, -1)} aria-label={`上移${it.title}`} />
                        <Button type="link" size="small" icon={<ArrowDownOutlined />} disabled={i === items.length - 1 || reordering} onClick={() => move(i, 1)} aria-label={`下移${it.title}`} />
                        <Popconfirm title="确定移出本期吗？" description="移出后回到“已采用待编辑”。" okText="移出" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(it)}>
                          <Button type="link" size="small" danger>
                            移出
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <AddOpinionsModal issue={issue} open={adding} onClose={() => setAdding(false)} />
      <IssuePrintModal issue={issue} open={printing} onClose={() => setPrinting(false)} />
      <IssueFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={() => undefined} />
      <OpinionDetailDrawer opinionId={openId} onClose={() => setOpenId(null)} onChanged={() => void refetch()} />
    </Space>
  );
}
