import { graphql } from "../../../gql";

export const SwitchTenantDocument = graphql(`
  mutation SwitchTenant($tenantId: ID!) {
    switchTenant(tenantId: $tenantId) {
      ...ViewerFields
    }
  }
`);
