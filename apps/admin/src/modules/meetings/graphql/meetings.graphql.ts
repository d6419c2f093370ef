import { graphql } from "../../../gql";

export const AdminMeetingsQuery = graphql(`
  query AdminMeetings($page: Int!, $pageSize: Int!, $filter: MeetingFilter) {
    meetings(page: $page, pageSize: $pageSize, filter: $filter) {
      total
      items {
        id
        title
        category
        kind {
          name
        }
        startsAt
        endsAt
        place
        status
        counts {
          invited
          replyAttend
          leavePending
          attended
          leave
          absent
          undecided
        }
      }
    }
  }
`);

export const MeetingFormLookupsQuery = graphql(`
  query MeetingFormLookups {
    meetingKinds {
      id
      name
      category
    }
    committeeSessions {
      id
      name
      isCurrent
    }
    sectors: dictItems(kind: SECTOR) {
      id
      name
    }
    parties: dictItems(kind: PARTY) {
      id
      name
    }
    specialCommittees: dictItems(kind: SPECIAL_COMMITTEE) {
      id
      name
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation AdminCreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      status
    }
  }
`);

export const PublishMeetingMutation = graphql(`
  mutation AdminPublishMeeting($id: ID!) {
    publishMeeting(id: $id) {
      id
      status
      counts {
        invited
      }
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation AdminCancelMeeting($id: ID!, $reason: String!) {
    cancelMeeting(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const CheckInCodeQuery = graphql(`
  query AdminMeetingCheckInCode($meetingId: ID!) {
    meetingCheckInCode(meetingId: $meetingId) {
      meetingId
      code
      expiresAt
    }
  }
`);

export const MeetingAttendanceQuery = graphql(`
  query AdminMeetingAttendance($meetingId: ID!, $page: Int!) {
    meetingAttendance(meetingId: $meetingId, page: $page, pageSize: 50) {
      total
      items {
        member {
          id
          name
        }
        sector
        reply
        leaveReason
        leaveStatus
        attendance
        attendanceAt
        attendanceMethod
      }
    }
  }
`);

export const ReviewLeaveMutation = graphql(`
  mutation AdminReviewMeetingLeave($meetingId: ID!, $memberId: ID!, $approve: Boolean!, $note: String) {
    reviewMeetingLeave(meetingId: $meetingId, memberId: $memberId, approve: $approve, note: $note) {
      leaveStatus
    }
  }
`);
