/** ECharts options of the dashboard, in a light (console) or dark (大屏) look. */
export const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
export const PALETTE = ["#c3242b", "#1677ff", "#fa8c16", "#13a8a8", "#722ed1", "#52c41a", "#eb2f96", "#2f54eb", "#faad14", "#8c8c8c"];
export const DARK_PALETTE = ["#ff6b6b", "#4dabf7", "#ffa94d", "#38d9a9", "#b197fc", "#8ce99a", "#f783ac", "#748ffc", "#ffd43b", "#adb5bd"];

export interface Point {
  name: string;
  value: number;
  /** What a click drills into (an id or a code); none: the part is not clickable. */
  key?: string;
}

const base = (dark: boolean) => ({
  animation: false,
  color: dark ? DARK_PALETTE : PALETTE,
  textStyle: { fontFamily: FONT, color: dark ? "#d6e4ff" : undefined },
  backgroundColor: "transparent",
});
const axisText = (dark: boolean) => (dark ? { color: "#b8c7e0" } : {});
const splitLine = (dark: boolean) => (dark ? { lineStyle: { color: "rgba(255,255,255,0.08)" } } : {});

/** A ring: the legend names the slices (labels would collide in a narrow card), the tooltip gives the share. */
export const pie = (rows: Point[], dark = false) => ({
  ...base(dark),
  tooltip: { trigger: "item", formatter: "{b}<br/>{c}（{d}%）" },
  legend: { type: "scroll", orient: "vertical", right: 0, top: "middle", textStyle: { fontSize: dark ? 16 : 12, color: dark ? "#d6e4ff" : undefined }, pageTextStyle: axisText(dark) },
  series: [
    {
      type: "pie",
      radius: ["38%", "68%"],
      center: ["32%", "50%"],
      label: { show: false },
      itemStyle: dark ? { borderColor: "#0b1a33", borderWidth: 2 } : { borderColor: "#fff", borderWidth: 1 },
      data: rows.filter((r) => r.value > 0).map((r) => ({ name: r.name, value: r.value, key: r.key })),
    },
  ],
});

/** Horizontal bars, largest first (units, categories). */
export const hbars = (rows: Point[], dark = false, color = "#c3242b") => ({
  ...base(dark),
  color: [dark ? "#4dabf7" : color],
  tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
  grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
  xAxis: { type: "value", minInterval: 1, axisLabel: axisText(dark), splitLine: splitLine(dark) },
  yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name), axisLabel: { width: dark ? 220 : 150, overflow: "truncate", fontSize: dark ? 15 : 12, ...axisText(dark) } },
  series: [{ type: "bar", data: rows.map((r) => ({ value: r.value, key: r.key })), barMaxWidth: dark ? 22 : 16, label: { show: true, position: "right", color: dark ? "#fff" : undefined } }],
});

/** Vertical bars of a few named numbers (opinions: 报送, 采用, …). */
export const vbars = (rows: Point[], dark = false) => ({
  ...base(dark),
  tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
  grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
  xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { fontSize: dark ? 16 : 12, ...axisText(dark) } },
  yAxis: { type: "value", minInterval: 1, axisLabel: axisText(dark), splitLine: splitLine(dark) },
  series: [
    {
      type: "bar",
      colorBy: "data",
      data: rows.map((r) => ({ value: r.value, key: r.key })),
      barMaxWidth: dark ? 48 : 36,
      label: { show: true, position: "top", color: dark ? "#fff" : undefined, fontSize: dark ? 16 : 12 },
    },
  ],
});

/** A percentage dial (attendance, satisfaction). */
export const gauge = (name: string, value: number, dark = false) => ({
  ...base(dark),
  series: [
    {
      type: "gauge",
      min: 0,
      max: 100,
      radius: "92%",
      center: ["50%", "58%"],
      progress: { show: true, width: dark ? 18 : 14 },
      axisLine: { lineStyle: { width: dark ? 18 : 14, color: [[1, dark ? "rgba(255,255,255,0.12)" : "#f0f0f0"]] } },
      axisTick: { show: false },
      splitLine: { length: 6, lineStyle: { color: dark ? "#5c6f91" : "#bfbfbf" } },
      axisLabel: { distance: dark ? 24 : 18, fontSize: dark ? 13 : 10, ...axisText(dark) },
      pointer: { show: false },
      title: { offsetCenter: [0, "32%"], fontSize: dark ? 18 : 13, color: dark ? "#b8c7e0" : "#595959" },
      detail: { valueAnimation: false, offsetCenter: [0, "-5%"], fontSize: dark ? 40 : 26, formatter: "{value}%", color: dark ? "#fff" : "#262626" },
      itemStyle: { color: dark ? "#38d9a9" : "#c3242b" },
      data: [{ name, value }],
    },
  ],
});

/** Committees side by side: one group of bars per committee, one series per figure. */
export const grouped = (names: string[], series: { name: string; data: number[]; color?: string }[], dark = false) => ({
  ...base(dark),
  tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
  legend: { top: 0, textStyle: { color: dark ? "#d6e4ff" : undefined } },
  grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
  xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0, ...axisText(dark) } },
  yAxis: { type: "value", minInterval: 1, axisLabel: axisText(dark), splitLine: splitLine(dark) },
  series: series.map((s) => ({ name: s.name, type: "bar", data: s.data, barMaxWidth: 18, ...(s.color ? { itemStyle: { color: s.color } } : {}) })),
});
