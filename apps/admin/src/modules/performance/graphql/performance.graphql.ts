import { graphql } from "../../../gql";

export const PerformanceScoresQuery = graphql(`
  query AdminPerformanceScores($page: Int!, $period: PerformancePeriodInput!) {
    performanceScores(page: $page, pageSize: 20, period: $period) {
      total
      period {
        session {
          name
        }
        firstDay
        lastDay
      }
      items {
        member {
          id
          name
          workUnitTitle
        }
        sector {
          name
        }
        party {
          name
        }
        total
        eventCount
        rank
        grade
      }
    }
  }
`);

export const PerformanceSessionsQuery = graphql(`
  query AdminPerformanceSessions {
    committeeSessions {
      id
      name
      isCurrent
    }
  }
`);

export const ScoreExplanationQuery = graphql(`
  query AdminScoreExplanation($memberId: ID!, $period: PerformancePeriodInput!) {
    performanceScoreExplanation(memberId: $memberId, period: $period) {
      member {
        name
      }
      total
      rawTotal
      cappedPoints
      rank
      rankOf
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
        kindLabel
        day
        note
        ruleDescription
        rawPoints
        points
      }
    }
  }
`);

export const MaterialsQuery = graphql(`
  query AdminPerformanceMaterials($page: Int!, $status: PerformanceMaterialStatus) {
    performanceMaterials(page: $page, pageSize: 20, status: $status) {
      total
      items {
        id
        member {
          name
        }
        title
        content
        occurredOn
        status
        statusLabel
        submittedAt
        returnReason
      }
    }
  }
`);

export const AcceptMaterialMutation = graphql(`
  mutation AdminAcceptMaterial($id: ID!) {
    acceptPerformanceMaterial(id: $id) {
      id
      status
    }
  }
`);

export const ReturnMaterialMutation = graphql(`
  mutation AdminReturnMaterial($id: ID!, $reason: String!) {
    returnPerformanceMaterial(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
