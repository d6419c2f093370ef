import { graphql } from "../../../gql";

export const SessionFields = graphql(`
  fragment SessionFields on SessionType {
    id
    createdAt
    lastSeenAt
    ip
    userAgent
    current
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      ...SessionFields
    }
  }
`);

export const RevokeMySessionMutation = graphql(`
  mutation RevokeMySession($sessionId: ID!) {
    revokeMySession(sessionId: $sessionId)
  }
`);

export const UserSessionsQuery = graphql(`
  query UserSessions($userId: ID!) {
    userSessions(userId: $userId) {
      ...SessionFields
    }
  }
`);

export const RevokeUserSessionsMutation = graphql(`
  mutation RevokeUserSessions($userId: ID!) {
    revokeUserSessions(userId: $userId)
  }
`);
