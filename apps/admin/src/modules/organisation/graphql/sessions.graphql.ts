import { graphql } from "../../../gql";

export const SessionMeetingRowFields = graphql(`
  fragment SessionMeetingRow on SessionMeetingType {
    id
    sessionId
    number
    name
    year
    startDate
    endDate
  }
`);

export const CommitteeSessionRowFields = graphql(`
  fragment CommitteeSessionRow on CommitteeSessionType {
    id
    name
    number
    startYear
    endYear
    isCurrent
    memberCount
    meetings {
      ...SessionMeetingRow
    }
  }
`);

export const CommitteeSessionsQuery = graphql(`
  query CommitteeSessions {
    committeeSessions {
      ...CommitteeSessionRow
    }
  }
`);

export const CreateCommitteeSessionMutation = graphql(`
  mutation CreateCommitteeSession($input: CommitteeSessionInput!) {
    createCommitteeSession(input: $input) {
      ...CommitteeSessionRow
    }
  }
`);

export const UpdateCommitteeSessionMutation = graphql(`
  mutation UpdateCommitteeSession($id: ID!, $input: CommitteeSessionInput!) {
    updateCommitteeSession(id: $id, input: $input) {
      ...CommitteeSessionRow
    }
  }
`);

export const DeleteCommitteeSessionMutation = graphql(`
  mutation DeleteCommitteeSession($id: ID!) {
    deleteCommitteeSession(id: $id)
  }
`);

export const CreateSessionMeetingMutation = graphql(`
  mutation CreateSessionMeeting($input: SessionMeetingInput!) {
    createSessionMeeting(input: $input) {
      ...SessionMeetingRow
    }
  }
`);

export const UpdateSessionMeetingMutation = graphql(`
  mutation UpdateSessionMeeting($id: ID!, $input: SessionMeetingInput!) {
    updateSessionMeeting(id: $id, input: $input) {
      ...SessionMeetingRow
    }
  }
`);

export const DeleteSessionMeetingMutation = graphql(`
  mutation DeleteSessionMeeting($id: ID!) {
    deleteSessionMeeting(id: $id)
  }
`);
