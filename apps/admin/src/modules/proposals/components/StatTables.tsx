import { Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { AdminProposalStatisticsQuery, ProposalUnitStatFragment } from "../../../gql/graphql";

type Stats = AdminProposalStatisticsQuery["proposalStatistics"];
const rate = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : "—");

/** 分类×状态: one row per category (tree order, with its path), one column per state, and a total row. */
export function CategoryStateTable({ stats }: { stats: Stats }) {
  const states = stats.byState;
  const columns: ColumnsType<Stats["byCategory"][number]> = [
    { title: "分类", dataIndex: "path", key: "path", fixed: "left", width: 200 },
    { title: "合计", dataIndex: "total", key: "total", width: 70, render: (n: number) => <Typography.Text strong>{n}</Typography.Text> },
    ...states.map((st) => ({ title: st.label, key: st.state, width: 90, render: (_: unknown, r: Stats["byCategory"][number]) => r.counts.find((c) => c.state === st.state)?.count || "" })),
  ];
  return (
    <Table
      rowKey={(r) => r.category?.id ?? "none"}
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 200 + 70 + states.length * 90 }}
      dataSource={stats.byCategory}
      columns={columns}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1}>{stats.total}</Table.Summary.Cell>
            {states.map((st, i) => (
              <Table.Summary.Cell key={st.state} index={i + 2}>{st.count}</Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}

/** 承办单位: the live assignments per unit, how far they got, the lead replies' classes and the verdicts. */
export function UnitStatTable({ rows }: { rows: ProposalUnitStatFragment[] }) {
  return (
    <Table
      rowKey={(r) => r.unit.id}
      size="small"
      bordered
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 家单位` } : false}
      dataSource={rows}
      scroll={{ x: 1100 }}
      locale={{ emptyText: "尚无交办" }}
      columns={[
        { title: "承办单位", key: "unit", fixed: "left", width: 200, render: (_, r) => r.unit.name },
        { title: "交办", dataIndex: "assigned", key: "assigned", width: 60 },
        { title: "主办", dataIndex: "lead", key: "lead", width: 60 },
        { title: "协办", dataIndex: "co", key: "co", width: 60 },
        { title: "已签收", dataIndex: "signed", key: "signed", width: 70 },
        { title: "未签收", dataIndex: "notSigned", key: "notSigned", width: 70 },
        { title: "已答复", dataIndex: "replied", key: "replied", width: 70 },
        { title: "答复率", key: "rate", width: 80, render: (_, r) => rate(r.replied, r.assigned) },
        { title: "超期", dataIndex: "overdue", key: "overdue", width: 60, render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
        { title: "A 类", dataIndex: "resultA", key: "a", width: 60 },
        { title: "B 类", dataIndex: "resultB", key: "b", width: 60 },
        { title: "C 类", dataIndex: "resultC", key: "c", width: 60 },
        { title: "满意", dataIndex: "satisfied", key: "s", width: 60 },
        { title: "基本满意", dataIndex: "basicallySatisfied", key: "bs", width: 80 },
        { title: "不满意", dataIndex: "dissatisfied", key: "ds", width: 70 },
      ]}
    />
  );
}

type Row4 = { label: string; total: number; filed: number; notFiled: number; closed: number };
const fourColumns = (first: string): ColumnsType<Row4> => [
  { title: first, dataIndex: "label", key: "label" },
  { title: "提交", dataIndex: "total", key: "total", width: 90 },
  { title: "立案", dataIndex: "filed", key: "filed", width: 90 },
  { title: "立案率", key: "rate", width: 90, render: (_, r) => rate(r.filed, r.total) },
  { title: "不予立案", dataIndex: "notFiled", key: "notFiled", width: 90 },
  { title: "办结", dataIndex: "closed", key: "closed", width: 90 },
];

/** 界别: members' proposals by the sector of the submitter's term in that session. */
export function SectorTable({ rows }: { rows: Stats["bySector"] }) {
  return <Table rowKey="label" size="small" bordered pagination={false} dataSource={rows} columns={fourColumns("界别")} locale={{ emptyText: "暂无委员提案" }} />;
}

export function SubmitterTypeTable({ rows }: { rows: Stats["bySubmitterType"] }) {
  return <Table rowKey="submitterType" size="small" bordered pagination={false} dataSource={rows} columns={fourColumns("提案人类型")} />;
}
