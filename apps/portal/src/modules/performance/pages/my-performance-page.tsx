import { Button, CapsuleTabs, List, Skeleton, Tabs, Tag, Toast } from "antd-mobile";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { SCORE_CAP_REASON_LABELS, type ScoreCapReason } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import type { PerformancePeriodInput } from "../../../gql/graphql";
import { ExportMyArchiveDocument, MyMaterialsDocument, MyPerformanceDocument, MyPerformanceSessionsDocument } from "../graphql/performance";
import { fmt, saveFile, signed, statusColor } from "./labels";
import styles from "./performance.module.css";

/** "y2025" → 2025 年度考核; "s<id>" → that session's 届内考核. */
function periodOf(key: string | null): PerformancePeriodInput | null {
  if (!key) return null;
  if (key.startsWith("y")) return { assessmentType: "ANNUAL", year: Number(key.slice(1)) };
  if (key.startsWith("s")) return { assessmentType: "SESSION", sessionId: key.slice(1) };
  return null;
}

function Materials() {
  const navigate = useNavigate();
  const [size, setSize] = useState(20);
  const { data, loading, error, refetch } = useQuery(MyMaterialsDocument, { variables: { page: 1, pageSize: size }, fetchPolicy: "cache-and-network" });
  const page = data?.myPerformanceMaterials;
  return (
    <>
      <div className={styles.actions}>
        <Button block color="primary" onClick={() => navigate("/performance/materials/new")}>
          报送履职材料
        </Button>
      </div>
      {error && !page && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!page && loading && <Skeleton.Paragraph lineCount={4} animated />}
      {page && page.items.length === 0 && <EmptyState title="还没有报送履职材料" description="参加调研、撰写文章等未自动登记的履职活动，可在这里报送，审核采纳后计分" />}
      {page && page.items.length > 0 && (
        <List header={`共 ${page.total} 份`}>
          {page.items.map((m) => (
            <List.Item
              key={m.id}
              onClick={() => navigate(`/performance/materials/${m.id}`)}
              description={
                <span className={styles.meta}>
                  履职日期 {m.occurredOn}
                  {m.returnReason && m.status === "RETURNED" ? ` · 退回理由：${m.returnReason}` : ""}
                </span>
              }
              extra={<Tag color={statusColor(m.status)} fill="outline">{m.statusLabel}</Tag>}
            >
              {m.title}
            </List.Item>
          ))}
        </List>
      )}
      {page && page.total > page.items.length && (
        <div className={styles.actions}>
          <Button block fill="outline" loading={loading} onClick={() => setSize((s) => s + 20)}>
            加载更多
          </Button>
        </div>
      )}
    </>
  );
}

/** 我的履职: a period's score, rank (when the committee shows it), what earned each point, and the materials reported. */
export default function MyPerformancePage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "score";
  const key = params.get("period");
  const period = periodOf(key);
  const sessions = useQuery(MyPerformanceSessionsDocument, { fetchPolicy: "cache-first" });
  const perf = useQuery(MyPerformanceDocument, { variables: { period }, fetchPolicy: "cache-and-network" });
  const [exportDoc, exporting] = useMutation(ExportMyArchiveDocument);
  const my = perf.data?.myPerformance;
  const s = my?.score;
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) (v ? next.set(k, v) : next.delete(k));
    setParams(next, { replace: true });
  };

  const current = sessions.data?.committeeSessions.find((x) => x.isCurrent);
  const thisYear = new Date().getFullYear();
  const lastYear = current ? Math.min(thisYear, current.endYear) : thisYear;
  const years = current ? Array.from({ length: Math.max(1, lastYear - current.startYear + 1) }, (_, i) => lastYear - i) : [thisYear];
  const periodKeys = [...years.map((y) => ({ key: `y${y}`, title: `${y} 年度` })), ...(current ? [{ key: `s${current.id}`, title: `${current.name}（届内）` }] : [])];
  const activeKey = key ?? (s ? (s.period.assessmentType === "ANNUAL" ? `y${s.period.year}` : `s${s.period.session.id}`) : `y${thisYear}`);

  const doExport = async () => {
    try {
      const f = (await exportDoc({ variables: { period } })).data!.exportMyPerformanceArchive;
      saveFile(f);
      Toast.show({ icon: "success", content: "履职档案已导出" });
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <Page title="我的履职" back backTo="/workbench">
      <CapsuleTabs activeKey={activeKey} onChange={(k) => set({ period: k })}>
        {periodKeys.map((p) => (
          <CapsuleTabs.Tab key={p.key} title={p.title} />
        ))}
      </CapsuleTabs>
      {perf.error && !s && <LoadFailed error={perf.error} onRetry={() => void perf.refetch()} />}
      {!s && perf.loading && <Skeleton.Paragraph lineCount={6} animated />}
      {s && my && (
        <div className={styles.hero} aria-label="履职得分">
          <div className={styles.sub}>
            {s.period.assessmentType === "ANNUAL" ? `${s.period.year} 年度考核` : `${s.period.session.name}届内考核`}（{s.period.firstDay} 至 {s.period.lastDay}）
          </div>
          <div className={styles.total}>{fmt(s.total)} 分</div>
          <div className={styles.sub}>
            {my.rankVisible && s.rank ? `排名 第 ${s.rank} 名 / 共 ${s.rankOf} 人` : "委员会未公开排名"}
            {s.grade ? ` · 等级：${s.grade}` : ""}
          </div>
          {s.cappedPoints > 0 && <div className={styles.sub}>按规则应得 {fmt(s.rawTotal)} 分，其中 {fmt(s.cappedPoints)} 分超过上限未计入</div>}
        </div>
      )}
      <Tabs activeKey={tab} onChange={(k) => set({ tab: k === "score" ? null : k })}>
        <Tabs.Tab key="score" title="得分明细" />
        <Tabs.Tab key="materials" title="履职材料" />
      </Tabs>
      {tab === "score" && s && (
        <>
          {s.lines.length === 0 ? (
            <EmptyState title="本考核期暂无计分事项" description="提交提案、报送社情民意、出席会议活动等都会自动登记到这里" />
          ) : (
            <>
              <List header="按类别汇总">
                {s.summary.map((x) => (
                  <List.Item key={`${x.year}-${x.kind}`} extra={`${signed(x.points)} 分`} description={`${x.year} 年 · ${x.count} 项${x.countedCount < x.count ? `，计分 ${x.countedCount} 项` : ""}${x.cappedPoints ? `，超上限 ${fmt(x.cappedPoints)} 分未计` : ""}`}>
                    {x.kindLabel}
                  </List.Item>
                ))}
              </List>
              <List header="逐项说明：每一分从哪里来">
                {s.lines.map((l) => (
                  <List.Item
                    key={l.eventId}
                    extra={<span className={l.points < 0 ? styles.minus : styles.plus}>{signed(l.points)}</span>}
                    description={
                      <span className={styles.meta}>
                        {l.day}
                        {l.note ? ` · ${l.note}` : ""}
                        <br />
                        {l.ruleDescription ? `规则：${l.ruleDescription}` : "无适用规则"}
                        {l.capReason && (
                          <>
                            <br />
                            <Tag color="warning" fill="outline">{SCORE_CAP_REASON_LABELS[l.capReason as ScoreCapReason]}</Tag> {l.capNote ?? ""}
                          </>
                        )}
                      </span>
                    }
                  >
                    {l.kindLabel}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {s.ruleSetVersions.length > 0 && <div className={styles.note}>计分依据：{s.ruleSetVersions.map((v) => `${v.name}（第 ${v.version} 版）`).join("；")}</div>}
          <div className={styles.actions}>
            <Button block fill="outline" loading={exporting.loading} onClick={() => void doExport()}>
              导出履职档案（Word）
            </Button>
          </div>
        </>
      )}
      {tab === "materials" && <Materials />}
    </Page>
  );
}
