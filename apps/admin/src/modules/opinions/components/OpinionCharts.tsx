import ReactEChartsCore from "echarts-for-react/esm/core";
import { echarts } from "./opinion-echarts";

const PALETTE = ["#c3242b", "#1677ff", "#fa8c16", "#13a8a8", "#722ed1", "#52c41a", "#eb2f96", "#8c8c8c", "#faad14"];
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

function Chart({ option, height, label }: { option: object; height: number; label: string }) {
  return (
    <div role="img" aria-label={label} data-testid="opinion-chart">
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: "100%" }} opts={{ renderer: "canvas" }} />
    </div>
  );
}

export interface PeriodPoint {
  period: string;
  submitted: number;
  adopted: number;
  published: number;
  instructed: number;
}

/** 按月：报送（柱）与采用、刊发、获批示（折线）。 */
export function PeriodChart({ rows, height = 320 }: { rows: PeriodPoint[]; height?: number }) {
  const months = rows.map((r) => r.period.replace(/^(\d{4})-(\d{2})$/, (_, y: string, m: string) => `${y}年${Number(m)}月`));
  return (
    <Chart
      label="按月报送与采用趋势图"
      height={height}
      option={{
        color: PALETTE,
        textStyle: { fontFamily: FONT },
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 40, right: 20, top: 40, bottom: 40 },
        xAxis: { type: "category", data: months, axisLabel: { fontSize: 11 } },
        yAxis: { type: "value", minInterval: 1, name: "篇数" },
        series: [
          { name: "报送", type: "bar", barMaxWidth: 24, data: rows.map((r) => r.submitted) },
          { name: "采用", type: "line", smooth: false, data: rows.map((r) => r.adopted) },
          { name: "刊发", type: "line", smooth: false, data: rows.map((r) => r.published) },
          { name: "获批示", type: "line", smooth: false, data: rows.map((r) => r.instructed) },
        ],
        animationDuration: 400,
      }}
    />
  );
}

/** A share of a whole (by state, by origin) as a ring. */
export function ShareChart({ buckets, label, height = 300 }: { buckets: { label: string; count: number }[]; label: string; height?: number }) {
  const data = buckets.filter((b) => b.count > 0).map((b) => ({ name: b.label, value: b.count }));
  const counts = new Map(data.map((d) => [d.name, d.value]));
  return (
    <Chart
      label={`${label}饼图`}
      height={height}
      option={{
        color: PALETTE,
        textStyle: { fontFamily: FONT },
        tooltip: { trigger: "item", formatter: "{b}<br/>{c} 篇，占 {d}%" },
        // Slices carry no labels (small ones would collide); the legend names each with its count.
        legend: { type: "plain", orient: "horizontal", bottom: 0, left: "center", itemWidth: 10, itemHeight: 10, formatter: (name: string) => `${name} ${counts.get(name) ?? 0}` },
        series: [{ type: "pie", radius: ["30%", "56%"], center: ["50%", "40%"], label: { show: false }, data }],
        animationDuration: 400,
      }}
    />
  );
}

/** 批示类型：条数与信息篇数。 */
export function InstructionKindChart({ rows, height = 300 }: { rows: { label: string; instructions: number; items: number }[]; height?: number }) {
  return (
    <Chart
      label="批示类型柱状图"
      height={height}
      option={{
        color: ["#c3242b", "#fa8c16"],
        textStyle: { fontFamily: FONT },
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 40, right: 20, top: 40, bottom: 30 },
        xAxis: { type: "category", data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { name: "批示条数", type: "bar", barMaxWidth: 36, label: { show: true, position: "top" }, data: rows.map((r) => r.instructions) },
          { name: "信息篇数", type: "bar", barMaxWidth: 36, label: { show: true, position: "top" }, data: rows.map((r) => r.items) },
        ],
        animationDuration: 400,
      }}
    />
  );
}
