import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, DatePicker, Space, Table, Tabs, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { CMS_SCORE_WEIGHTS as W } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import type { CmsChannelScoresQuery as ScoresData } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { CMS_DECIDERS, canAny } from "../components/cms-access";
import { CmsChannelScoresQuery, ExportCmsChannelScoresMutation } from "../graphql/checks.graphql";

type ChannelRow = ScoresData["cmsChannelScores"]["channels"][number];
type DepartmentRow = ScoresData["cmsChannelScores"]["departments"][number];

const num = <T,>(key: keyof T & string, title: string, width = 90) => ({ title, dataIndex: key, key, width, sorter: (a: T, b: T) => Number(a[key]) - Number(b[key]) });

/** 栏目考核: per channel and per department for a period, sortable, exported to Excel. */
export default function ScoresPage() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf("year"), dayjs().endOf("day")]);
  const vars = { from: range[0].startOf("day").toISOString(), to: range[1].add(1, "day").startOf("day").toISOString() };
  const { data, previousData, loading, error } = useQuery(CmsChannelScoresQuery, { variables: vars, fetchPolicy: "cache-and-network" });
  const s = (data ?? previousData)?.cmsChannelScores;
  const [exportScores, { loading: exporting }] = useMutation(ExportCmsChannelScoresMutation);

  const download = async () => {
    try {
      const r = await exportScores({ variables: vars });
      if (r.data) downloadBase64File(r.data.exportCmsChannelScores);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const channelColumns: ColumnsType<ChannelRow> = [
    { title: "栏目", dataIndex: "channelName", key: "channelName", fixed: "left", width: 140, sorter: (a, b) => a.channelName.localeCompare(b.channelName, "zh-CN") },
    { title: "维护部门", dataIndex: "departmentName", key: "departmentName", width: 130, sorter: (a, b) => a.departmentName.localeCompare(b.departmentName, "zh-CN") },
    { title: "更新周期", dataIndex: "updateDays", key: "updateDays", width: 100, render: (d: number | null) => (d ? `${d} 天` : "不要求") },
    num<ChannelRow>("published", "发稿数"),
    num<ChannelRow>("staleDays", "超期天数", 100),
    num<ChannelRow>("brokenLinks", "失效链接", 100),
    num<ChannelRow>("brokenImages", "失效图片", 100),
    num<ChannelRow>("sensitiveWords", "错敏词"),
    num<ChannelRow>("timeliness", "时效分"),
    num<ChannelRow>("volume", "发稿分"),
    num<ChannelRow>("quality", "质量分"),
    { ...num<ChannelRow>("score", "总分"), defaultSortOrder: "ascend", render: (v: number) => <Typography.Text strong type={v < 60 ? "danger" : undefined}>{v}</Typography.Text> },
  ];
  const departmentColumns: ColumnsType<DepartmentRow> = [
    { title: "维护部门", dataIndex: "departmentName", key: "departmentName", width: 160, sorter: (a, b) => a.departmentName.localeCompare(b.departmentName, "zh-CN") },
    num<DepartmentRow>("channels", "栏目数"),
    num<DepartmentRow>("published", "发稿数"),
    num<DepartmentRow>("staleDays", "超期天数", 100),
    num<DepartmentRow>("brokenLinks", "失效链接和图片", 140),
    num<DepartmentRow>("sensitiveWords", "错敏词"),
    { ...num<DepartmentRow>("score", "平均分"), defaultSortOrder: "ascend", render: (v: number) => <Typography.Text strong type={v < 60 ? "danger" : undefined}>{v}</Typography.Text> },
  ];

  return (
    <Card title="栏目考核" extra={<CmsQuickLinks />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label="考核期"
          value={range}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs(), "day")}
          presets={[
            { label: "本月", value: [dayjs().startOf("month"), dayjs()] },
            { label: "本季度", value: [dayjs().startOf("month").subtract(dayjs().month() % 3, "month"), dayjs()] },
            { label: "今年", value: [dayjs().startOf("year"), dayjs()] },
            { label: "近 30 天", value: [dayjs().subtract(30, "day"), dayjs()] },
          ]}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        {canAny(viewer, CMS_DECIDERS) && (
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={download}>
            导出 Excel
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">
        总分 = 时效分（{W.timeliness}，按超过更新周期未更新的天数扣减）+ 发稿分（{W.volume}，按考核期应发稿数的完成比例）+ 质量分（{W.quality}，最近一次站点检查中每个失效链接或图片扣 {W.perBroken} 分、每处错敏词扣 {W.perWord} 分）。未设更新周期的栏目时效分和发稿分记满分。
        {s && (s.scanFinishedAt ? `质量分依据 ${dayjs(s.scanFinishedAt).format("YYYY-MM-DD HH:mm")} 完成的站点检查。` : "尚未进行站点检查，质量分记满分。")}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Tabs
        items={[
          {
            key: "channels",
            label: "按栏目",
            children: <Table<ChannelRow> rowKey="channelId" size="middle" columns={channelColumns} dataSource={s?.channels ?? []} loading={loading && !s} pagination={false} scroll={{ x: 1300 }} locale={{ emptyText: "没有可考核的栏目" }} />,
          },
          {
            key: "departments",
            label: "按部门",
            children: <Table<DepartmentRow> rowKey="departmentName" size="middle" columns={departmentColumns} dataSource={s?.departments ?? []} loading={loading && !s} pagination={false} locale={{ emptyText: "没有可考核的部门" }} />,
          },
        ]}
      />
    </Card>
  );
}
