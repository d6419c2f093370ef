import { lazy } from "react";
import type { AdminModule } from "../../app/modules";

/** 账号安全 (两步验证), reached from the header; the forced enrolment page is a top-level route. */
export const accountSecurityModule: AdminModule = {
  name: "account-security",
  menu: [],
  routes: [{ path: "account-security", Component: lazy(() => import("./pages/AccountSecurityPage")) }],
};
