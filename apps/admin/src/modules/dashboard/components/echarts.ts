/**
 * ECharts for the dashboard, registered piece by piece (pie, bar, gauge; grid, legend, tooltip, title) —
 * the React binding comes from its ESM core (TOOLCHAIN.md).
 */
import * as echarts from "echarts/core";
import { BarChart, GaugeChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([PieChart, BarChart, GaugeChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
