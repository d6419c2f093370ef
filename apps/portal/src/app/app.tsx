import { ApolloProvider } from "@apollo/client/react";
import ConfigProvider from "antd-mobile/es/components/config-provider";
import zhCN from "antd-mobile/es/locales/zh-CN";
import { RouterProvider } from "react-router";
import { createApolloClient } from "./apollo-client";
import { OfflineBanner } from "./offline/offline-banner";
import { router } from "./router";

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <ConfigProvider locale={zhCN}>
        <OfflineBanner />
        <RouterProvider router={router} />
      </ConfigProvider>
    </ApolloProvider>
  );
}
