import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Card, Descriptions, Drawer, Select, Skeleton, Space, Table, Tag, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import type { AdminPerformanceScoresQuery } from "../../../gql/graphql";
import { PerformanceScoresQuery, PerformanceSessionsQuery, ScoreExplanationQuery } from "../graphql/performance.graphql";

type Row = AdminPerformanceScoresQuery["performanceScores"]["items"][number];
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** One member's score, line by line: each counted act, its rule and its points; caps shown as such. */
function Explanation({ member, sessionId, onClose }: { member: Row["member"] | null; sessionId: string | undefined; onClose: () => void }) {
  const { data, loading, error } = useQuery(ScoreExplanationQuery, {
    variables: { memberId: member?.id ?? "", period: { assessmentType: "SESSION", sessionId } },
    skip: !member || !sessionId,
  });
  const e = data?.performanceScoreExplanation;
  return (
    <Drawer title={member ? `得分说明：${member.name}` : ""} open={!!member} onClose={onClose} size={760}>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {loading && !e && <Skeleton active />}
      {e && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Descriptions
            bordered
            size="small"
            column={3}
            items={[
              { key: "total", label: "得分", children: `${fmt(e.total)} 分` },
              { key: "rank", label: "排名", children: e.rank ? `${e.rank} / ${e.rankOf}` : "—" },
              { key: "cap", label: "超上限未计", children: e.cappedPoints ? `${fmt(e.cappedPoints)} 分` : "无" },
            ]}
          />
          <Table
            size="small"
            rowKey={(x) => `${x.year}-${x.kind}`}
            pagination={false}
            dataSource={e.summary}
            columns={[
              { title: "年度", dataIndex: "year", key: "year", width: 70 },
              { title: "类别", dataIndex: "kindLabel", key: "kindLabel" },
              { title: "项数（计分）", key: "count", render: (_, x) => `${x.count}（${x.countedCount}）` },
              { title: "得分", key: "points", render: (_, x) => fmt(x.points) },
              { title: "超上限", key: "capped", render: (_, x) => (x.cappedPoints ? fmt(x.cappedPoints) : "—") },
            ]}
          />
          <Table
            size="small"
            rowKey="eventId"
            dataSource={e.lines}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              { title: "日期", dataIndex: "day", key: "day", width: 110 },
              { title: "事项", key: "kind", render: (_, l) => <Space orientation="vertical" size={0}>{l.kindLabel}{l.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.note}</Typography.Text>}</Space> },
              { title: "规则", dataIndex: "ruleDescription", key: "rule", render: (v: string | null) => v ?? "—" },
              { title: "得分", key: "points", width: 90, render: (_, l) => (l.points < l.rawPoints ? <Tag color="orange">{fmt(l.points)}（超上限）</Tag> : fmt(l.points)) },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}

/** 履职排名: this session's scores, best first; click a name for the explanation. */
export default function RankingsPage() {
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [explain, setExplain] = useState<Row["member"] | null>(null);
  const sessions = useQuery(PerformanceSessionsQuery, { fetchPolicy: "cache-first" });
  const sid = sessionId ?? sessions.data?.committeeSessions.find((s) => s.isCurrent)?.id;
  const { data, previousData, loading, error } = useQuery(PerformanceScoresQuery, { variables: { page, period: { assessmentType: "SESSION", sessionId: sid ?? null } }, skip: !sid, fetchPolicy: "cache-and-network" });
  const d = data ?? previousData;
  return (
    <Card
      title={`履职排名${d ? `（${d.performanceScores.period.session.name}，${d.performanceScores.period.firstDay} 至 ${d.performanceScores.period.lastDay}）` : ""}`}
      extra={<Select style={{ width: 160 }} value={sid} onChange={(v) => (setSessionId(v), setPage(1))} options={(sessions.data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: s.name }))} />}
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey={(r) => r.member.id}
        loading={loading}
        dataSource={d?.performanceScores.items ?? []}
        pagination={{ current: page, pageSize: 20, total: d?.performanceScores.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 名委员`, showSizeChanger: false }}
        columns={[
          { title: "排名", dataIndex: "rank", key: "rank", width: 70 },
          { title: "委员", key: "name", render: (_, r) => <a onClick={() => setExplain(r.member)}>{r.member.name}</a> },
          { title: "界别", key: "sector", render: (_, r) => r.sector.name },
          { title: "党派", key: "party", render: (_, r) => r.party.name },
          { title: "计分事项", dataIndex: "eventCount", key: "eventCount", width: 100 },
          { title: "得分", key: "total", width: 100, render: (_, r) => <Typography.Text strong>{fmt(r.total)}</Typography.Text> },
          { title: "等次", key: "grade", width: 90, render: (_, r) => r.grade ?? "—" },
        ]}
      />
      <Explanation member={explain} sessionId={sid} onClose={() => setExplain(null)} />
    </Card>
  );
}
