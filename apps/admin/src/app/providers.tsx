import type { ReactNode } from "react";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";

dayjs.locale("zh-cn");

export function Providers({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: "#b0272d", borderRadius: 6 } }}
    >
      <AntApp>
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
