import { graphql } from "../../../gql";

export const MyOpinionRowFields = graphql(`
  fragment MyOpinionRowFields on OpinionListItem {
    id
    title
    state
    stateLabel
    origin
    originLabel
    cosignerCount
    instructed
    issue {
      id
      journalName
      label
    }
    submittedAt
    adoptedAt
    createdAt
    updatedAt
    version
  }
`);

export const MyOpinionsDocument = graphql(`
  query MyOpinions($page: Int!, $pageSize: Int!, $states: [OpinionState!]) {
    myOpinions(page: $page, pageSize: $pageSize, states: $states) {
      total
      items {
        ...MyOpinionRowFields
      }
    }
  }
`);

export const MyOpinionStatisticsDocument = graphql(`
  query MyOpinionStatistics {
    myOpinionStatistics {
      drafts
      submitted
      adopted
      inJournal
      published
      instructed
      cosigned
    }
  }
`);

export const MyOpinionInstructionFields = graphql(`
  fragment MyOpinionInstructionFields on OpinionInstructionType {
    id
    kind
    kindLabel
    authorName
    authorTitle
    instructedAt
    content
    sourceTenantName
    attachments {
      id
      name
      size
    }
  }
`);

export const MyOpinionDetailFields = graphql(`
  fragment MyOpinionDetailFields on OpinionDetail {
    id
    title
    content
    attachments {
      id
      name
      size
    }
    state
    stateLabel
    origin
    originLabel
    submitterName
    cosignerCount
    instructed
    issue {
      id
      journalName
      label
      status
    }
    submittedAt
    firstReviewedAt
    adoptedAt
    publishedAt
    createdAt
    updatedAt
    version
    returnReason
    discardReason
    cosigners {
      memberId
      memberName
      status
    }
    events {
      id
      action
      actionLabel
      toState
      actorName
      comment
      createdAt
    }
    availableActions
    canEdit
  }
`);

export const MyOpinionDocument = graphql(`
  query MyOpinion($id: ID!) {
    opinion(id: $id) {
      ...MyOpinionDetailFields
    }
    opinionInstructions(opinionId: $id) {
      ...MyOpinionInstructionFields
    }
  }
`);

export const CreateOpinionDraftDocument = graphql(`
  mutation CreateOpinionDraft($input: OpinionDraftInputType!) {
    createOpinionDraft(input: $input) {
      ...MyOpinionDetailFields
    }
  }
`);

export const UpdateOpinionDraftDocument = graphql(`
  mutation UpdateOpinionDraft($id: ID!, $version: Int!, $input: OpinionDraftInputType!) {
    updateOpinionDraft(id: $id, version: $version, input: $input) {
      ...MyOpinionDetailFields
    }
  }
`);

export const SubmitOpinionDocument = graphql(`
  mutation SubmitOpinion($id: ID!, $version: Int!) {
    submitOpinion(id: $id, version: $version) {
      ...MyOpinionDetailFields
    }
  }
`);

export const DeleteOpinionDraftDocument = graphql(`
  mutation DeleteOpinionDraft($id: ID!, $version: Int!) {
    deleteOpinionDraft(id: $id, version: $version)
  }
`);

export const CancelOpinionCosignDocument = graphql(`
  mutation CancelOpinionCosign($id: ID!, $version: Int!) {
    cancelOpinionCosign(id: $id, version: $version) {
      ...MyOpinionDetailFields
    }
  }
`);

export const OpinionCosignerCandidatesDocument = graphql(`
  query OpinionCosignerCandidates($search: String!) {
    opinionCosignerCandidates(search: $search) {
      id
      name
    }
  }
`);

export const MyOpinionCosignRequestsDocument = graphql(`
  query MyOpinionCosignRequests($pendingOnly: Boolean!) {
    myOpinionCosignRequests(pendingOnly: $pendingOnly) {
      myStatus
      invitedAt
      opinion {
        id
        title
        submitterName
      }
    }
  }
`);

export const RespondOpinionCosignDocument = graphql(`
  mutation RespondOpinionCosign($id: ID!, $accept: Boolean!) {
    respondOpinionCosign(id: $id, accept: $accept) {
      ...MyOpinionDetailFields
    }
  }
`);

export const OpinionFileDocument = graphql(`
  query OpinionFile($id: ID!) {
    opinionAttachment(id: $id) {
      filename
      contentType
      base64
    }
  }
`);

export const InstructionFileDocument = graphql(`
  query InstructionFile($opinionId: ID!, $id: ID!) {
    instructionAttachment(opinionId: $opinionId, id: $id) {
      filename
      contentType
      base64
    }
  }
`);

export const UploadOpinionFileDocument = graphql(`
  mutation UploadOpinionFile($input: UploadOpinionAttachmentInput!) {
    uploadOpinionAttachment(input: $input) {
      id
      name
      size
    }
  }
`);

export const DeleteOpinionFileDocument = graphql(`
  mutation DeleteOpinionFile($id: ID!) {
    deleteOpinionAttachment(id: $id)
  }
`);
