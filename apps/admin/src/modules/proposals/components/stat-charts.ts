/**
 * ECharts for 提案统计, registered piece by piece (TOOLCHAIN.md: the React binding comes from its ESM core),
 * and the three chart shapes the page draws.
 */
import * as echarts from "echarts/core";
import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
export { echarts };

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const PALETTE = ["#c3242b", "#1677ff", "#fa8c16", "#13a8a8", "#722ed1", "#52c41a", "#eb2f96", "#2f54eb", "#faad14", "#8c8c8c", "#a0d911", "#36cfc9"];

export interface Slice {
  name: string;
  value: number;
}

export const pieOption = (rows: Slice[]) => ({
  animation: false,
  color: PALETTE,
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "item", formatter: "{b}<br/>{c} 件（{d}%）" },
  legend: { type: "scroll", orient: "vertical", right: 0, top: "middle", textStyle: { fontSize: 12 } },
  series: [
    {
      type: "pie",
      radius: ["28%", "54%"],
      center: ["40%", "50%"],
      avoidLabelOverlap: true,
      minShowLabelAngle: 8,
      label: { formatter: (p: { percent: number }) => `${Math.round(p.percent * 10) / 10}%`, fontSize: 12, overflow: "none" },
      labelLine: { length: 8, length2: 6 },
      data: rows.filter((r) => r.value > 0),
    },
  ],
});

/** Horizontal bars, one or more series side by side or stacked (names on the left, longest list scrolls the page not the chart). */
export const barOption = (names: string[], series: { name: string; data: number[]; color?: string }[], stacked = false) => ({
  animation: false,
  color: PALETTE,
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
  legend: series.length > 1 ? { top: 0, textStyle: { fontSize: 12 } } : undefined,
  grid: { left: 8, right: 32, top: series.length > 1 ? 28 : 8, bottom: 8, containLabel: true },
  xAxis: { type: "value", minInterval: 1 },
  yAxis: { type: "category", inverse: true, data: names, axisLabel: { width: 150, overflow: "truncate", interval: 0 } },
  series: series.map((s) => ({
    type: "bar",
    name: s.name,
    data: s.data,
    barMaxWidth: 16,
    ...(s.color ? { itemStyle: { color: s.color } } : {}),
    ...(stacked ? { stack: "total" } : { label: { show: series.length === 1, position: "right" } }),
  })),
});

/** Height that gives every bar row room (a committee may have dozens of units). */
export const barHeight = (rows: number, legend = false) => Math.max(240, rows * 26 + (legend ? 60 : 30));
