import { lazy } from "react";
import { ApartmentOutlined, BankOutlined, BookOutlined, CalendarOutlined, TeamOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 组织机构: sessions and their 全体会议, the dictionaries, 承办单位 and 集体用户. */
export const organisationModule: AdminModule = {
  name: "organisation",
  groups: [{ key: "organisation", label: "组织机构", icon: <ApartmentOutlined />, order: 200 }],
  menu: [
    { key: "sessions", label: "届次管理", icon: <CalendarOutlined />, path: "/organisation/sessions", permission: "session:manage", group: "organisation", order: 10 },
    { key: "dictionaries", label: "字典管理", icon: <BookOutlined />, path: "/organisation/dictionaries", permission: "dict:manage", group: "organisation", order: 20 },
    { key: "handling-units", label: "承办单位", icon: <BankOutlined />, path: "/organisation/handling-units", permission: "unit:manage", group: "organisation", order: 30 },
    { key: "collectives", label: "集体用户", icon: <TeamOutlined />, path: "/organisation/collectives", permission: "unit:manage", group: "organisation", order: 40 },
  ],
  routes: [
    { path: "organisation/sessions", permission: "session:manage", Component: lazy(() => import("./pages/SessionsPage")) },
    { path: "organisation/dictionaries", permission: "dict:manage", Component: lazy(() => import("./pages/DictionariesPage")) },
    { path: "organisation/handling-units", permission: "unit:manage", Component: lazy(() => import("./pages/HandlingUnitsPage")) },
    { path: "organisation/collectives", permission: "unit:manage", Component: lazy(() => import("./pages/CollectivesPage")) },
  ],
};
