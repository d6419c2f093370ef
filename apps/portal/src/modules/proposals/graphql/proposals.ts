import { graphql } from "../../../gql";

export const MyProposalsDocument = graphql(`
  query MyProposals($page: Int!, $pageSize: Int!) {
    myProposals(page: $page, pageSize: $pageSize, includeCosigned: true) {
      total
      items {
        id
        title
        state
        stateLabel
        caseNumber
        submitterName
        updatedAt
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
      submitterName
      content
      reasons
      suggestions
      returnReason
      availableActions
      category {
        name
      }
      leadUnit {
        name
      }
      deadline
      cosigners {
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
      replies {
        id
        unit {
          name
        }
        resultLabel
        content
        round
      }
      feedbacks {
        round
        satisfaction
        comment
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

export const CreateMyProposalDocument = graphql(`
  mutation CreateMyProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
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
      myAssignment {
        id
        role
        deadline
        daysLeft
        signedAt
        repliedAt
        requests {
          id
          kind
          status
          reason
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
      }
      feedbacks {
        round
        satisfaction
        comment
      }
    }
  }
`);
