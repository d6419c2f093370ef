/**
 * ECharts, registered piece by piece: only the charts and components the statistics page draws
 * (the full bundle is ~1.5× bigger). TOOLCHAIN.md: the React binding must come from its ESM core.
 */
import * as echarts from "echarts/core";
import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
