import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Select, Space, Spin, Table, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import type { OpinionDiffQuery as DiffResult } from "../../../gql/graphql";
import { OpinionDiffQuery, OpinionVersionsQuery } from "../graphql/opinions.graphql";
import { formatTime } from "./OpinionTags";

type Line = DiffResult["opinionDiff"]["lines"][number];

const LINE_STYLE: Record<Line["kind"], React.CSSProperties> = {
  SAME: {},
  ADDED: { background: "#f6ffed", color: "#237804" },
  REMOVED: { background: "#fff1f0", color: "#a8071a", textDecoration: "line-through" },
};
const SIGN: Record<Line["kind"], string> = { SAME: " ", ADDED: "+", REMOVED: "−" };

/** Line by line: added lines on green, removed ones struck through on red (text, never markup). */
function DiffView({ opinionId, fromNo, toNo }: { opinionId: string; fromNo: number; toNo: number }) {
  const { data, loading, error } = useQuery(OpinionDiffQuery, { variables: { id: opinionId, fromNo, toNo } });
  const d = data?.opinionDiff;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return (
    <Spin spinning={loading}>
      {d && (
        <Space orientation="vertical" style={{ width: "100%" }} data-testid="opinion-diff">
          <Typography.Text type="secondary">
            新增 {d.added} 行，删除 {d.removed} 行{d.titleChanged ? "；标题有修改" : "；标题未改"}
          </Typography.Text>
          {d.titleChanged && (
            <div>
              <div style={LINE_STYLE.REMOVED}>标题：{d.fromTitle}</div>
              <div style={LINE_STYLE.ADDED}>标题：{d.toTitle}</div>
            </div>
          )}
          <div style={{ border: "1px solid #f0f0f0", borderRadius: 6, maxHeight: 420, overflowY: "auto", fontSize: 13, lineHeight: 1.8 }}>
            {d.lines.map((l, i) => (
              <div key={i} style={{ ...LINE_STYLE[l.kind], display: "flex", gap: 8, padding: "0 8px", whiteSpace: "pre-wrap" }}>
                <span style={{ width: 14, flex: "none", textDecoration: "none" }}>{SIGN[l.kind]}</span>
                <span>{l.text || " "}</span>
              </div>
            ))}
          </div>
        </Space>
      )}
    </Spin>
  );
}

/** 版本与修改: 1 is the text as submitted, each later version one edit; compare any two. */
export function VersionsPanel({ opinionId, versionCount }: { opinionId: string; versionCount: number }) {
  const { data, loading, error, refetch } = useQuery(OpinionVersionsQuery, { variables: { id: opinionId }, fetchPolicy: "cache-and-network" });
  const rows = data?.opinionVersions ?? [];
  const latest = rows.reduce((m, r) => Math.max(m, r.no), versionCount);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const from = pair?.from ?? 1;
  const to = pair?.to ?? latest;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />;
  if (!loading && rows.length === 0) return <Empty description="暂无版本记录" />;
  const opts = rows.map((r) => ({ value: r.no, label: r.no === 1 ? "第 1 版（原稿）" : `第 ${r.no} 版` }));
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Table
        rowKey="no"
        size="small"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: "版本", dataIndex: "no", key: "no", width: 140, render: (n: number) => (n === 1 ? "第 1 版（原稿）" : `第 ${n} 版`) },
          { title: "标题", dataIndex: "title", key: "title", ellipsis: true },
          { title: "修改人", dataIndex: "editorName", key: "editor", width: 90 },
          { title: "说明", dataIndex: "note", key: "note", width: 150, render: (v: string | null) => v || "—" },
          { title: "时间", dataIndex: "createdAt", key: "at", width: 150, render: (v: string) => formatTime(v) },
        ]}
      />
      {rows.length < 2 ? (
        <Typography.Text type="secondary">只有报送原稿，尚无采编修改。</Typography.Text>
      ) : (
        <>
          <Space wrap>
            <Typography.Text strong>版本比较</Typography.Text>
            <Select aria-label="旧版本" value={from} options={opts} onChange={(v: number) => setPair({ from: v, to })} style={{ width: 150 }} />
            <span>→</span>
            <Select aria-label="新版本" value={to} options={opts} onChange={(v: number) => setPair({ from, to: v })} style={{ width: 150 }} />
          </Space>
          {from === to ? <Typography.Text type="secondary">请选择两个不同的版本</Typography.Text> : <DiffView opinionId={opinionId} fromNo={from} toNo={to} />}
        </>
      )}
    </Space>
  );
}
