import { graphql } from "../../../gql";

export const AdminMeetingSpeechesQuery = graphql(`
  query AdminMeetingSpeeches($page: Int!, $pageSize: Int!, $meetingId: ID, $statuses: [MeetingSpeechStatus!]) {
    meetingSpeeches(page: $page, pageSize: $pageSize, meetingId: $meetingId, statuses: $statuses) {
      total
      items {
        id
        meeting {
          id
          title
          startsAt
        }
        member {
          id
          name
        }
        title
        content
        status
        submittedAt
        reviewerName
        reviewedAt
        reviewNote
        deliveredAt
      }
    }
  }
`);

export const ReviewMeetingSpeechMutation = graphql(`
  mutation AdminReviewMeetingSpeech($id: ID!, $action: MeetingSpeechReviewAction!, $note: String) {
    reviewMeetingSpeech(id: $id, action: $action, note: $note) {
      id
      status
      reviewNote
      reviewerName
      reviewedAt
      deliveredAt
    }
  }
`);

export const MeetingPickerQuery = graphql(`
  query AdminMeetingPicker($search: String) {
    meetings(page: 1, pageSize: 20, filter: { search: $search, statuses: [PUBLISHED, FINISHED] }) {
      items {
        id
        title
        startsAt
      }
    }
  }
`);
