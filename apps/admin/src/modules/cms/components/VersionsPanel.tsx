import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Modal, Popconfirm, Select, Space, Spin, Table, Typography } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { CmsArticleDiffQuery, CmsArticleVersionsQuery } from "../graphql/articles.graphql";

type Part = { kind: string; text: string };

const PART_STYLE: Record<string, React.CSSProperties> = {
  ADDED: { background: "#d9f7be", textDecoration: "none" },
  REMOVED: { background: "#ffd8d6", textDecoration: "line-through" },
};

/** A diff as text: additions on green, removals struck through on red (plain text, never markup). */
function DiffText({ parts, block }: { parts: Part[]; block?: boolean }) {
  return (
    <div style={{ whiteSpace: block ? "pre-wrap" : "normal", lineHeight: 1.8, border: "1px solid #f0f0f0", borderRadius: 6, padding: "8px 12px", maxHeight: 420, overflowY: "auto" }}>
      {parts.map((p, i) =>
        p.kind === "ADDED" ? (
          <ins key={i} style={PART_STYLE.ADDED}>{p.text}</ins>
        ) : p.kind === "REMOVED" ? (
          <del key={i} style={PART_STYLE.REMOVED}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}

function DiffModal({ articleId, from, to, versions, onClose, onPick }: { articleId: string; from: number; to: number; versions: number[]; onClose: () => void; onPick: (from: number, to: number) => void }) {
  const { data, loading, error } = useQuery(CmsArticleDiffQuery, { variables: { articleId, fromVersion: from, toVersion: to } });
  const d = data?.cmsArticleDiff;
  const opts = versions.map((v) => ({ value: v, label: `第 ${v} 版` }));
  const unchanged = (parts: Part[]) => parts.every((p) => p.kind === "SAME");
  return (
    <Modal title="版本比较" open onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={820}>
      <Space style={{ marginBottom: 12 }}>
        <Select aria-label="旧版本" value={from} options={opts} onChange={(v: number) => onPick(v, to)} style={{ width: 110 }} />
        <span>→</span>
        <Select aria-label="新版本" value={to} options={opts} onChange={(v: number) => onPick(from, v)} style={{ width: 110 }} />
        <Typography.Text type="secondary">
          <ins style={PART_STYLE.ADDED}>新增</ins>　<del style={PART_STYLE.REMOVED}>删除</del>
        </Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Spin spinning={loading}>
        {d && (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Typography.Text strong>标题{unchanged(d.title) && "（无变化）"}</Typography.Text>
            <DiffText parts={d.title} />
            <Typography.Text strong>正文{unchanged(d.body) && "（无变化）"}</Typography.Text>
            <DiffText parts={d.body} block />
          </Space>
        )}
      </Spin>
    </Modal>
  );
}

/** 版本记录: every save is a version; compare any two, or restore one (saved as a new version). */
export function VersionsPanel({ articleId, canRestore, busy, onRestore }: { articleId: string; canRestore: boolean; busy: boolean; onRestore: (version: number) => void }) {
  const { data, loading, error, refetch } = useQuery(CmsArticleVersionsQuery, { variables: { articleId }, fetchPolicy: "cache-and-network" });
  const [diff, setDiff] = useState<{ from: number; to: number } | null>(null);
  const rows = data?.cmsArticleVersions ?? [];
  const numbers = rows.map((r) => r.version);
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />;
  if (!loading && rows.length === 0) return <Empty description="暂无版本记录" />;
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        columns={[
          { title: "版本", dataIndex: "version", key: "version", width: 70, render: (v: number) => `第 ${v} 版` },
          { title: "标题", dataIndex: "title", key: "title", ellipsis: true },
          { title: "说明", dataIndex: "note", key: "note", width: 140, render: (v: string) => v || "—" },
          { title: "保存人", dataIndex: "createdByName", key: "by", width: 90, render: (v: string | null) => v ?? "—" },
          { title: "时间", dataIndex: "createdAt", key: "at", width: 130, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm") },
          {
            title: "操作",
            key: "ops",
            width: 150,
            render: (_, r, i) => (
              <Space size={0}>
                <Button type="link" size="small" disabled={rows.length < 2} onClick={() => setDiff(i < rows.length - 1 ? { from: rows[i + 1]!.version, to: r.version } : { from: r.version, to: rows[0]!.version })}>
                  比较
                </Button>
                {canRestore && i > 0 && (
                  <Popconfirm title={`恢复到第 ${r.version} 版？`} description="当前内容会保留在版本记录中，恢复的内容作为新版本保存。" okText="恢复" cancelText="取消" onConfirm={() => onRestore(r.version)}>
                    <Button type="link" size="small" disabled={busy}>
                      恢复
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {diff && <DiffModal articleId={articleId} from={diff.from} to={diff.to} versions={numbers} onClose={() => setDiff(null)} onPick={(from, to) => setDiff({ from, to })} />}
    </>
  );
}
