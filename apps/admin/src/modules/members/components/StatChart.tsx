import ReactEChartsCore from "echarts-for-react/esm/core";
import type { StatBucketFieldsFragment } from "../../../gql/graphql";
import { echarts } from "./stat-echarts";

export type Bucket = StatBucketFieldsFragment;
export type ChartKind = "pie" | "bar";

const PALETTE = ["#c3242b", "#1677ff", "#fa8c16", "#13a8a8", "#722ed1", "#52c41a", "#eb2f96", "#2f54eb", "#faad14", "#597ef7", "#a0d911", "#9254de", "#36cfc9", "#ff7a45", "#8c8c8c"];
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

const pct = (b: Bucket) => `${b.percent.toFixed(2).replace(/\.?0+$/, "")}%`;

/** Tooltip parameters as ECharts hands them to a formatter (only what we read). */
interface Params {
  name: string;
  value: number;
  data: { bucket: Bucket };
}

function pieOption(buckets: Bucket[]) {
  const shown = buckets.filter((b) => b.count > 0);
  const many = shown.length > 8;
  const short = (name: string, n: number) => (name.length > n ? `${name.slice(0, n - 1)}…` : name);
  return {
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "item", formatter: (p: Params) => `${p.name}<br/>${p.value} 人，占 ${pct(p.data.bucket)}` },
    // The legend sits at the right, clear of the slice labels; long lists scroll.
    legend: { type: "scroll", orient: "vertical", right: 4, top: "middle", itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 12 }, formatter: (name: string) => short(name, 8) },
    series: [
      {
        type: "pie",
        radius: ["28%", "52%"],
        center: ["36%", "50%"],
        // Tiny slices keep their colour and legend entry; their labels would only collide.
        minShowLabelAngle: many ? 12 : 4,
        avoidLabelOverlap: true,
        itemStyle: { borderColor: "#fff", borderWidth: 1 },
        labelLine: { length: 8, length2: 6 },
        label: { formatter: (p: Params) => `${short(p.name, 6)}\n${pct(p.data.bucket)}`, fontSize: 12, lineHeight: 16 },
        data: shown.map((b) => ({ name: b.label, value: b.count, bucket: b })),
      },
    ],
    animationDuration: 400,
  };
}

function barOption(buckets: Bucket[]) {
  const horizontal = buckets.length > 8;
  const category = { type: "category", data: buckets.map((b) => b.label), axisLabel: { interval: 0, fontSize: 12, ...(horizontal ? { width: 120, overflow: "truncate" } : {}) } };
  const value = { type: "value", minInterval: 1, name: "人数" };
  return {
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "item", formatter: (p: Params) => `${p.name}<br/>${p.value} 人，占 ${pct(p.data.bucket)}` },
    grid: { left: horizontal ? 130 : 40, right: 60, top: 30, bottom: 30 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: "bar",
        barMaxWidth: 36,
        data: buckets.map((b) => ({ value: b.count, bucket: b })),
        label: { show: true, position: horizontal ? "right" : "top", formatter: (p: Params) => `${p.value}人 ${pct(p.data.bucket)}`, fontSize: 12 },
      },
    ],
    animationDuration: 400,
  };
}

/** One dimension of the statistics as a pie or bar chart, percentages as the server computed them. */
export function StatChart({ kind, buckets, height = 300, label }: { kind: ChartKind; buckets: Bucket[]; height?: number; label: string }) {
  const barHeight = kind === "bar" && buckets.length > 8 ? Math.max(height, buckets.length * 24 + 60) : height;
  return (
    <div role="img" aria-label={`${label}${kind === "pie" ? "饼图" : "柱状图"}`} data-testid="stat-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={kind === "pie" ? pieOption(buckets) : barOption(buckets)}
        notMerge
        style={{ height: barHeight, width: "100%" }}
        opts={{ renderer: "canvas" }}
      />
    </div>
  );
}
