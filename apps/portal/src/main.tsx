import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// The shell imports antd-mobile by component path: the package index drags react-spring (and more) into
// the first paint. Screens, loaded lazily, import from "antd-mobile" as usual.
import "antd-mobile/es/global";
import "./app/react19-compat";
import "./app/styles.css";
import { App } from "./app/app";
import { registerServiceWorker } from "./app/offline/register-service-worker";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
