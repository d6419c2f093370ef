/** ECharts options of the dashboard, shared by the page and the large-screen mode (dark: light text on a dark wall). */
export const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const PALETTE = ["#c3242b", "#1677ff", "#fa8c16", "#13a8a8", "#722ed1", "#52c41a", "#eb2f96", "#2f54eb", "#faad14", "#8c8c8c"];
export type Point = { name: string; value: number; key?: string };

export const pie = (rows: Point[], dark = false) => ({
  backgroundColor: "transparent",
  animation: false,
  color: PALETTE,
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "item", formatter: "{b}<br/>{c}（{d}%）" },
  legend: { type: "scroll", orient: "vertical", right: 0, top: "middle", textStyle: { fontSize: dark ? 16 : 12 } },
  // Narrow cards: the legend names the slices, the tooltip gives the share; labels would collide.
  series: [{ type: "pie", radius: ["35%", "65%"], center: ["30%", "50%"], label: { show: false }, data: rows.filter((r) => r.value > 0), itemStyle: dark ? { borderColor: "#0b1a33", borderWidth: 2 } : undefined }],
});
export const bars = (rows: Point[], dark = false) => ({
  backgroundColor: "transparent",
  animation: false,
  color: [dark ? "#ff7875" : "#c3242b"],
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "axis" },
  grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
  xAxis: { type: "value", minInterval: 1 },
  yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name), axisLabel: { width: dark ? 220 : 150, overflow: "truncate", fontSize: dark ? 15 : 12 } },
  series: [{ type: "bar", data: rows.map((r) => ({ value: r.value, key: r.key })), barMaxWidth: 16, label: { show: true, position: "right" } }],
});
export const months = (rows: { label: string; invited: number; attended: number }[], dark = false) => ({
  backgroundColor: "transparent",
  animation: false,
  color: ["#1677ff", "#52c41a"],
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "axis" },
  legend: { top: 0, textStyle: { fontSize: dark ? 16 : 12 } },
  grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
  xAxis: { type: "category", data: rows.map((r) => r.label) },
  yAxis: { type: "value", minInterval: 1 },
  series: [
    { name: "受邀人次", type: "bar", data: rows.map((r) => r.invited), barMaxWidth: 14 },
    { name: "出席人次", type: "bar", data: rows.map((r) => r.attended), barMaxWidth: 14 },
  ],
});

