import { useEffect, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Spin } from "antd";
import { FullscreenExitOutlined } from "@ant-design/icons";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import { echarts } from "../../members/components/stat-echarts";
import { bars, months, pie } from "../components/chart-options";
import { DashboardQuery, DashboardSessionsQuery } from "../graphql/dashboard.graphql";
import styles from "./screen.module.css";

const REFRESH_MS = 5 * 60_000;
const CLOCK = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric", weekday: "long", hour: "2-digit", minute: "2-digit", hour12: false });

function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(t);
  }, []);
  return <span>{CLOCK.format(now)}</span>;
}

function Panel({ title, option, empty }: { title: string; option: object; empty: boolean }) {
  return (
    <section className={styles.panel} aria-label={title}>
      <h2>{title}</h2>
      {empty ? <div className={styles.empty}>暂无数据</div> : <ReactEChartsCore echarts={echarts} option={option} theme="dark" notMerge style={{ height: "100%", minHeight: 0, flex: 1 }} />}
    </section>
  );
}

/**
 * 大屏模式: the dashboard for the meeting-room display (1920×1080, dark), the same figures as the page,
 * refreshed every five minutes. It covers the console; Esc or the button goes back.
 */
export default function ScreenPage() {
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [params] = useSearchParams();
  const sessions = useQuery(DashboardSessionsQuery, { fetchPolicy: "cache-first" });
  const list = sessions.data?.committeeSessions ?? [];
  const session = list.find((s) => s.id === params.get("session")) ?? list.find((s) => s.isCurrent);
  const { data, error } = useQuery(DashboardQuery, { variables: { sessionId: session?.id ?? "" }, skip: !session, fetchPolicy: "cache-and-network", pollInterval: REFRESH_MS });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && navigate("/dashboard");
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [navigate]);

  const p = data?.proposalStatistics;
  const o = data?.opinionSummaryStatistics;
  const m = data?.memberStatistics;
  const mt = data?.meetingStatistics;
  const filed = p ? p.byState.filter((x) => ["FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"].includes(x.state)).reduce((n, x) => n + x.count, 0) : 0;
  const satisfied = p ? p.bySatisfaction.filter((x) => x.label !== "不满意").reduce((n, x) => n + x.count, 0) : 0;
  const rated = p ? p.bySatisfaction.reduce((n, x) => n + x.count, 0) : 0;
  const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : 0);

  return (
    <div className={styles.screen} role="main" aria-label="履职数据大屏">
      <header className={styles.header}>
        <div className={styles.clock}>
          <Clock />
        </div>
        <h1>{viewer?.activeTenant?.name ?? ""}履职数据大屏</h1>
        <div className={styles.tools}>
          {session && <span>{session.name}</span>}
          <Button ghost size="small" icon={<FullscreenExitOutlined />} onClick={() => navigate("/dashboard")}>
            退出大屏
          </Button>
        </div>
      </header>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ margin: 24 }} />}
      {!data && !error && <Spin size="large" className={styles.loading} />}
      {p && o && m && mt && (
        <>
          <div className={styles.kpis}>
            {[
              ["提案", p.total, "件"],
              ["立案", filed, "件"],
              ["办理超期", data.proposalTracking.total, "件"],
              ["办理满意率", pct(satisfied, rated), "%"],
              ["社情民意报送", o.submitted, "篇"],
              ["社情民意采用", o.adopted, "篇"],
              ["委员", m.total, "人"],
              ["会议活动出席率", pct(mt.total.attended, mt.total.invited), "%"],
            ].map(([label, value, unit]) => (
              <div key={label} className={styles.kpi}>
                <div className={styles.kpiValue}>
                  {value}
                  <small>{unit}</small>
                </div>
                <div className={styles.kpiLabel}>{label}</div>
              </div>
            ))}
          </div>
          <div className={styles.grid}>
            <Panel title="提案办理状态" option={pie(p.byState.map((x) => ({ name: x.label, value: x.count })), true)} empty={p.total === 0} />
            <Panel title="承办单位交办件数（前十）" option={bars([...p.byUnit].sort((a, b) => b.assigned - a.assigned).slice(0, 10).map((u) => ({ name: u.unit.name, value: u.assigned })), true)} empty={p.byUnit.length === 0} />
            <Panel title="委员评价" option={pie(p.bySatisfaction.map((x) => ({ name: x.label, value: x.count })), true)} empty={rated === 0} />
            <Panel title="委员界别构成" option={pie(m.bySector.map((x) => ({ name: x.label, value: x.count })), true)} empty={m.total === 0} />
            <Panel title="提案分类" option={bars(p.byCategory.filter((c) => c.total > 0).slice(0, 10).map((c) => ({ name: c.path, value: c.total })), true)} empty={p.byCategory.every((c) => c.total === 0)} />
            <Panel title="会议活动出席（按月）" option={months(mt.byMonth, true)} empty={mt.byMonth.length === 0} />
          </div>
        </>
      )}
    </div>
  );
}
