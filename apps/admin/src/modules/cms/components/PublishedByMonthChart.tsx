import ReactEChartsCore from "echarts-for-react/esm/core";
import { echarts } from "./cms-echarts";

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** 按月发布数: one bar per month. Loaded lazily (ECharts is the heaviest thing in the console). */
export default function PublishedByMonthChart({ data, height = 260 }: { data: { period: string; count: number }[]; height?: number }) {
  const option = {
    color: ["#c3242b"],
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: "axis", formatter: (p: { name: string; value: number }[]) => `${p[0]?.name ?? ""}<br/>发布 ${p[0]?.value ?? 0} 篇` },
    grid: { left: 40, right: 16, top: 30, bottom: 30 },
    xAxis: { type: "category", data: data.map((d) => d.period.replace("-", "年") + "月"), axisLabel: { fontSize: 11, interval: data.length > 12 ? "auto" : 0, rotate: data.length > 6 ? 30 : 0 } },
    yAxis: { type: "value", minInterval: 1, name: "篇数" },
    series: [{ type: "bar", barMaxWidth: 28, data: data.map((d) => d.count), label: { show: true, position: "top", fontSize: 11 } }],
    animationDuration: 300,
  };
  return (
    <div role="img" aria-label="按月发布数柱状图" data-testid="cms-stats-chart">
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: "100%" }} opts={{ renderer: "canvas" }} />
    </div>
  );
}
