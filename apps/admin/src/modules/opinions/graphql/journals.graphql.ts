import { graphql } from "../../../gql";

export const JournalTypeFields = graphql(`
  fragment JournalTypeFields on JournalTypeType {
    id
    name
    description
    publisherName
    reportTo
    sendTo
    distributeTo
    sortOrder
    disabled
    issueCount
  }
`);

export const JournalTypesQuery = graphql(`
  query JournalTypes($includeDisabled: Boolean!) {
    journalTypes(includeDisabled: $includeDisabled) {
      ...JournalTypeFields
    }
  }
`);

export const CreateJournalTypeMutation = graphql(`
  mutation CreateJournalType($input: JournalTypeInputType!) {
    createJournalType(input: $input) {
      ...JournalTypeFields
    }
  }
`);

export const UpdateJournalTypeMutation = graphql(`
  mutation UpdateJournalType($id: ID!, $input: JournalTypeInputType!) {
    updateJournalType(id: $id, input: $input) {
      ...JournalTypeFields
    }
  }
`);

export const JournalIssueRowFields = graphql(`
  fragment JournalIssueRowFields on JournalIssueType {
    id
    typeId
    journalName
    year
    number
    label
    title
    status
    issueDate
    editorName
    signerName
    itemCount
    publishedAt
    createdAt
    version
  }
`);

export const JournalIssuesQuery = graphql(`
  query JournalIssues($page: Int!, $pageSize: Int!, $typeId: ID, $year: Int, $status: JournalIssueStatus) {
    journalIssues(page: $page, pageSize: $pageSize, typeId: $typeId, year: $year, status: $status) {
      total
      items {
        ...JournalIssueRowFields
      }
    }
  }
`);

export const JournalIssueDetailFields = graphql(`
  fragment JournalIssueDetailFields on JournalIssueDetail {
    id
    typeId
    journalName
    publisherName
    year
    number
    label
    title
    status
    issueDate
    editorName
    signerName
    reportTo
    sendTo
    distributeTo
    itemCount
    publishedAt
    createdAt
    version
    items {
      id
      title
      content
      state
      stateLabel
      origin
      originLabel
      submitterName
      sourceTenantName
      instructed
      issueOrder
      version
    }
  }
`);

export const JournalIssueQuery = graphql(`
  query JournalIssue($id: ID!) {
    journalIssue(id: $id) {
      ...JournalIssueDetailFields
    }
  }
`);

export const CreateJournalIssueMutation = graphql(`
  mutation CreateJournalIssue($input: JournalIssueCreateInputType!) {
    createJournalIssue(input: $input) {
      ...JournalIssueDetailFields
    }
  }
`);

export const UpdateJournalIssueMutation = graphql(`
  mutation UpdateJournalIssue($id: ID!, $input: JournalIssueUpdateInputType!) {
    updateJournalIssue(id: $id, input: $input) {
      ...JournalIssueDetailFields
    }
  }
`);

export const DeleteJournalIssueMutation = graphql(`
  mutation DeleteJournalIssue($id: ID!, $version: Int!) {
    deleteJournalIssue(id: $id, version: $version)
  }
`);

export const AddOpinionsToIssueMutation = graphql(`
  mutation AddOpinionsToIssue($issueId: ID!, $opinions: [OpinionRefInput!]!) {
    addOpinionsToIssue(issueId: $issueId, opinions: $opinions) {
      ...JournalIssueDetailFields
    }
  }
`);

export const RemoveOpinionFromIssueMutation = graphql(`
  mutation RemoveOpinionFromIssue($issueId: ID!, $opinion: OpinionRefInput!) {
    removeOpinionFromIssue(issueId: $issueId, opinion: $opinion) {
      ...JournalIssueDetailFields
    }
  }
`);

export const ReorderJournalIssueMutation = graphql(`
  mutation ReorderJournalIssue($issueId: ID!, $version: Int!, $opinionIds: [ID!]!) {
    reorderJournalIssue(issueId: $issueId, version: $version, opinionIds: $opinionIds) {
      ...JournalIssueDetailFields
    }
  }
`);

export const PublishJournalIssueMutation = graphql(`
  mutation PublishJournalIssue($id: ID!, $version: Int!) {
    publishJournalIssue(id: $id, version: $version) {
      ...JournalIssueDetailFields
    }
  }
`);

export const ExportJournalIssueQuery = graphql(`
  query ExportJournalIssue($id: ID!) {
    exportJournalIssue(id: $id) {
      ...FileDownloadFields
    }
  }
`);
