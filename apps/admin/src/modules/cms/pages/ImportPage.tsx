import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Descriptions, Progress, Radio, Result, Space, Table, Tag, Typography, Upload } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { CMS_IMPORT_COLUMNS, CMS_IMPORT_MAX_BYTES } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { CmsImportJobFieldsFragment } from "../../../gql/graphql";
import { readFileAsBase64 } from "../../organisation/components/file-transfer";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { JOB_STATE_COLORS } from "../components/cms-labels";
import { CmsImportJobQuery, CmsImportJobsQuery, ImportCmsArticlesMutation } from "../graphql/checks.graphql";

const STATE_LABELS = { QUEUED: "排队中", RUNNING: "导入中", DONE: "已完成", FAILED: "失败" } as const;
type RowError = CmsImportJobFieldsFragment["errors"][number];
const COLUMN_HINTS: Partial<Record<(typeof CMS_IMPORT_COLUMNS)[number]["key"], string>> = {
  channel: "栏目目录名或目录路径",
  publishedAt: "如 2024-05-01 09:30",
  body: "HTML 正文",
  keywords: "以逗号或顿号分隔",
};
const live = (j: { state: string }) => j.state === "QUEUED" || j.state === "RUNNING";

/** The job just started: asked for every second until it ends, then its result and rejected rows. */
function JobResult({ job, onDone }: { job: CmsImportJobFieldsFragment; onDone: () => void }) {
  const navigate = useNavigate();
  const { data } = useQuery(CmsImportJobQuery, { variables: { id: job.id }, pollInterval: 1000, skip: !live(job), fetchPolicy: "network-only" });
  const j = data?.cmsImportJob ?? job;
  const ended = !live(j);
  useEffect(() => {
    if (ended) onDone();
  }, [ended, onDone]);
  const errors: ColumnsType<RowError> = [
    { title: "行号", dataIndex: "row", key: "row", width: 90, render: (r: number) => (j.format === "CSV" ? `第 ${r} 行` : `第 ${r} 条`) },
    { title: "未导入的原因", dataIndex: "message", key: "message" },
  ];
  return (
    <div style={{ marginTop: 16 }}>
      {!ended && (
        <div aria-label="导入进度">
          <Typography.Text>{j.state === "QUEUED" ? "已上传，等待导入程序处理…" : "正在导入…"}</Typography.Text>
          <Progress percent={Math.round(j.progress * 100)} status="active" format={() => `${j.done}/${j.total}`} style={{ maxWidth: 480 }} />
        </div>
      )}
      {j.state === "FAILED" && <Alert type="error" showIcon title={`导入中断：${j.error ?? "未知原因"}；已导入 ${j.imported} 篇`} />}
      {j.state === "DONE" && (
        <Result
          status={j.failed ? "warning" : "success"}
          title={`导入完成：成功 ${j.imported} 篇${j.failed ? `，${j.failed} 行未导入` : ""}`}
          subTitle={j.targetState === "DRAFT" ? "文章已作为草稿保存，可在内容管理中修改后送审。" : "文章已按原发布时间发布，网站将自动增量发布。"}
          extra={<Button type="primary" onClick={() => navigate("/cms/articles")}>查看文章</Button>}
        />
      )}
      {j.errors.length > 0 && (
        <Table<RowError> rowKey="row" size="small" columns={errors} dataSource={j.errors} pagination={{ pageSize: 10, hideOnSinglePage: true }} title={() => "未导入的行"} />
      )}
    </div>
  );
}

/** 历史文章导入: a CSV or JSON file of old articles, checked row by row, imported as a job with progress. */
export default function ImportPage() {
  const { message } = App.useApp();
  const [targetState, setTargetState] = useState<"PUBLISHED" | "DRAFT">("PUBLISHED");
  const [job, setJob] = useState<CmsImportJobFieldsFragment | null>(null);
  const [reading, setReading] = useState(false);
  const history = useQuery(CmsImportJobsQuery, { variables: { page: 1, pageSize: 10 }, fetchPolicy: "cache-and-network" });
  const [start] = useMutation(ImportCmsArticlesMutation);
  const { refetch } = history;

  const upload = async (file: File) => {
    const format = /\.csv$/i.test(file.name) ? "CSV" : /\.json$/i.test(file.name) ? "JSON" : null;
    if (!format) return message.error("请选择 CSV 或 JSON 文件");
    if (file.size > CMS_IMPORT_MAX_BYTES) return message.error(`文件过大（最大 ${CMS_IMPORT_MAX_BYTES / 1024 / 1024} MB）`);
    setReading(true);
    try {
      const fileBase64 = await readFileAsBase64(file, () => undefined);
      const r = await start({ variables: { input: { fileName: file.name, format, targetState, fileBase64 } } });
      setJob(r.data?.importCmsArticles ?? null);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setReading(false);
    }
  };

  const columns: ColumnsType<CmsImportJobFieldsFragment> = [
    { title: "文件", dataIndex: "fileName", key: "fileName", render: (f: string) => f || "—" },
    { title: "导入为", dataIndex: "targetState", key: "targetState", width: 90, render: (s: string) => (s === "DRAFT" ? "草稿" : "已发布") },
    { title: "状态", dataIndex: "state", key: "state", width: 90, render: (s: keyof typeof STATE_LABELS) => <Tag color={JOB_STATE_COLORS[s]}>{STATE_LABELS[s]}</Tag> },
    { title: "成功", dataIndex: "imported", key: "imported", width: 80 },
    { title: "未导入", dataIndex: "failed", key: "failed", width: 80 },
    { title: "时间", dataIndex: "createdAt", key: "createdAt", width: 150, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm") },
  ];

  return (
    <Card title="历史文章导入" extra={<CmsQuickLinks />}>
      <Typography.Paragraph type="secondary">
        上传 CSV（UTF-8 编码，第一行为列名）或 JSON（文章数组）文件，逐行校验后导入；有问题的行会列出行号和原因，其余行照常导入。正文按网站安全规则清理。详细格式见用户手册“网站管理”一章。
      </Typography.Paragraph>
      <Descriptions size="small" bordered column={4} style={{ marginBottom: 16 }} title="列名（CSV 表头与 JSON 字段名）">
        {CMS_IMPORT_COLUMNS.map((c) => (
          <Descriptions.Item key={c.key} label={c.header}>
            {c.required ? "必填" : "可选"}
            {COLUMN_HINTS[c.key] ? `，${COLUMN_HINTS[c.key]}` : ""}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Radio.Group value={targetState} onChange={(e) => setTargetState(e.target.value)} aria-label="导入后的状态">
          <Radio value="PUBLISHED">直接发布（保留原发布时间）</Radio>
          <Radio value="DRAFT">保存为草稿</Radio>
        </Radio.Group>
        <Upload.Dragger
          accept=".csv,.json"
          showUploadList={false}
          disabled={reading || (!!job && live(job))}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{reading ? "正在上传并校验…" : "点击或拖拽 CSV / JSON 文件到此处"}</p>
          <p className="ant-upload-hint">最大 {CMS_IMPORT_MAX_BYTES / 1024 / 1024} MB，一次最多 5000 篇</p>
        </Upload.Dragger>
      </Space>
      {job && <JobResult key={job.id} job={job} onDone={() => void refetch()} />}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        导入记录
      </Typography.Title>
      {history.error && <Alert type="error" showIcon title={errorMessage(history.error)} />}
      <Table<CmsImportJobFieldsFragment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={(history.data ?? history.previousData)?.cmsImportJobs.items ?? []}
        pagination={false}
        locale={{ emptyText: "暂无导入记录" }}
      />
    </Card>
  );
}
