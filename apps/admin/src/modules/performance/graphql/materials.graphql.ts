import { graphql } from "../../../gql";

export const MaterialFields = graphql(`
  fragment PerformanceMaterialFields on PerformanceMaterialType {
    id
    member {
      id
      name
    }
    title
    content
    occurredOn
    attachments {
      name
      size
      contentType
      url
    }
    status
    statusLabel
    enteredByStaff
    submittedAt
    reviewerName
    reviewedAt
    returnReason
    updatedAt
  }
`);

export const MaterialsQuery = graphql(`
  query AdminPerformanceMaterials($page: Int!, $status: PerformanceMaterialStatus, $year: Int, $search: String) {
    performanceMaterials(page: $page, pageSize: 20, status: $status, year: $year, search: $search) {
      total
      items {
        ...PerformanceMaterialFields
      }
    }
  }
`);

export const CreateMaterialMutation = graphql(`
  mutation AdminCreateMaterial($memberId: ID!, $input: PerformanceMaterialInput!) {
    createPerformanceMaterial(memberId: $memberId, input: $input) {
      ...PerformanceMaterialFields
    }
  }
`);

export const UpdateMaterialMutation = graphql(`
  mutation AdminUpdateMaterial($id: ID!, $input: PerformanceMaterialInput!) {
    updatePerformanceMaterial(id: $id, input: $input) {
      ...PerformanceMaterialFields
    }
  }
`);

export const AcceptMaterialMutation = graphql(`
  mutation AdminAcceptMaterial($id: ID!) {
    acceptPerformanceMaterial(id: $id) {
      ...PerformanceMaterialFields
    }
  }
`);

export const ReturnMaterialMutation = graphql(`
  mutation AdminReturnMaterial($id: ID!, $reason: String!) {
    returnPerformanceMaterial(id: $id, reason: $reason) {
      ...PerformanceMaterialFields
    }
  }
`);

export const BonusesQuery = graphql(`
  query AdminPerformanceBonuses($page: Int!, $memberId: ID, $year: Int, $includeRevoked: Boolean!) {
    performanceBonuses(page: $page, pageSize: 20, memberId: $memberId, year: $year, includeRevoked: $includeRevoked) {
      total
      items {
        id
        member {
          id
          name
        }
        points
        reason
        occurredOn
        createdByName
        createdAt
        revoked
        revokedAt
        revokedByName
        revokeReason
      }
    }
  }
`);

export const AddBonusMutation = graphql(`
  mutation AdminAddBonus($input: PerformanceBonusInput!) {
    addPerformanceBonus(input: $input) {
      id
    }
  }
`);

export const RevokeBonusMutation = graphql(`
  mutation AdminRevokeBonus($id: ID!, $reason: String!) {
    revokePerformanceBonus(id: $id, reason: $reason) {
      id
      revoked
    }
  }
`);
