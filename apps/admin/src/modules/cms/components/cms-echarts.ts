/**
 * ECharts for the channel statistics, registered piece by piece (only a bar chart), and only ever
 * imported by the lazily loaded chart component. TOOLCHAIN.md: the React binding comes from its ESM core.
 */
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
