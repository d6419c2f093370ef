import { BankOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Select, Space, Typography } from "antd";
import { graphql } from "../../gql";
import { errorMessage } from "../errors";
import type { Viewer } from "../viewer";

const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($tenantId: ID!) {
    switchTenant(tenantId: $tenantId) {
      ...ViewerFields
    }
  }
`);

/**
 * The committee the viewer works in. Every cached answer belongs to one committee, so a switch
 * resets the whole store (active queries refetch in the new committee).
 */
export function TenantSwitcher({ viewer }: { viewer: Viewer }) {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [switchTenant, { loading }] = useMutation(SwitchTenantMutation);
  const active = viewer.activeTenant;

  const onChange = async (tenantId: string) => {
    if (tenantId === active?.id) return;
    try {
      const { data } = await switchTenant({ variables: { tenantId } });
      // The switch has happened on the server; a refetch that fails shows its own error on its page.
      await client.resetStore().catch(() => undefined);
      message.success(`已切换到${data?.switchTenant.activeTenant?.name ?? "所选委员会"}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (viewer.memberships.length <= 1) {
    return (
      <Space data-testid="active-tenant">
        <BankOutlined />
        <Typography.Text strong>{active?.name ?? "未加入委员会"}</Typography.Text>
      </Space>
    );
  }
  return (
    <Space data-testid="active-tenant">
      <BankOutlined />
      <Select
        aria-label="切换委员会"
        style={{ minWidth: 160 }}
        value={active?.id}
        loading={loading}
        disabled={loading}
        onChange={onChange}
        options={viewer.memberships.map((m) => ({ value: m.tenant.id, label: m.tenant.name }))}
        placeholder="选择委员会"
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}
