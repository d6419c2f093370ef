import { useState } from "react";
import { SearchOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { errorMessage } from "../../../app/errors";
import type { AuditLogsQuery as AuditLogsResult } from "../../../gql/graphql";
import { actionLabel, AUDIT_ACTION_OPTIONS, AUDIT_RESULT_LABELS, AUDIT_TARGET_LABELS } from "../components/audit-labels";
import { AuditTools } from "../components/AuditTools";
import { describeDetail } from "../components/describe-detail";
import { AuditLogsQuery } from "../graphql/audit.graphql";

type Entry = AuditLogsResult["auditLogs"]["items"][number];

interface Filters {
  action?: string;
  username?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The committee's audit trail for the audit administrator: newest first, filtered on the server. */
export default function AuditLogPage() {
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);

  const from = filters.range?.[0]?.startOf("day").toISOString();
  const to = filters.range?.[1]?.endOf("day").toISOString();
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogsQuery, {
    variables: { page, pageSize, action: filters.action || undefined, username: filters.username?.trim() || undefined, from, to },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.auditLogs;

  const apply = (values: Filters) => {
    setFilters(values);
    setPage(1);
  };

  const columns: ColumnsType<Entry> = [
    { title: "时间", dataIndex: "createdAt", key: "createdAt", width: 170, render: (v: string) => dayjs(v).format("YYYY-MM-DD HH:mm:ss") },
    { title: "用户名", dataIndex: "username", key: "username", width: 150, render: (v: string | null) => v ?? "—" },
    {
      title: "操作",
      dataIndex: "action",
      key: "action",
      width: 150,
      render: (v: string) => (
        <span title={v}>
          {actionLabel(v)}
        </span>
      ),
    },
    {
      title: "对象",
      key: "target",
      width: 110,
      render: (_, e) => (e.targetType ? AUDIT_TARGET_LABELS[e.targetType] ?? e.targetType : "—"),
    },
    {
      title: "结果",
      dataIndex: "result",
      key: "result",
      width: 80,
      render: (v: string) => {
        const r = AUDIT_RESULT_LABELS[v];
        return <Tag color={r?.color}>{r?.label ?? v}</Tag>;
      },
    },
    { title: "IP 地址", dataIndex: "ip", key: "ip", width: 140, render: (v: string | null) => v ?? "—" },
    {
      title: "说明",
      key: "detail",
      ellipsis: true,
      render: (_, e) => describeDetail(e.action, e.detail) || <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <Card
      title="审计日志"
      extra={<AuditTools filter={{ action: filters.action || undefined, username: filters.username?.trim() || undefined, from, to }} onChanged={() => refetch()} />}
    >
      <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item label="操作" name="action">
          <Select allowClear showSearch={{ optionFilterProp: "label" }} placeholder="全部操作" options={AUDIT_ACTION_OPTIONS} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="用户名" name="username">
          <Input allowClear placeholder="完整用户名" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label="日期" name="range">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(error)}
          action={<Button size="small" onClick={() => refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<Entry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        expandable={{
          expandedRowRender: (e) => (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: "action", label: "操作代码", children: e.action },
                { key: "target", label: "对象编号", children: e.targetId ?? "—" },
                {
                  key: "detail",
                  label: "详细数据",
                  children: e.detail == null ? "—" : <pre style={{ margin: 0, whiteSpace: "pre-wrap" }}>{JSON.stringify(e.detail, null, 2)}</pre>,
                },
                { key: "hash", label: "防篡改哈希", children: <Typography.Text code copyable>{e.hash || "—"}</Typography.Text> },
              ]}
            />
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: list?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total} 条记录`,
          onChange: (p, ps) => {
            setPage(ps !== pageSize ? 1 : p);
            setPageSize(ps);
          },
        }}
        locale={{ emptyText: "没有符合条件的审计记录" }}
        scroll={{ x: 1000 }}
      />
    </Card>
  );
}
