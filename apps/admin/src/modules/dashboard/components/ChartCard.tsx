import { useRef, useState, type ReactNode } from "react";
import { App, Button, Card, Empty, Space, Tooltip } from "antd";
import { FileExcelOutlined, PictureOutlined } from "@ant-design/icons";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { EChartsInstance } from "echarts-for-react";
import { errorMessage } from "../../../app/errors";
import { echarts } from "./echarts";

export interface Pick {
  name: string;
  data?: { key?: string };
}

/**
 * A chart with 导出图片 (PNG through ECharts' getDataURL) and 导出数据 (the chart's table as Excel, made on
 * the server); clicking a part drills into the list it counts, when `onPick` is given.
 */
export function ChartCard(props: {
  title: string;
  option: object;
  empty: boolean;
  /** Accessible name of the chart (e2e and screen readers). */
  label: string;
  height?: number;
  extra?: ReactNode;
  hint?: string;
  onPick?: (p: Pick) => void;
  onExportData?: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const ref = useRef<EChartsInstance | null>(null);
  const [busy, setBusy] = useState(false);
  const height = props.height ?? 260;
  const savePng = () => {
    const url = ref.current?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" });
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = `${props.title}.png`;
    a.click();
  };
  const saveData = async () => {
    if (!props.onExportData) return;
    setBusy(true);
    try {
      await props.onExportData();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      title={props.title}
      extra={
        <Space size={0}>
          {props.extra}
          {!props.empty && (
            <Tooltip title="导出图片">
              <Button size="small" type="text" icon={<PictureOutlined />} aria-label={`导出${props.title}图片`} onClick={savePng} />
            </Tooltip>
          )}
          {props.onExportData && (
            <Tooltip title="导出数据（Excel）">
              <Button size="small" type="text" icon={<FileExcelOutlined />} loading={busy} aria-label={`导出${props.title}数据`} onClick={() => void saveData()} />
            </Tooltip>
          )}
        </Space>
      }
    >
      {props.empty ? (
        <Empty description="暂无数据" image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height, paddingTop: height / 2 - 50, margin: 0 }} />
      ) : (
        <>
          <ReactEChartsCore
            echarts={echarts}
            option={props.option}
            notMerge
            style={{ height, cursor: props.onPick ? "pointer" : undefined }}
            aria-label={props.label}
            role="img"
            onChartReady={(c: EChartsInstance) => (ref.current = c)}
            onEvents={props.onPick ? { click: props.onPick } : undefined}
          />
          {props.hint && <div style={{ color: "#8c8c8c", fontSize: 12, marginTop: 4 }}>{props.hint}</div>}
        </>
      )}
    </Card>
  );
}
