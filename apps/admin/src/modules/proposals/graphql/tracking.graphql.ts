import { graphql } from "../../../gql";

export const ProposalTrackingQuery = graphql(`
  query AdminProposalTracking($page: Int!, $pageSize: Int!, $filter: ProposalTrackingFilter) {
    proposalTracking(page: $page, pageSize: $pageSize, filter: $filter) {
      total
      items {
        assignment {
          id
          unit {
            id
            name
          }
          role
          deadline
          assignedAt
          signedAt
          repliedAt
          daysLeft
          overdue
          requests {
            id
            kind
            status
          }
        }
        proposal {
          id
          title
          caseNumber
          state
          stateLabel
          submitterName
          isKey
        }
      }
    }
  }
`);

export const ProposalUnitTrackingQuery = graphql(`
  query AdminProposalUnitTracking($sessionId: ID) {
    proposalUnitTracking(sessionId: $sessionId) {
      ...ProposalUnitStat
    }
  }
`);

export const ProposalFeedbacksQuery = graphql(`
  query AdminProposalFeedbacks($page: Int!, $pageSize: Int!, $filter: ProposalFeedbackFilter) {
    proposalFeedbacks(page: $page, pageSize: $pageSize, filter: $filter) {
      total
      items {
        feedback {
          id
          round
          satisfaction
          comment
          createdAt
          decision
          decidedAt
        }
        proposal {
          id
          title
          caseNumber
          state
          stateLabel
          submitterName
          leadUnit {
            id
            name
          }
        }
      }
    }
  }
`);

export const ProposalRemindersQuery = graphql(`
  query AdminProposalReminders($limit: Int!) {
    proposalReminders(limit: $limit) {
      id
      proposalId
      unit {
        id
        name
      }
      kind
      day
      message
      createdAt
    }
  }
`);
