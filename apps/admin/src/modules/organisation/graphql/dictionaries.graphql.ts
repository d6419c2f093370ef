import { graphql } from "../../../gql";

export const DictItemRowFields = graphql(`
  fragment DictItemRow on DictItemType {
    id
    kind
    name
    code
    sortOrder
    disabled
  }
`);

export const DictItemsQuery = graphql(`
  query DictItems($kind: DictKind!) {
    dictItems(kind: $kind, includeDisabled: true) {
      ...DictItemRow
    }
  }
`);

export const CreateDictItemMutation = graphql(`
  mutation CreateDictItem($input: CreateDictItemInput!) {
    createDictItem(input: $input) {
      ...DictItemRow
    }
  }
`);

export const UpdateDictItemMutation = graphql(`
  mutation UpdateDictItem($id: ID!, $input: UpdateDictItemInput!) {
    updateDictItem(id: $id, input: $input) {
      ...DictItemRow
    }
  }
`);

export const DeleteDictItemMutation = graphql(`
  mutation DeleteDictItem($id: ID!) {
    deleteDictItem(id: $id)
  }
`);

export const DictImportTemplateQuery = graphql(`
  query DictImportTemplate($kind: DictKind!) {
    dictImportTemplate(kind: $kind) {
      ...FileDownloadFields
    }
  }
`);

export const ImportDictItemsMutation = graphql(`
  mutation ImportDictItems($kind: DictKind!, $fileBase64: String!) {
    importDictItems(kind: $kind, fileBase64: $fileBase64) {
      ...ImportResultFields
    }
  }
`);
