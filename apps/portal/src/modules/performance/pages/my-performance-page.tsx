import { Button, List, Skeleton, Tabs, Tag } from "antd-mobile";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { MyMaterialsDocument, MyPerformanceDocument } from "../graphql/performance";
import styles from "./performance.module.css";

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** 履职档案: this session's score, what earned each point (and under which rule), and the materials reported. */
export default function MyPerformancePage() {
  const navigate = useNavigate();
  const [tab, setTab] = useState("score");
  const perf = useQuery(MyPerformanceDocument, { fetchPolicy: "cache-and-network" });
  const materials = useQuery(MyMaterialsDocument, { variables: { page: 1, pageSize: 50 }, fetchPolicy: "cache-and-network", skip: tab !== "materials" });
  const s = perf.data?.myPerformance.score;

  return (
    <Page title="履职档案" back backTo="/workbench">
      {perf.error && !s && <LoadFailed error={perf.error} onRetry={() => void perf.refetch()} />}
      {!s && perf.loading && <Skeleton.Paragraph lineCount={6} animated />}
      {s && (
        <div className={styles.hero} aria-label="履职得分">
          <div className={styles.sub}>{s.period.assessmentType === "ANNUAL" ? `${s.period.year} 年度` : s.period.session.name}履职得分（{s.period.firstDay} 至 {s.period.lastDay}）</div>
          <div className={styles.total}>{fmt(s.total)} 分</div>
          <div className={styles.sub}>
            {perf.data!.myPerformance.rankVisible && s.rank ? `排名 第 ${s.rank} / ${s.rankOf} 名` : "排名不公开"}
            {s.grade ? ` · ${s.grade}` : ""}
          </div>
        </div>
      )}
      <Tabs activeKey={tab} onChange={setTab}>
        <Tabs.Tab key="score" title="得分明细" />
        <Tabs.Tab key="materials" title="履职材料" />
      </Tabs>
      {tab === "score" && s && (
        <>
          <List header="按类别">
            {s.summary.map((x) => (
              <List.Item key={`${x.year}-${x.kind}`} extra={`${fmt(x.points)} 分`} description={`${x.year} 年 · ${x.count} 项`}>
                {x.kindLabel}
              </List.Item>
            ))}
          </List>
          <List header="逐项说明">
            {s.lines.length === 0 && <List.Item>本届尚无计分事项</List.Item>}
            {s.lines.map((l) => (
              <List.Item key={l.eventId} extra={`+${fmt(l.points)}`} description={<span className={styles.meta}>{l.day}{l.note ? ` · ${l.note}` : ""}{l.ruleDescription ? ` · ${l.ruleDescription}` : ""}</span>}>
                {l.kindLabel}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {tab === "materials" && (
        <>
          <div className={styles.actions}>
            <Button block color="primary" onClick={() => navigate("/performance/materials/new")}>
              报送履职材料
            </Button>
          </div>
          {materials.data && materials.data.myPerformanceMaterials.items.length === 0 && <EmptyState title="还没有报送履职材料" description="参加调研、撰写文章等未自动登记的履职活动，可在这里报送，审核通过后计分" />}
          <List>
            {materials.data?.myPerformanceMaterials.items.map((m) => (
              <List.Item
                key={m.id}
                description={<span className={styles.meta}>{m.occurredOn}{m.returnReason ? ` · 退回理由：${m.returnReason}` : ""}</span>}
                extra={<Tag color={m.status === "ACCEPTED" ? "success" : m.status === "RETURNED" ? "danger" : "primary"} fill="outline">{m.statusLabel}</Tag>}
              >
                {m.title}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Page>
  );
}
