import { graphql } from "../../../gql";

export const DashboardSessionsQuery = graphql(`
  query DashboardSessions {
    committeeSessions {
      id
      name
      number
      isCurrent
    }
  }
`);

export const DashboardFiguresFragment = graphql(`
  fragment DashboardFigures on Dashboard {
    tenantId
    tenantName
    session {
      id
      name
      number
    }
    from
    to
    proposals {
      total
      filed
      notFiled
      closed
      rated
      satisfactionRate
      byState {
        key
        label
        count
      }
      byCategory {
        key
        label
        count
      }
      byUnit {
        key
        label
        assigned
        replied
        overdue
      }
      handling {
        assignments
        onTime
        late
        overdue
        pending
        onTimeRate
      }
      satisfaction {
        key
        label
        count
      }
    }
    opinions {
      submitted
      adopted
      inJournal
      published
      instructed
      adoptionRate
    }
    members {
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
    meetings {
      meetings
      invited
      attended
      leave
      absent
      attendanceRate
    }
  }
`);

/** The committee's own figures: every number from the aggregate function on the server, in one round trip. */
export const DashboardQuery = graphql(`
  query Dashboard($filter: DashboardFilterInput) {
    dashboard(filter: $filter) {
      ...DashboardFigures
      topPerformers {
        memberId
        name
        sector
        party
        total
        rank
        eventCount
      }
    }
  }
`);

export const DashboardRollupQuery = graphql(`
  query DashboardRollup($filter: DashboardFilterInput) {
    dashboardRollup(filter: $filter) {
      committees {
        ...DashboardFigures
      }
      total {
        ...DashboardFigures
      }
    }
  }
`);

export const ExportDashboardQuery = graphql(`
  query ExportDashboard($filter: DashboardFilterInput, $chart: String) {
    exportDashboard(filter: $filter, chart: $chart) {
      filename
      contentType
      base64
    }
  }
`);

export const ExportDashboardRollupQuery = graphql(`
  query ExportDashboardRollup($filter: DashboardFilterInput) {
    exportDashboardRollup(filter: $filter) {
      filename
      contentType
      base64
    }
  }
`);
