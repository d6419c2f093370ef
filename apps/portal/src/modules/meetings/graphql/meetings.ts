import { graphql } from "../../../gql";

export const MyMeetingsDocument = graphql(`
  query MyMeetings($page: Int!, $pageSize: Int!, $upcoming: Boolean!) {
    myMeetings(page: $page, pageSize: $pageSize, upcoming: $upcoming) {
      total
      items {
        id
        title
        category
        startsAt
        endsAt
        place
        status
        myInvitation {
          reply
          leaveStatus
          attendance
        }
      }
    }
  }
`);

export const MyMeetingDocument = graphql(`
  query MyMeetingDetail($id: ID!) {
    myMeeting(id: $id) {
      id
      title
      category
      kind {
        name
      }
      startsAt
      endsAt
      place
      agenda
      organiser
      status
      cancelReason
      documents {
        id
        title
        fileName
        url
      }
      myInvitation {
        meetingId
        reply
        leaveReason
        leaveStatus
        leaveReviewNote
        attendance
        attendanceAt
      }
    }
  }
`);

export const ReplyMeetingDocument = graphql(`
  mutation ReplyMeetingPortal($meetingId: ID!, $input: MeetingReplyInput!) {
    replyMeeting(meetingId: $meetingId, input: $input) {
      meetingId
      reply
      leaveStatus
    }
  }
`);

export const CheckInDocument = graphql(`
  mutation CheckInMeetingPortal($meetingId: ID!, $code: String!) {
    checkInMeeting(meetingId: $meetingId, code: $code) {
      meetingId
      attendance
      attendanceAt
    }
  }
`);
