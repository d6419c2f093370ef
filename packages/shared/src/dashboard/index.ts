import { z } from "zod";

/** A chart's data as the dashboard shows it, for 导出数据 (one sheet: header row, then rows). */
export const CHART_EXPORT_MAX_ROWS = 500;
const cell = z.string({ error: "单元格内容无效" }).max(200, "单元格内容最多 200 个字符");
export const chartDataExportInput = z
  .object({
    title: z.string({ error: "请提供图表名称" }).trim().min(1, "请提供图表名称").max(40, "图表名称最多 40 个字符"),
    headers: z.array(cell.min(1, "列名不能为空"), { error: "请提供列名" }).min(1, "请提供列名").max(8, "最多 8 列"),
    rows: z.array(z.array(cell), { error: "请提供数据" }).max(CHART_EXPORT_MAX_ROWS, `最多导出 ${CHART_EXPORT_MAX_ROWS} 行`),
  })
  .refine((v) => v.rows.every((r) => r.length === v.headers.length), { message: "每行的列数须与列名一致", path: ["rows"] });
export type ChartDataExportInput = z.infer<typeof chartDataExportInput>;
