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
          id
          name
        }
        session {
          id
          name
        }
        startsAt
        endsAt
        place
        organiser
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

export const MeetingMemberPickerQuery = graphql(`
  query MeetingMemberPicker($name: String, $sessionId: ID) {
    members(filter: { name: $name, sessionId: $sessionId }, page: 1, pageSize: 20) {
      items {
        id
        name
        workUnitTitle
      }
    }
  }
`);

export const AdminMeetingDetailQuery = graphql(`
  query AdminMeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      title
      category
      kind {
        id
        name
      }
      session {
        id
        name
      }
      startsAt
      endsAt
      place
      agenda
      organiser
      status
      publishedAt
      cancelledAt
      cancelReason
      finishedAt
      createdAt
      updatedAt
      counts {
        invited
        replyAttend
        leavePending
        attended
        leave
        absent
        undecided
      }
      guests {
        id
        name
        unit
        role
      }
      documents {
        id
        title
        body
        fileName
        mime
        size
        url
        createdAt
      }
      invitees {
        allOfSession
        sectors {
          id
          name
        }
        parties {
          id
          name
        }
        specialCommittees {
          id
          name
        }
        members {
          id
          name
        }
      }
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

export const UpdateMeetingMutation = graphql(`
  mutation AdminUpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
      status
      title
    }
  }
`);

export const DeleteMeetingMutation = graphql(`
  mutation AdminDeleteMeeting($id: ID!) {
    deleteMeeting(id: $id)
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

export const FinishMeetingMutation = graphql(`
  mutation AdminFinishMeeting($id: ID!) {
    finishMeeting(id: $id) {
      id
      status
      counts {
        attended
        leave
        absent
      }
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
  query AdminMeetingAttendance($meetingId: ID!, $page: Int!, $pageSize: Int!, $filter: MeetingAttendanceFilter) {
    meetingAttendance(meetingId: $meetingId, page: $page, pageSize: $pageSize, filter: $filter) {
      total
      counts {
        invited
        replyAttend
        leavePending
        attended
        leave
        absent
        undecided
      }
      items {
        member {
          id
          name
        }
        sector
        party
        reply
        repliedAt
        leaveReason
        leaveStatus
        leaveReviewerName
        leaveReviewNote
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

export const MarkAttendanceMutation = graphql(`
  mutation AdminMarkMeetingAttendance($meetingId: ID!, $entries: [AttendanceEntryInput!]!) {
    markMeetingAttendance(meetingId: $meetingId, entries: $entries) {
      changed
      counts {
        attended
        leave
        absent
        undecided
      }
    }
  }
`);

export const ExportAttendanceMutation = graphql(`
  mutation AdminExportMeetingAttendance($meetingId: ID!) {
    exportMeetingAttendance(meetingId: $meetingId) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);

export const AddDocumentMutation = graphql(`
  mutation AdminAddMeetingDocument($meetingId: ID!, $input: MeetingDocumentInput!) {
    addMeetingDocument(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);

export const DeleteDocumentMutation = graphql(`
  mutation AdminDeleteMeetingDocument($id: ID!) {
    deleteMeetingDocument(id: $id)
  }
`);
