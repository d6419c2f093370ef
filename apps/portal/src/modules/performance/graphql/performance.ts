import { graphql } from "../../../gql";

export const MyPerformanceDocument = graphql(`
  query MyPerformance($period: PerformancePeriodInput) {
    myPerformance(period: $period) {
      rankVisible
      counts {
        kind
        label
        count
      }
      score {
        total
        rawTotal
        cappedPoints
        grade
        rank
        rankOf
        period {
          assessmentType
          year
          session {
            id
            name
          }
          firstDay
          lastDay
        }
        ruleSetVersions {
          id
          name
          version
        }
        summary {
          year
          kind
          kindLabel
          count
          countedCount
          points
          cappedPoints
        }
        lines {
          eventId
          kind
          kindLabel
          day
          note
          points
          rawPoints
          capReason
          capNote
          ruleDescription
        }
      }
    }
  }
`);

export const MyPerformanceSessionsDocument = graphql(`
  query MyPerformanceSessions {
    committeeSessions {
      id
      name
      startYear
      endYear
      isCurrent
    }
  }
`);

export const MyMaterialFields = graphql(`
  fragment MyMaterialFields on PerformanceMaterialType {
    id
    title
    content
    occurredOn
    status
    statusLabel
    submittedAt
    reviewedAt
    returnReason
    enteredByStaff
    attachments {
      name
      size
      contentType
      url
    }
  }
`);

export const MyMaterialsDocument = graphql(`
  query MyPerformanceMaterials($page: Int!, $pageSize: Int!) {
    myPerformanceMaterials(page: $page, pageSize: $pageSize) {
      total
      items {
        ...MyMaterialFields
      }
    }
  }
`);

export const SubmitMaterialDocument = graphql(`
  mutation SubmitPerformanceMaterial($input: PerformanceMaterialInput!) {
    submitPerformanceMaterial(input: $input) {
      ...MyMaterialFields
    }
  }
`);

export const UpdateMyMaterialDocument = graphql(`
  mutation UpdateMyPerformanceMaterial($id: ID!, $input: PerformanceMaterialInput!) {
    updateMyPerformanceMaterial(id: $id, input: $input) {
      ...MyMaterialFields
    }
  }
`);

export const DeleteMyMaterialDocument = graphql(`
  mutation DeleteMyPerformanceMaterial($id: ID!) {
    deleteMyPerformanceMaterial(id: $id)
  }
`);

export const ExportMyArchiveDocument = graphql(`
  mutation ExportMyPerformanceArchive($period: PerformancePeriodInput) {
    exportMyPerformanceArchive(period: $period) {
      filename
      contentType
      base64
    }
  }
`);
