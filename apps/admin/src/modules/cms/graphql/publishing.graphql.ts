import { graphql } from "../../../gql";

export const CmsPublishJobFields = graphql(`
  fragment CmsPublishJobFields on CmsPublishJobType {
    id
    kind
    state
    total
    done
    progress
    written
    skipped
    deleted
    error
    createdAt
    startedAt
    finishedAt
  }
`);

export const CmsPublishJobsQuery = graphql(`
  query CmsPublishJobs($page: Int!, $pageSize: Int!) {
    cmsPublishJobs(page: $page, pageSize: $pageSize) {
      total
      items {
        ...CmsPublishJobFields
      }
    }
  }
`);

export const CmsPublishJobQuery = graphql(`
  query CmsPublishJob($id: ID!) {
    cmsPublishJob(id: $id) {
      ...CmsPublishJobFields
      writtenFiles
    }
  }
`);

export const RequestCmsPublishMutation = graphql(`
  mutation RequestCmsPublish($kind: CmsPublishKind!, $channelIds: [ID!]!, $articleIds: [ID!]!) {
    requestCmsPublish(kind: $kind, channelIds: $channelIds, articleIds: $articleIds) {
      ...CmsPublishJobFields
    }
  }
`);

export const CmsSubmissionsQuery = graphql(`
  query CmsSubmissions($state: CmsSubmissionState) {
    cmsSubmissions(state: $state) {
      id
      sourceTenantName
      sourceArticleId
      title
      author
      source
      summary
      body
      submittedByName
      note
      state
      reason
      acceptedArticleId
      createdAt
      decidedAt
    }
  }
`);

export const CmsOutgoingSubmissionsQuery = graphql(`
  query CmsOutgoingSubmissions {
    cmsOutgoingSubmissions {
      id
      sourceArticleId
      title
      state
      reason
      acceptedArticleId
      decidedAt
      createdAt
    }
  }
`);

export const AcceptCmsSubmissionMutation = graphql(`
  mutation AcceptCmsSubmission($id: ID!, $channelId: ID!) {
    acceptCmsSubmission(id: $id, channelId: $channelId) {
      id
      state
      acceptedArticleId
      decidedAt
    }
  }
`);

export const RejectCmsSubmissionMutation = graphql(`
  mutation RejectCmsSubmission($id: ID!, $reason: String!) {
    rejectCmsSubmission(id: $id, reason: $reason) {
      id
      state
      reason
      decidedAt
    }
  }
`);

export const SubmitCmsArticleToParentMutation = graphql(`
  mutation SubmitCmsArticleToParent($articleId: ID!, $note: String) {
    submitCmsArticleToParent(articleId: $articleId, note: $note) {
      id
      state
      createdAt
    }
  }
`);
