import { graphql } from "../../../gql";

export const MyPerformanceDocument = graphql(`
  query MyPerformance {
    myPerformance {
      rankVisible
      score {
        total
        grade
        rank
        rankOf
        period {
          assessmentType
          year
          session {
            name
          }
          firstDay
          lastDay
        }
        summary {
          year
          kind
          kindLabel
          count
          points
        }
        lines {
          eventId
          kindLabel
          day
          note
          points
          ruleDescription
        }
      }
    }
  }
`);

export const MyMaterialsDocument = graphql(`
  query MyPerformanceMaterials($page: Int!, $pageSize: Int!) {
    myPerformanceMaterials(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        title
        occurredOn
        status
        statusLabel
        returnReason
      }
    }
  }
`);

export const SubmitMaterialDocument = graphql(`
  mutation SubmitPerformanceMaterial($input: PerformanceMaterialInput!) {
    submitPerformanceMaterial(input: $input) {
      id
      status
    }
  }
`);
