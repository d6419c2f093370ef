import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { TabLayout } from "./layout/tab-layout";
import { PageLoading } from "./components/page-loading";
import { RouteError } from "./components/route-error";
import { PORTAL_MODULES, portalTabs } from "./modules";
import type { LazyPage, PageAccess } from "./portal-module";
import { SessionGate, type SessionRouteHandle } from "./session/session-gate";

const lazyRoute = (path: string, page: LazyPage, handle?: SessionRouteHandle): RouteObject => ({
  path,
  handle,
  lazy: async () => ({ Component: (await page()).default }),
});

const pages = PORTAL_MODULES.flatMap((m) => m.pages ?? []);
const pagesWith = (access: PageAccess) => pages.filter((p) => (p.access ?? "signed-in") === access);

export const routes: RouteObject[] = [
  {
    HydrateFallback: PageLoading,
    ErrorBoundary: RouteError,
    children: [
      ...pagesWith("public").map((p) => lazyRoute(p.path, p.page)),
      {
        Component: SessionGate,
        children: [
          ...pagesWith("session").map((p) => lazyRoute(p.path, p.page, { beforePasswordChange: true })),
          ...pagesWith("signed-in").map((p) => lazyRoute(p.path, p.page)),
          {
            Component: TabLayout,
            children: [
              { index: true, element: <Navigate to={portalTabs[0]?.path ?? "/me"} replace /> },
              ...portalTabs.map((t) => lazyRoute(t.path, t.page)),
            ],
          },
        ],
      },
      lazyRoute("*", () => import("./components/not-found-page")),
    ],
  },
];

// The API serves the portal under /portal/ (vite `base`); routes above are written without it.
export const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, "") });
