import { graphql } from "../../../gql";

export const ProposalRowFields = graphql(`
  fragment ProposalRow on ProposalSummary {
    id
    version
    title
    state
    stateLabel
    caseNumber
    session {
      id
      name
    }
    meeting {
      id
      name
    }
    category {
      id
      name
    }
    submitterType
    submitterName
    cosignerCount
    isKey
    leadUnit {
      id
      name
    }
    deadline
    overdue
    submittedAt
    updatedAt
  }
`);

export const ProposalsQuery = graphql(`
  query AdminProposals($page: Int!, $pageSize: Int!, $filter: ProposalFilter) {
    proposals(page: $page, pageSize: $pageSize, filter: $filter) {
      total
      items {
        ...ProposalRow
      }
    }
  }
`);

export const ProposalDetailQuery = graphql(`
  query AdminProposal($id: ID!) {
    proposal(id: $id) {
    id
    version
    title
    state
    stateLabel
    caseNumber
    session {
      id
      name
    }
    meeting {
      id
      name
    }
    category {
      id
      name
    }
    submitterType
    submitterName
    cosignerCount
    isKey
    leadUnit {
      id
      name
    }
    deadline
    overdue
    submittedAt
    updatedAt
      content
      reasons
      suggestions
      returnReason
      notFiledDestination
      notFiledReason
      keySupervisor
      round
      coUnits {
        id
        name
      }
      availableActions
      cosigners {
        memberId
        memberName
        status
      }
      events {
        id
        actionLabel
        actorName
        comment
        createdAt
      }
      assignments {
        id
        unit {
          id
          name
        }
        role
        status
        deadline
        signedAt
        repliedAt
        daysLeft
        requests {
          id
          kind
          reason
          requestedDeadline
          status
        }
      }
      replies {
        id
        unit {
          name
        }
        isLead
        resultLabel
        content
        round
        repliedByName
      }
      feedbacks {
        round
        satisfaction
        comment
      }
      attachments {
        id
        name
        size
      }
    }
  }
`);

export const ProposalLookupsQuery = graphql(`
  query ProposalLookups {
    proposalCategories {
      id
      parentId
      name
      path
    }
    committeeSessions {
      id
      name
      isCurrent
    }
    orgUnits(kind: HANDLING_UNIT, pageSize: 200) {
      items {
        id
        name
      }
    }
  }
`);

export const SuggestRoutingQuery = graphql(`
  query SuggestProposalRouting($id: ID!) {
    suggestProposalRouting(proposalId: $id) {
      units {
        id
        name
      }
      categories {
        id
        name
      }
      explanation
    }
  }
`);

export const PassFirstReviewMutation = graphql(`
  mutation PassFirstReview($input: ProposalTransitionInput!) {
    passFirstReview(input: $input) {
      id
      version
      state
    }
  }
`);
export const PassSecondReviewMutation = graphql(`
  mutation PassSecondReview($input: ProposalTransitionInput!) {
    passSecondReview(input: $input) {
      id
      version
      state
    }
  }
`);
export const ReturnProposalMutation = graphql(`
  mutation ReturnProposal($input: ReturnProposalInput!) {
    returnProposal(input: $input) {
      id
      version
      state
    }
  }
`);
export const DeclineProposalMutation = graphql(`
  mutation DeclineProposal($input: DeclineProposalInput!) {
    declineProposal(input: $input) {
      id
      version
      state
    }
  }
`);
export const FileProposalMutation = graphql(`
  mutation FileProposal($input: FileProposalInput!) {
    fileProposal(input: $input) {
      id
      version
      state
      caseNumber
    }
  }
`);
export const AssignProposalMutation = graphql(`
  mutation AssignProposal($input: AssignProposalInput!) {
    assignProposal(input: $input) {
      id
      version
      state
    }
  }
`);
export const CloseDissatisfiedMutation = graphql(`
  mutation CloseDissatisfiedProposal($input: ProposalTransitionInput!) {
    closeDissatisfiedProposal(input: $input) {
      id
      version
      state
    }
  }
`);
export const RehandleProposalMutation = graphql(`
  mutation RehandleProposal($input: RehandleProposalInput!) {
    rehandleProposal(input: $input) {
      id
      version
      state
    }
  }
`);
export const DecideRequestMutation = graphql(`
  mutation DecideProposalAssignmentRequest($input: DecideProposalAssignmentRequestInput!) {
    decideProposalAssignmentRequest(input: $input) {
      id
      version
      state
    }
  }
`);
export const ExportProposalsMutation = graphql(`
  mutation ExportProposals($filter: ProposalFilter) {
    exportProposals(filter: $filter) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);
export const ExportProposalDocxMutation = graphql(`
  mutation ExportProposalDocx($id: ID!) {
    exportProposalDocx(id: $id) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);

export const ProposalStatisticsQuery = graphql(`
  query AdminProposalStatistics($sessionId: ID) {
    proposalStatistics(sessionId: $sessionId) {
      total
      byState {
        state
        label
        count
      }
      byCategory {
        path
        total
      }
      byUnit {
        unit {
          name
        }
        assigned
      }
      bySatisfaction {
        label
        count
      }
    }
  }
`);
