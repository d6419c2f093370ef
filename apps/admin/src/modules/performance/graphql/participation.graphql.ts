import { graphql } from "../../../gql";

export const ParticipationQuery = graphql(`
  query AdminParticipation($page: Int!, $period: ParticipationPeriodInput!, $filter: PerformanceScoreFilter, $sortBy: PerformanceEventKind, $direction: SortDirection!) {
    participationStatistics(page: $page, pageSize: 20, period: $period, filter: $filter, sortBy: $sortBy, direction: $direction) {
      total
      session {
        id
        name
      }
      firstDay
      lastDay
      totals {
        kind
        label
        count
      }
      items {
        member {
          id
          name
        }
        sector {
          id
          name
        }
        party {
          id
          name
        }
        meetingsAttended
        meetingsOnLeave
        meetingsAbsent
        meetingAttendanceRate
        activitiesAttended
        activitiesOnLeave
        activitiesAbsent
        proposals
        opinions
        speeches
      }
    }
  }
`);

export const ExportParticipationMutation = graphql(`
  mutation AdminExportParticipation($period: ParticipationPeriodInput!, $filter: PerformanceScoreFilter, $sortBy: PerformanceEventKind, $direction: SortDirection!) {
    exportParticipationStatistics(period: $period, filter: $filter, sortBy: $sortBy, direction: $direction) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);
