import { SettingOutlined } from "@ant-design/icons";
import type { AdminModule, MenuGroup } from "./modules";
import { homeModule } from "../modules/home";
import { dashboardModule } from "../modules/dashboard";
import { inboxModule } from "../modules/inbox";
import { usersModule } from "../modules/users";
import { accountSecurityModule } from "../modules/account-security";
import { auditModule } from "../modules/audit";
import { membersModule } from "../modules/members";
import { organisationModule } from "../modules/organisation";
import { cmsModule } from "../modules/cms";
import { noticesModule } from "../modules/notices";
import { proposalsModule } from "../modules/proposals";
import { proposalHandlingModule } from "../modules/proposals/handling";
import { meetingsModule } from "../modules/meetings";
import { performanceModule } from "../modules/performance";
import { opinionsModule } from "../modules/opinions";
import { circlesModule } from "../modules/circles";

/** Every feature module of the console, in menu order. A new module adds itself here. */
export const ADMIN_MODULES: AdminModule[] = [homeModule, dashboardModule, inboxModule, membersModule, proposalsModule, proposalHandlingModule, meetingsModule, performanceModule, noticesModule, circlesModule, organisationModule, opinionsModule, cmsModule, usersModule, auditModule, accountSecurityModule];

/** Groups shared by several modules; a module may bring its own through `groups`. */
const SHARED_GROUPS: MenuGroup[] = [{ key: "system", label: "系统管理", icon: <SettingOutlined />, order: 900 }];

export const MENU_GROUPS: MenuGroup[] = [...SHARED_GROUPS, ...ADMIN_MODULES.flatMap((m) => m.groups ?? [])];
export const MENU_ENTRIES = ADMIN_MODULES.flatMap((m) => m.menu);
export const MODULE_ROUTES = ADMIN_MODULES.flatMap((m) => m.routes);
