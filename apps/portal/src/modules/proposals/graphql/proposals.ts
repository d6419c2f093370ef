import { graphql } from "../../../gql";

// ── 我的提案 ─────────────────────────────────────────────────────────────────────────────────

export const MyProposalsDocument = graphql(`
  query MyProposals($page: Int!, $pageSize: Int!, $states: [ProposalState!]) {
    myProposals(page: $page, pageSize: $pageSize, includeCosigned: true, filter: { states: $states }) {
      total
      items {
        id
        title
        state
        stateLabel
        caseNumber
        submitterName
        cosignerCount
        leadUnit {
          id
          name
        }
        submittedAt
        updatedAt
      }
    }
  }
`);

export const MyCosignInvitationsDocument = graphql(`
  query MyProposalCosignInvitations($pendingOnly: Boolean!) {
    myProposalCosignInvitations(pendingOnly: $pendingOnly) {
      status
      invitedAt
      answeredAt
      proposal {
        id
        title
        state
        stateLabel
        submitterName
      }
    }
  }
`);

export const MyProposalDocument = graphql(`
  query MyProposal($id: ID!) {
    proposal(id: $id) {
      id
      version
      title
      state
      stateLabel
      caseNumber
      memberId
      submitterName
      content
      reasons
      suggestions
      returnReason
      notFiledReason
      notFiledDestination
      mergedInto {
        id
        title
      }
      availableActions
      submittedAt
      session {
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
      cosigners {
        memberId
        memberName
        status
        comment
      }
      attachments {
        id
        name
        size
      }
      events {
        id
        actionLabel
        actorName
        comment
        createdAt
      }
      replies {
        id
        isLead
        unit {
          id
          name
        }
        resultLabel
        content
        round
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
        decisionComment
      }
    }
  }
`);

export const ProposalFormLookupsDocument = graphql(`
  query ProposalFormLookups {
    committeeSessions {
      id
      name
      isCurrent
    }
    proposalCategories {
      id
      path
    }
  }
`);

export const ProposalCosignerSearchDocument = graphql(`
  query ProposalCosignerSearch($search: String!) {
    contacts(search: $search, page: 1, pageSize: 20) {
      items {
        id
        name
        workUnitTitle
      }
    }
  }
`);

export const CreateMyProposalDocument = graphql(`
  mutation CreateMyProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
      version
    }
  }
`);

export const UpdateMyProposalDocument = graphql(`
  mutation UpdateMyProposal($id: ID!, $version: Int!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const DeleteMyProposalDocument = graphql(`
  mutation DeleteMyProposal($id: ID!, $version: Int!) {
    deleteProposal(id: $id, version: $version)
  }
`);

export const InviteMyCosignersDocument = graphql(`
  mutation InviteMyCosigners($input: InviteProposalCosignersInput!) {
    inviteProposalCosigners(input: $input) {
      id
      version
      state
    }
  }
`);

export const CancelMyCosignDocument = graphql(`
  mutation CancelMyCosign($input: ProposalTransitionInput!) {
    cancelProposalCosign(input: $input) {
      id
      version
      state
    }
  }
`);

export const AnswerCosignDocument = graphql(`
  mutation AnswerProposalCosign($input: AnswerProposalCosignInput!) {
    answerProposalCosign(input: $input) {
      id
      version
    }
  }
`);

export const SubmitMyProposalDocument = graphql(`
  mutation SubmitMyProposal($input: ProposalTransitionInput!) {
    submitProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const RateMyProposalDocument = graphql(`
  mutation RateMyProposal($input: RateProposalInput!) {
    rateProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const UploadProposalFileDocument = graphql(`
  mutation UploadProposalFile($input: UploadProposalAttachmentInput!) {
    uploadProposalAttachment(input: $input) {
      id
      name
      size
    }
  }
`);

export const DeleteProposalFileDocument = graphql(`
  mutation DeleteProposalFile($id: ID!) {
    deleteProposalAttachment(id: $id)
  }
`);

export const ProposalFileDocument = graphql(`
  query ProposalFile($id: ID!) {
    proposalAttachment(id: $id) {
      filename
      contentType
      base64
    }
  }
`);

// ── 承办提案 (handling units on the phone) ──────────────────────────────────────────────────────

export const UnitProposalsDocument = graphql(`
  query UnitProposals($page: Int!, $pageSize: Int!) {
    unitProposals(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        title
        state
        stateLabel
        caseNumber
        submitterName
        myAssignment {
          id
          role
          deadline
          daysLeft
          signedAt
          repliedAt
        }
      }
    }
  }
`);

export const SignProposalDocument = graphql(`
  mutation SignProposal($input: ProposalTransitionInput!) {
    signProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const ReplyProposalDocument = graphql(`
  mutation ReplyProposal($input: ReplyProposalInput!) {
    replyProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const CoReplyProposalDocument = graphql(`
  mutation CoReplyProposal($input: ProposalCoReplyInput!) {
    coReplyProposal(input: $input) {
      id
      version
      state
    }
  }
`);

export const RequestAssignmentChangeDocument = graphql(`
  mutation RequestAssignmentChange($input: ProposalAssignmentRequestInput!) {
    requestProposalAssignmentChange(input: $input) {
      id
      version
      state
    }
  }
`);

export const UnitProposalDocument = graphql(`
  query UnitProposal($id: ID!) {
    proposal(id: $id) {
      id
      version
      title
      state
      stateLabel
      caseNumber
      submitterName
      content
      reasons
      suggestions
      availableActions
      attachments {
        id
        name
        size
      }
      myAssignment {
        id
        role
        deadline
        daysLeft
        signedAt
        repliedAt
        returnUntil
        requests {
          id
          kind
          status
          reason
          requestedDeadline
        }
      }
      replies {
        id
        unit {
          name
        }
        resultLabel
        content
        round
        attachments {
          id
          name
          size
        }
      }
      feedbacks {
        round
        satisfaction
        comment
      }
    }
  }
`);
