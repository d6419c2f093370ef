import { useRef } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Button, Card, Empty, Space, Tooltip } from "antd";
import { FileExcelOutlined, PictureOutlined } from "@ant-design/icons";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { EChartsInstance } from "echarts-for-react";
import { errorMessage } from "../../../app/errors";
import { echarts } from "../../members/components/stat-echarts";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ExportChartDataMutation } from "../graphql/dashboard.graphql";

/** What a chart counts, as a table: the same rows go to 导出数据. */
export interface ChartTable {
  headers: string[];
  rows: (string | number)[][];
}

/**
 * A chart card with 导出图片 (PNG, drawn here) and 导出数据 (the rows as .xlsx, written and watermarked by
 * the server, audited); clicking a part drills into the list it counts.
 */
export function ChartCard({ title, option, empty, label, table, onPick }: { title: string; option: object; empty: boolean; label: string; table: ChartTable; onPick?: (p: { name: string; data?: { key?: string } }) => void }) {
  const ref = useRef<EChartsInstance | null>(null);
  const { message } = App.useApp();
  const [exportData, exporting] = useMutation(ExportChartDataMutation);
  const saveImage = () => {
    const url = ref.current?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" });
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = `${title}.png`;
    a.click();
  };
  const saveData = async () => {
    try {
      const rows = table.rows.map((r) => r.map(String));
      downloadBase64File((await exportData({ variables: { input: { title, headers: table.headers, rows } } })).data!.exportChartData);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const extra = !empty && (
    <Space size={0}>
      <Tooltip title="导出图片">
        <Button size="small" type="text" icon={<PictureOutlined />} aria-label={`导出${title}图片`} onClick={saveImage} />
      </Tooltip>
      <Tooltip title="导出数据（Excel）">
        <Button size="small" type="text" icon={<FileExcelOutlined />} aria-label={`导出${title}数据`} loading={exporting.loading} onClick={() => void saveData()} />
      </Tooltip>
    </Space>
  );
  return (
    <Card size="small" title={title} extra={extra}>
      {empty ? (
        <Empty description="暂无数据" style={{ height: 260, paddingTop: 80 }} />
      ) : (
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          style={{ height: 260, cursor: onPick ? "pointer" : undefined }}
          aria-label={label}
          onChartReady={(c: EChartsInstance) => (ref.current = c)}
          onEvents={onPick ? { click: onPick } : undefined}
        />
      )}
    </Card>
  );
}

/** Name/count points as a two-column table. */
export const pointsTable = (nameHeader: string, valueHeader: string, points: { name: string; value: number }[]): ChartTable => ({
  headers: [nameHeader, valueHeader],
  rows: points.map((p) => [p.name, p.value]),
});
