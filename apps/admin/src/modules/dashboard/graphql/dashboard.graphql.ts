import { graphql } from "../../../gql";

export const DashboardSessionsQuery = graphql(`
  query DashboardSessions {
    committeeSessions {
      id
      name
      isCurrent
    }
  }
`);

/** Each figure from the module that owns it (their aggregate queries), in one round trip. */
export const DashboardQuery = graphql(`
  query Dashboard($sessionId: ID!) {
    proposalStatistics(sessionId: $sessionId) {
      total
      byState {
        state
        label
        count
      }
      byCategory {
        path
        total
      }
      byUnit {
        unit {
          id
          name
        }
        assigned
      }
      bySatisfaction {
        label
        count
      }
    }
    opinionSummaryStatistics(filter: { sessionId: $sessionId }) {
      submitted
      adopted
      instructed
      inJournal
      adoptionRate
    }
    memberStatistics(sessionId: $sessionId) {
      total
      bySector {
        key
        label
        count
      }
      byParty {
        key
        label
        count
      }
    }
    meetingStatistics(filter: { sessionId: $sessionId }) {
      total {
        meetings
        invited
        attended
        leave
        absent
      }
      byMonth {
        key
        label
        meetings
        invited
        attended
      }
    }
    proposalTracking(filter: { sessionId: $sessionId, overdueOnly: true }, pageSize: 1) {
      total
    }
  }
`);

export const DashboardRollupQuery = graphql(`
  query DashboardRollup {
    dashboardRollup {
      committees {
        tenantId
        tenantName
        proposals
        filed
        closed
        overdue
        opinions
        adopted
        members
        meetings
        attendanceRate
      }
      total {
        tenantName
        proposals
        filed
        closed
        overdue
        opinions
        adopted
        members
        meetings
        attendanceRate
      }
    }
  }
`);


export const ExportChartDataMutation = graphql(`
  mutation ExportChartData($input: ChartDataInput!) {
    exportChartData(input: $input) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);
