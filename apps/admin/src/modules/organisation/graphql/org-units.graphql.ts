import { graphql } from "../../../gql";

export const OrgUnitRowFields = graphql(`
  fragment OrgUnitRow on OrgUnitType {
    id
    kind
    name
    shortName
    contactPerson
    contactPhone
    address
    sortOrder
    disabled
    userId
    username
  }
`);

export const OrgUnitsQuery = graphql(`
  query OrgUnits($kind: OrgUnitKind!, $page: Int!, $pageSize: Int!, $search: String, $includeDisabled: Boolean!) {
    orgUnits(kind: $kind, page: $page, pageSize: $pageSize, search: $search, includeDisabled: $includeDisabled) {
      total
      items {
        ...OrgUnitRow
      }
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($kind: OrgUnitKind!, $input: OrgUnitInput!) {
    createOrgUnit(kind: $kind, input: $input) {
      ...OrgUnitRow
    }
  }
`);

export const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($kind: OrgUnitKind!, $id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(kind: $kind, id: $id, input: $input) {
      ...OrgUnitRow
    }
  }
`);

export const DeleteOrgUnitMutation = graphql(`
  mutation DeleteOrgUnit($kind: OrgUnitKind!, $id: ID!) {
    deleteOrgUnit(kind: $kind, id: $id)
  }
`);

export const OrgUnitImportTemplateQuery = graphql(`
  query OrgUnitImportTemplate($kind: OrgUnitKind!) {
    orgUnitImportTemplate(kind: $kind) {
      ...FileDownloadFields
    }
  }
`);

export const ImportOrgUnitsMutation = graphql(`
  mutation ImportOrgUnits($kind: OrgUnitKind!, $fileBase64: String!) {
    importOrgUnits(kind: $kind, fileBase64: $fileBase64) {
      ...ImportResultFields
    }
  }
`);
