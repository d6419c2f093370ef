import { lazy } from "react";
import { AuditOutlined, IdcardOutlined, PieChartOutlined, SolutionOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 委员管理: the member records, members' own edits awaiting review, and the statistics. */
export const membersModule: AdminModule = {
  name: "members",
  groups: [{ key: "members", label: "委员管理", icon: <SolutionOutlined />, order: 100 }],
  menu: [
    { key: "members", label: "委员信息", icon: <IdcardOutlined />, path: "/members", permission: "member:read", group: "members", order: 10 },
    { key: "member-changes", label: "修改审核", icon: <AuditOutlined />, path: "/members/changes", permission: "member:manage", group: "members", order: 20 },
    { key: "member-statistics", label: "委员统计", icon: <PieChartOutlined />, path: "/members/statistics", permission: "member:read", group: "members", order: 30 },
  ],
  routes: [
    { path: "members", permission: "member:read", Component: lazy(() => import("./pages/MembersPage")) },
    { path: "members/changes", permission: "member:manage", Component: lazy(() => import("./pages/ChangeRequestsPage")) },
    // Its own chunk: ECharts loads only when someone opens the statistics.
    { path: "members/statistics", permission: "member:read", Component: lazy(() => import("./pages/MemberStatisticsPage")) },
  ],
};
