import { lazy, Suspense, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Descriptions, Empty, Segmented, Skeleton, Space, Statistic, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { CmsChannelStatsQuery } from "../graphql/channels.graphql";
import { STATE_COLORS, STATE_LABELS } from "./cms-labels";

const PublishedByMonthChart = lazy(() => import("./PublishedByMonthChart"));

/** 栏目统计: sub-channels, articles by state, links, staleness against the update period, published per month. */
export function ChannelStatsPanel({ channelId, updateDays }: { channelId: string; updateDays: number | null }) {
  const [months, setMonths] = useState(12);
  const { data, previousData, loading, error, refetch } = useQuery(CmsChannelStatsQuery, { variables: { id: channelId, months }, fetchPolicy: "cache-and-network" });
  const s = (data ?? previousData)?.cmsChannelStats;
  if (error && !s) {
    return <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />;
  }
  if (!s) return <Skeleton active />;
  const total = s.articlesByState.reduce((n, x) => n + x.count, 0);
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      {s.stale && (
        <Alert
          type="warning"
          showIcon
          title={`本栏目要求每 ${updateDays ?? "—"} 天更新，${s.lastPublishedAt ? `最近一次发布于 ${dayjs(s.lastPublishedAt).format("YYYY-MM-DD")}` : "尚未发布过文章"}，已超过更新周期`}
        />
      )}
      <Space size={32} wrap>
        <Statistic title="本栏目文章" value={total} suffix="篇" />
        <Statistic title="含下级已发布" value={s.publishedWithDescendants} suffix="篇" />
        <Statistic title="下级栏目" value={s.subChannels} suffix={s.descendantChannels > s.subChannels ? `个（共 ${s.descendantChannels} 个）` : "个"} />
        <Statistic title="引用 / 映射" value={`${s.references} / ${s.mappings}`} />
      </Space>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="按状态">
          <Space size={4} wrap>
            {s.articlesByState.map((x) => (
              <Tag key={x.state} color={STATE_COLORS[x.state]}>
                {STATE_LABELS[x.state]} {x.count}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="最近发布">{s.lastPublishedAt ? dayjs(s.lastPublishedAt).format("YYYY-MM-DD HH:mm") : "尚未发布"}</Descriptions.Item>
        <Descriptions.Item label="更新周期">{updateDays ? `每 ${updateDays} 天` : "不要求"}</Descriptions.Item>
      </Descriptions>
      <Space style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Text strong>按月发布数</Typography.Text>
        <Segmented
          size="small"
          value={months}
          onChange={(v) => setMonths(v as number)}
          options={[
            { value: 6, label: "近 6 个月" },
            { value: 12, label: "近 12 个月" },
            { value: 24, label: "近 24 个月" },
          ]}
        />
      </Space>
      {loading && !data ? (
        <Skeleton active />
      ) : s.publishedByMonth.every((p) => p.count === 0) ? (
        <Empty description="所选期间没有发布文章" />
      ) : (
        <Suspense fallback={<Skeleton active />}>
          <PublishedByMonthChart data={s.publishedByMonth} />
        </Suspense>
      )}
    </Space>
  );
}
