import { Card, List } from "antd-mobile";
import { useNavigate } from "react-router";
import { useQuery } from "@apollo/client/react";
import { MyWorkbenchDocument } from "../graphql/workbench";
import styles from "./my-numbers.module.css";

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });
const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai", month: "2-digit", day: "2-digit" });

/** 我的履职 at a glance (this session), the next meeting, unread notices and the committee's news. */
export function MyNumbers({ part }: { part: "numbers" | "more" }) {
  const navigate = useNavigate();
  const { data } = useQuery(MyWorkbenchDocument, { fetchPolicy: "cache-and-network" });
  const w = data?.myWorkbench;
  if (!w) return null;
  const numbers = [
    { label: "提案", value: w.proposals, sub: `立案 ${w.proposalsFiled}` },
    { label: "社情民意", value: w.opinions, sub: `采用 ${w.opinionsAdopted}` },
    { label: "会议活动", value: w.meetingsAttended, sub: `待参加 ${w.meetingsUpcoming}` },
    { label: "履职得分", value: w.score ?? "—", sub: w.rank ? `第 ${w.rank} 名` : "尚未评分" },
  ];
  if (part === "numbers") {
    return w.isMember ? (
        <Card title="本届履职" className={styles.card}>
          <div className={styles.grid} aria-label="本届履职数字">
            {numbers.map((n) => (
              <div key={n.label} className={styles.cell}>
                <div className={styles.value}>{n.value}</div>
                <div className={styles.label}>{n.label}</div>
                <div className={styles.sub}>{n.sub}</div>
              </div>
            ))}
          </div>
        </Card>
    ) : null;
  }
  return (
    <>
      {(w.nextMeeting || w.unreadNotices > 0) && (
        <List mode="card" className={styles.list}>
          {w.nextMeeting && (
            <List.Item description={`${when(w.nextMeeting.startsAt)} · ${w.nextMeeting.place}`} onClick={() => navigate("/meetings")} arrowIcon>
              下一场：{w.nextMeeting.title}
            </List.Item>
          )}
          {w.unreadNotices > 0 && (
            <List.Item onClick={() => navigate("/notices")} arrowIcon extra={<span className={styles.badge}>{w.unreadNotices}</span>}>
              未读通知公告
            </List.Item>
          )}
        </List>
      )}
      {w.news.length > 0 && (
        <List header="委员会新闻" mode="card" className={styles.list}>
          {w.news.map((n) => (
            <List.Item key={n.id} extra={day(n.publishedAt)} onClick={() => window.open(n.url, "_blank", "noopener")}>
              <span className={styles.news}>{n.title}</span>
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
