import { useQuery } from "@apollo/client/react";
import { App, Button, Card, Table } from "antd";
import { errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import type { DashboardRollupQuery as Rollup } from "../../../gql/graphql";
import { DashboardRollupQuery } from "../graphql/dashboard.graphql";

const SWITCH = "mutation SwitchFromRollup($tenantId: ID!) { switchTenant(tenantId: $tenantId) { activeTenant { id } } }";

type Row = Rollup["dashboardRollup"]["committees"][number];

/**
 * 全市汇总 for a city committee: each county beside the city and the total (read-only). Drilling into a
 * county switches the console to it — only where the viewer also serves that county — and opens its
 * overdue proposals. County committees never see this card (the server refuses them).
 */
export function RollupCard() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const { data, error } = useQuery(DashboardRollupQuery, { fetchPolicy: "cache-and-network" });
  if (error || !data) return null;
  const mine = new Set((viewer?.memberships ?? []).map((m) => m.tenant.id));
  const drill = async (r: Row) => {
    try {
      // Straight to a fresh page in the county: nothing cached from the city survives the switch, and the
      // console's own reaction to a changed viewer (back to 工作台) never gets to run first.
      const res = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SWITCH, variables: { tenantId: r.tenantId } }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors[0]!.message);
      window.location.assign(`${import.meta.env.BASE_URL}proposals?list=IN_HANDLING`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const rows = [...data.dashboardRollup.committees, { ...data.dashboardRollup.total, tenantId: "total" }];
  return (
    <Card size="small" title="全市汇总（本届）">
      <Table<Row>
        rowKey="tenantId"
        size="small"
        pagination={false}
        dataSource={rows}
        rowClassName={(r) => (r.tenantId === "total" ? "rollup-total" : "")}
        columns={[
          { title: "委员会", dataIndex: "tenantName", key: "name", render: (v: string, r) => (r.tenantId === "total" ? <b>{v}</b> : v) },
          { title: "委员", dataIndex: "members", key: "members" },
          { title: "提案", dataIndex: "proposals", key: "proposals" },
          { title: "立案", dataIndex: "filed", key: "filed" },
          { title: "办结", dataIndex: "closed", key: "closed" },
          { title: "办理超期", dataIndex: "overdue", key: "overdue", render: (v: number) => <span style={{ color: v ? "#cf1322" : undefined }}>{v}</span> },
          { title: "社情民意 报送/采用", key: "op", render: (_, r) => `${r.opinions} / ${r.adopted}` },
          { title: "会议活动", dataIndex: "meetings", key: "meetings" },
          { title: "出席率", key: "att", render: (_, r) => `${r.attendanceRate}%` },
          {
            title: "",
            key: "drill",
            render: (_, r) =>
              r.tenantId !== "total" && r.tenantId !== viewer?.activeTenant?.id && mine.has(r.tenantId) ? (
                <Button type="link" size="small" onClick={() => void drill(r)} aria-label={`查看${r.tenantName}的超期提案`}>
                  查看超期提案
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
