import { graphql } from "../../../../gql";

export const HandlingAssignmentFields = graphql(`
  fragment HandlingAssignment on ProposalAssignmentType {
    id
    role
    status
    deadline
    assignedAt
    signedAt
    repliedAt
    daysLeft
    overdue
    returnUntil
    unit {
      id
      name
    }
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
`);

export const HandlingProposalsQuery = graphql(`
  query HandlingProposals($page: Int!, $pageSize: Int!, $filter: ProposalFilter, $sort: ProposalSort) {
    unitProposals(page: $page, pageSize: $pageSize, filter: $filter, sort: $sort) {
      total
      items {
        id
        version
        title
        state
        stateLabel
        caseNumber
        submitterName
        submitterType
        cosignerCount
        isKey
        category {
          id
          name
        }
        myAssignment {
          ...HandlingAssignment
        }
      }
    }
  }
`);

/** The counts on the quick filters: one cheap page-size-1 query per stage. */
export const HandlingCountsQuery = graphql(`
  query HandlingCounts {
    toSign: unitProposals(page: 1, pageSize: 1, filter: { states: [ASSIGNED] }) {
      total
    }
    handling: unitProposals(page: 1, pageSize: 1, filter: { states: [HANDLING] }) {
      total
    }
    replied: unitProposals(page: 1, pageSize: 1, filter: { states: [REPLIED, DISSATISFIED] }) {
      total
    }
    closed: unitProposals(page: 1, pageSize: 1, filter: { states: [CLOSED] }) {
      total
    }
  }
`);

export const HandlingProposalQuery = graphql(`
  query HandlingProposal($id: ID!) {
    proposal(id: $id) {
      id
      version
      title
      state
      stateLabel
      caseNumber
      submitterName
      submitterType
      isKey
      keySupervisor
      round
      content
      reasons
      suggestions
      submittedAt
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
      leadUnit {
        id
        name
      }
      coUnits {
        id
        name
      }
      deadline
      availableActions
      cosigners {
        memberId
        memberName
        status
      }
      myAssignment {
        ...HandlingAssignment
      }
      attachments {
        id
        name
        size
      }
      replies {
        id
        isLead
        result
        resultLabel
        content
        round
        repliedByName
        createdAt
        unit {
          id
          name
        }
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
        decisionComment
      }
      events {
        id
        actionLabel
        actorName
        comment
        createdAt
      }
    }
  }
`);

export const HandlingSignMutation = graphql(`
  mutation HandlingSign($input: ProposalTransitionInput!) {
    signProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const HandlingRequestMutation = graphql(`
  mutation HandlingRequest($input: ProposalAssignmentRequestInput!) {
    requestProposalAssignmentChange(input: $input) {
      id
      version
      state
    }
  }
`);

export const HandlingReplyMutation = graphql(`
  mutation HandlingReply($input: ReplyProposalInput!) {
    replyProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const HandlingCoReplyMutation = graphql(`
  mutation HandlingCoReply($input: ProposalCoReplyInput!) {
    coReplyProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const HandlingUploadMutation = graphql(`
  mutation HandlingUpload($input: UploadProposalAttachmentInput!) {
    uploadProposalAttachment(input: $input) {
      id
      name
      size
    }
  }
`);

export const HandlingDeleteAttachmentMutation = graphql(`
  mutation HandlingDeleteAttachment($id: ID!) {
    deleteProposalAttachment(id: $id)
  }
`);

export const HandlingAttachmentQuery = graphql(`
  query HandlingAttachment($id: ID!) {
    proposalAttachment(id: $id) {
      filename
      contentType
      base64
    }
  }
`);

export const HandlingDocxMutation = graphql(`
  mutation HandlingDocx($id: ID!) {
    exportProposalDocx(id: $id) {
      filename
      contentType
      base64
    }
  }
`);
