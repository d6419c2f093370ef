import type { PortalModule, PortalTab, WorkbenchEntry } from "./portal-module";
import { authModule } from "../modules/auth/module";
import { inboxModule } from "../modules/inbox/module";
import { meModule } from "../modules/me/module";
import { profileModule } from "../modules/profile/module";
import { opinionsModule } from "../modules/opinions/module";
import { workbenchModule } from "../modules/workbench/module";
import { noticesModule } from "../modules/notices/module";
import { contactsModule } from "../modules/contacts/module";
import { proposalsModule } from "../modules/proposals/module";
import { meetingsModule } from "../modules/meetings/module";
import { performanceModule } from "../modules/performance/module";
import { circlesModule } from "../modules/circles/module";

/** The portal's feature modules. Add a module here and its tabs, pages and 工作台 tiles appear. */
export const PORTAL_MODULES: PortalModule[] = [authModule, workbenchModule, inboxModule, meModule, profileModule, opinionsModule, noticesModule, contactsModule, proposalsModule, meetingsModule, performanceModule, circlesModule];

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export const portalTabs: PortalTab[] = PORTAL_MODULES.flatMap((m) => m.tabs ?? []).sort(byOrder);

export const workbenchEntries: WorkbenchEntry[] = (() => {
  const all = PORTAL_MODULES.flatMap((m) => m.workbenchEntries ?? []);
  const built = new Set(all.filter((e) => !e.planned).map((e) => e.key));
  return all.filter((e) => !e.planned || !built.has(e.key)).sort(byOrder);
})();
