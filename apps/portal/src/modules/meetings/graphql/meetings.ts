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
        body
        fileName
        size
        url
      }
      guests {
        id
        name
        unit
        role
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

export const MyMeetingSpeechesDocument = graphql(`
  query MyMeetingSpeechesPortal($meetingId: ID) {
    myMeetingSpeeches(meetingId: $meetingId) {
      id
      title
      content
      status
      submittedAt
      reviewNote
      deliveredAt
    }
  }
`);

export const SubmitSpeechDocument = graphql(`
  mutation SubmitMeetingSpeechPortal($meetingId: ID!, $input: MeetingSpeechInput!) {
    submitMeetingSpeech(meetingId: $meetingId, input: $input) {
      id
      status
    }
  }
`);

export const UpdateSpeechDocument = graphql(`
  mutation UpdateMeetingSpeechPortal($id: ID!, $input: MeetingSpeechInput!) {
    updateMeetingSpeech(id: $id, input: $input) {
      id
      title
      content
      status
    }
  }
`);

export const WithdrawSpeechDocument = graphql(`
  mutation WithdrawMeetingSpeechPortal($id: ID!) {
    withdrawMeetingSpeech(id: $id) {
      id
      status
    }
  }
`);

export const PhotoStoriesDocument = graphql(`
  query PhotoStoriesPortal($page: Int!, $pageSize: Int!) {
    photoStories(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        title
        publishedAt
        coverUrl
        meeting {
          id
          title
        }
      }
    }
  }
`);

export const PhotoStoryDocument = graphql(`
  query PhotoStoryPortal($id: ID!) {
    photoStory(id: $id) {
      id
      title
      body
      publishedAt
      meeting {
        id
        title
        startsAt
      }
      images {
        id
        caption
        url
      }
    }
  }
`);
