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
    enteredByOffice
    isKey
    leadUnit {
      id
      name
    }
    coUnits {
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
  query AdminProposals($page: Int!, $pageSize: Int!, $filter: ProposalFilter, $sort: ProposalSort) {
    proposals(page: $page, pageSize: $pageSize, filter: $filter, sort: $sort) {
      total
      items {
        ...ProposalRow
      }
    }
  }
`);

/** How many proposals wait in each work list (the badges on the tabs). */
export const ProposalListCountsQuery = graphql(`
  query AdminProposalListCounts {
    firstReview: proposals(page: 1, pageSize: 1, filter: { list: FIRST_REVIEW }) {
      total
    }
    secondReview: proposals(page: 1, pageSize: 1, filter: { list: SECOND_REVIEW }) {
      total
    }
    toFile: proposals(page: 1, pageSize: 1, filter: { list: TO_FILE }) {
      total
    }
    toAssign: proposals(page: 1, pageSize: 1, filter: { list: TO_ASSIGN }) {
      total
    }
    dissatisfied: proposals(page: 1, pageSize: 1, filter: { list: DISSATISFIED }) {
      total
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
      enteredByOffice
      isKey
      leadUnit {
        id
        name
      }
      coUnits {
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
      mergedInto {
        id
        title
        caseNumber
      }
      mergedProposals {
        id
        title
        caseNumber
        submitterName
        content
        submittedAt
      }
      keySupervisor
      round
      filedAt
      closedAt
      createdAt
      availableActions
      cosigners {
        memberId
        memberName
        status
        comment
        invitedAt
        answeredAt
      }
      events {
        id
        action
        actionLabel
        fromState
        toState
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
        assignedAt
        signedAt
        repliedAt
        daysLeft
        overdue
        returnUntil
        requests {
          id
          kind
          reason
          requestedDeadline
          status
          requestedAt
          decidedAt
          decisionComment
        }
      }
      replies {
        id
        unit {
          name
        }
        isLead
        result
        resultLabel
        content
        round
        repliedByName
        createdAt
        attachments {
          id
          name
          size
        }
      }
      feedbacks {
        id
        round
        satisfaction
        comment
        createdAt
        decision
        decidedAt
        decisionComment
      }
      attachments {
        id
        name
        size
        replyId
        createdAt
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
      meetings {
        id
        name
      }
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
        score
        votes
      }
      categories {
        id
        name
        score
        votes
      }
      neighbours {
        id
        title
        caseNumber
        score
      }
      explanation
    }
  }
`);

export const SimilarProposalsQuery = graphql(`
  query AdminSimilarProposals($input: SimilarProposalsInput!) {
    similarProposals(input: $input) {
      id
      title
      caseNumber
      state
      stateLabel
      submitterName
      score
      sharedTerms
    }
  }
`);

export const ProposalAttachmentQuery = graphql(`
  query AdminProposalAttachment($id: ID!) {
    proposalAttachment(id: $id) {
      filename
      contentType
      base64
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
export const SetKeyProposalMutation = graphql(`
  mutation SetKeyProposal($input: SetKeyProposalInput!) {
    setKeyProposal(input: $input) {
      id
      version
      isKey
      keySupervisor
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
  mutation ExportProposals($filter: ProposalFilter, $sort: ProposalSort) {
    exportProposals(filter: $filter, sort: $sort) {
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

export const MergeProposalMutation = graphql(`
  mutation MergeProposal($input: MergeProposalInput!) {
    mergeProposal(input: $input) {
      id
      version
      state
    }
  }
`);
