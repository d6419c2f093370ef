import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "antd/dist/reset.css";
import { RouterProvider } from "react-router/dom";
import { createApolloClient } from "./app/apollo-client";
import { Providers } from "./app/providers";
import { createRouter, currentPath, type AppRouter } from "./app/router";

let router: AppRouter;
const client = createApolloClient({
  onUnauthenticated: () => {
    void client.clearStore();
    const { pathname, search } = currentPath(router);
    if (pathname !== "/login") void router.navigate("/login", { replace: true, state: { from: pathname + search } });
  },
  onPasswordChangeRequired: () => {
    if (currentPath(router).pathname !== "/change-password") void router.navigate("/change-password", { replace: true });
  },
  onTotpEnrolmentRequired: () => {
    if (currentPath(router).pathname !== "/enrol-totp") void router.navigate("/enrol-totp", { replace: true });
  },
});
router = createRouter();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
