import { graphql } from "../../../gql";

export const MeetingStatRowFields = graphql(`
  fragment MeetingStatRowFields on MeetingStatRow {
    key
    label
    category
    meetings
    invited
    attended
    leave
    absent
    undecided
    attendanceRate
  }
`);

export const AdminMeetingStatisticsQuery = graphql(`
  query AdminMeetingStatistics($filter: MeetingStatisticsFilter) {
    meetingStatistics(filter: $filter) {
      total {
        ...MeetingStatRowFields
      }
      byKind {
        ...MeetingStatRowFields
      }
      byMonth {
        ...MeetingStatRowFields
      }
    }
  }
`);

export const AdminMeetingMemberStatisticsQuery = graphql(`
  query AdminMeetingMemberStatistics($page: Int!, $pageSize: Int!, $filter: MeetingStatisticsFilter, $sort: MeetingMemberStatSort!, $name: String) {
    meetingMemberStatistics(page: $page, pageSize: $pageSize, filter: $filter, sort: $sort, name: $name) {
      total
      items {
        member {
          id
          name
        }
        sector
        party
        invited
        attended
        leave
        absent
        undecided
        attendanceRate
      }
    }
  }
`);

export const ExportMeetingStatisticsMutation = graphql(`
  mutation AdminExportMeetingStatistics($filter: MeetingStatisticsFilter) {
    exportMeetingStatistics(filter: $filter) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);
