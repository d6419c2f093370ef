import type { PortalModule } from "../../app/portal-module";

export const authModule: PortalModule = {
  name: "auth",
  pages: [
    { path: "/login", access: "public", page: () => import("./pages/login-page") },
    // Reachable before the bootstrap password is changed: that is what it is for.
    { path: "/change-password", access: "session", page: () => import("./pages/change-password-page") },
    // PIPL consent: reachable whatever the consent state (the session gate sends new users here).
    { path: "/privacy", access: "session", page: () => import("./pages/privacy-page") },
  ],
};
