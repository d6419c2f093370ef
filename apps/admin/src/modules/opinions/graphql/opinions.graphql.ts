import { graphql } from "../../../gql";

export const OpinionInstructionFields = graphql(`
  fragment OpinionInstructionFields on OpinionInstructionType {
    id
    kind
    kindLabel
    authorName
    authorTitle
    instructedAt
    content
    createdAt
    sourceTenantName
    attachments {
      id
      name
      size
    }
  }
`);

export const OpinionIssueRefFields = graphql(`
  fragment OpinionIssueRefFields on OpinionIssueRef {
    id
    typeId
    journalName
    year
    number
    label
    status
  }
`);

export const OpinionUpwardFields = graphql(`
  fragment OpinionUpwardFields on OpinionUpward {
    parentTenantId
    parentTenantName
    parentOpinionId
    forwardedAt
    state
    stateLabel
    adopted
    adoptedAt
    publishedAt
    returnReason
    discardReason
    issueLabel
    # The fields of OpinionInstructionFields written out: graphql-armor counts each fragment spread as a
    # level, and the detail query (opinion → upward → instructions → attachments) must stay within depth 10.
    instructions {
      id
      kind
      kindLabel
      authorName
      authorTitle
      instructedAt
      content
      createdAt
      sourceTenantName
      attachments {
        id
        name
        size
      }
    }
  }
`);

export const OpinionRowFields = graphql(`
  fragment OpinionRowFields on OpinionListItem {
    id
    title
    state
    stateLabel
    origin
    originLabel
    submitterKind
    submitterName
    sourceTenantName
    cosignerCount
    instructed
    instructionCount
    issue {
      ...OpinionIssueRefFields
    }
    issueOrder
    forwarded
    submittedAt
    adoptedAt
    publishedAt
    updatedAt
    version
  }
`);

export const OpinionsQuery = graphql(`
  query Opinions($page: Int!, $pageSize: Int!, $filter: OpinionFilter) {
    opinions(page: $page, pageSize: $pageSize, filter: $filter) {
      total
      items {
        ...OpinionRowFields
      }
    }
  }
`);

export const OpinionDetailFields = graphql(`
  fragment OpinionDetailFields on OpinionDetail {
    attachments {
      id
      name
      size
    }
    id
    title
    content
    state
    stateLabel
    origin
    originLabel
    submitterKind
    submitterName
    sourceTenantName
    cosignerCount
    instructed
    instructionCount
    issue {
      ...OpinionIssueRefFields
    }
    issueOrder
    forwarded
    upward {
      ...OpinionUpwardFields
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
    sourceProposalId
    source {
      tenantId
      tenantName
      opinionId
    }
    cosigners {
      memberId
      memberName
      status
      respondedAt
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
    instructions {
      ...OpinionInstructionFields
    }
    versionCount
    availableActions
    canEdit
    canForward
    canInstruct
  }
`);

export const OpinionQuery = graphql(`
  query Opinion($id: ID!) {
    opinion(id: $id) {
      ...OpinionDetailFields
    }
  }
`);

export const OpinionVersionsQuery = graphql(`
  query OpinionVersions($id: ID!) {
    opinionVersions(id: $id) {
      no
      title
      content
      editorName
      note
      createdAt
    }
  }
`);

export const OpinionDiffQuery = graphql(`
  query OpinionDiff($id: ID!, $fromNo: Int, $toNo: Int) {
    opinionDiff(id: $id, fromNo: $fromNo, toNo: $toNo) {
      fromNo
      toNo
      fromTitle
      toTitle
      titleChanged
      added
      removed
      lines {
        kind
        text
        oldLine
        newLine
      }
    }
  }
`);

export const OpinionSessionsQuery = graphql(`
  query OpinionSessions {
    committeeSessions {
      id
      name
      isCurrent
    }
  }
`);

export const PassOpinionFirstReviewMutation = graphql(`
  mutation PassOpinionFirstReview($id: ID!, $version: Int!, $comment: String) {
    passOpinionFirstReview(id: $id, version: $version, comment: $comment) {
      ...OpinionDetailFields
    }
  }
`);

export const PassOpinionSecondReviewMutation = graphql(`
  mutation PassOpinionSecondReview($id: ID!, $version: Int!, $comment: String) {
    passOpinionSecondReview(id: $id, version: $version, comment: $comment) {
      ...OpinionDetailFields
    }
  }
`);

export const ReturnOpinionMutation = graphql(`
  mutation ReturnOpinion($id: ID!, $version: Int!, $reason: String!) {
    returnOpinion(id: $id, version: $version, reason: $reason) {
      ...OpinionDetailFields
    }
  }
`);

export const DiscardOpinionMutation = graphql(`
  mutation DiscardOpinion($id: ID!, $version: Int!, $reason: String) {
    discardOpinion(id: $id, version: $version, reason: $reason) {
      ...OpinionDetailFields
    }
  }
`);

export const EditOpinionTextMutation = graphql(`
  mutation EditOpinionText($id: ID!, $input: OpinionTextEditInput!) {
    editOpinionText(id: $id, input: $input) {
      ...OpinionDetailFields
    }
  }
`);

export const ForwardOpinionMutation = graphql(`
  mutation ForwardOpinionToParent($id: ID!) {
    forwardOpinionToParent(id: $id) {
      ...OpinionDetailFields
    }
  }
`);

export const RecordOpinionInstructionMutation = graphql(`
  mutation RecordOpinionInstruction($opinionId: ID!, $input: InstructionInputType!) {
    recordOpinionInstruction(opinionId: $opinionId, input: $input) {
      ...OpinionInstructionFields
    }
  }
`);

export const DeleteOpinionInstructionMutation = graphql(`
  mutation DeleteOpinionInstruction($id: ID!) {
    deleteOpinionInstruction(id: $id)
  }
`);

export const OpinionAttachmentQuery = graphql(`
  query OpinionAttachment($id: ID!) {
    opinionAttachment(id: $id) {
      filename
      contentType
      base64
    }
  }
`);

export const InstructionAttachmentQuery = graphql(`
  query InstructionAttachment($opinionId: ID!, $id: ID!) {
    instructionAttachment(opinionId: $opinionId, id: $id) {
      filename
      contentType
      base64
    }
  }
`);

export const UploadInstructionAttachmentMutation = graphql(`
  mutation UploadInstructionAttachment($input: UploadInstructionAttachmentInput!) {
    uploadInstructionAttachment(input: $input) {
      id
      name
      size
    }
  }
`);

export const DeleteInstructionAttachmentMutation = graphql(`
  mutation DeleteInstructionAttachment($id: ID!) {
    deleteInstructionAttachment(id: $id)
  }
`);
