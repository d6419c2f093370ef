import { createBrowserRouter, type RouteObject } from "react-router";
import { ChangePasswordPage } from "../modules/auth/pages/ChangePasswordPage";
import { LoginPage } from "../modules/auth/pages/LoginPage";
import { EnrolTotpPage } from "../modules/account-security/pages/EnrolTotpPage";
import { ConsoleGate, RequirePermission } from "./guards";
import { NotFoundPage } from "./pages/NotFoundPage";
import { MODULE_ROUTES } from "./registry";

const moduleRoutes: RouteObject[] = MODULE_ROUTES.map(({ path, permission, Component }) => {
  const element = (
    <RequirePermission permission={permission}>
      <Component />
    </RequirePermission>
  );
  return path === "" ? { index: true, element } : { path, element };
});

/** Where the API process serves this SPA; Vite's `base` is the same. */
export const BASENAME = "/admin";

export function createRouter() {
  return createBrowserRouter(
    [
      { path: "/login", element: <LoginPage /> },
      { path: "/change-password", element: <ChangePasswordPage /> },
      { path: "/enrol-totp", element: <EnrolTotpPage /> },
      { path: "/", element: <ConsoleGate />, children: [...moduleRoutes, { path: "*", element: <NotFoundPage /> }] },
    ],
    { basename: BASENAME },
  );
}

export type AppRouter = ReturnType<typeof createRouter>;

/** The router's own location, without the basename (`router.state.location` keeps it). */
export function currentPath(router: AppRouter) {
  const { pathname, search } = router.state.location;
  const inside = pathname.startsWith(BASENAME) ? pathname.slice(BASENAME.length) || "/" : pathname;
  return { pathname: inside, search };
}
