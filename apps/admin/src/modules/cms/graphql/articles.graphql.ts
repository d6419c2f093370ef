import { graphql } from "../../../gql";

export const CmsArticleRowFields = graphql(`
  fragment CmsArticleRow on CmsArticleListItem {
    id
    no
    channelId
    channelName
    title
    author
    state
    version
    pinned
    publishedAt
    scheduledPublishAt
    updatedAt
    linkedAs
    url
  }
`);

export const CmsArticlesQuery = graphql(`
  query CmsArticles($filter: CmsArticleFilter, $page: Int!, $pageSize: Int!) {
    cmsArticles(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        ...CmsArticleRow
      }
    }
  }
`);

export const CmsArticleDetailFields = graphql(`
  fragment CmsArticleDetail on CmsArticleType {
    id
    no
    channelId
    channelName
    title
    subtitle
    author
    source
    summary
    keywords
    body
    customFields
    state
    version
    pinned
    publishedAt
    scheduledPublishAt
    scheduledWithdrawAt
    updatedAt
    createdAt
    url
    originTenantName
    availableActions
    canEditContent
    coverAssetId
    links {
      id
      channelId
      channelName
      kind
    }
    related {
      id
      title
      channelName
      state
      publishedAt
      url
    }
  }
`);

/** What a workflow step changes (a transition returns only this; the cache merges it into the open article). */
export const CmsArticleWorkflowFields = graphql(`
  fragment CmsArticleWorkflow on CmsArticleType {
    id
    state
    version
    publishedAt
    scheduledPublishAt
    scheduledWithdrawAt
    updatedAt
    url
    availableActions
    canEditContent
  }
`);

export const CmsArticleQuery = graphql(`
  query CmsArticle($id: ID!) {
    cmsArticle(id: $id) {
      ...CmsArticleDetail
    }
  }
`);

export const CmsArticleVersionsQuery = graphql(`
  query CmsArticleVersions($articleId: ID!) {
    cmsArticleVersions(articleId: $articleId) {
      id
      version
      title
      note
      createdByName
      createdAt
    }
  }
`);

export const CmsArticleDiffQuery = graphql(`
  query CmsArticleDiff($articleId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    cmsArticleDiff(articleId: $articleId, fromVersion: $fromVersion, toVersion: $toVersion) {
      fromVersion
      toVersion
      title {
        kind
        text
      }
      body {
        kind
        text
      }
    }
  }
`);

export const CmsArticleEventsQuery = graphql(`
  query CmsArticleEvents($articleId: ID!) {
    cmsArticleEvents(articleId: $articleId) {
      id
      action
      fromState
      toState
      comment
      actorName
      createdAt
    }
  }
`);

export const CreateCmsArticleMutation = graphql(`
  mutation CreateCmsArticle($input: CmsArticleInput!) {
    createCmsArticle(input: $input) {
      id
      version
    }
  }
`);

export const UpdateCmsArticleMutation = graphql(`
  mutation UpdateCmsArticle($id: ID!, $expectedVersion: Int!, $input: CmsArticleInput!) {
    updateCmsArticle(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...CmsArticleDetail
    }
  }
`);

export const DeleteCmsArticleMutation = graphql(`
  mutation DeleteCmsArticle($id: ID!, $expectedVersion: Int!) {
    deleteCmsArticle(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const TransitionCmsArticleMutation = graphql(`
  mutation TransitionCmsArticle($id: ID!, $expectedVersion: Int!, $input: CmsTransitionInput!) {
    transitionCmsArticle(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...CmsArticleWorkflow
    }
  }
`);

export const RestoreCmsArticleVersionMutation = graphql(`
  mutation RestoreCmsArticleVersion($id: ID!, $expectedVersion: Int!, $version: Int!) {
    restoreCmsArticleVersion(id: $id, expectedVersion: $expectedVersion, version: $version) {
      ...CmsArticleDetail
    }
  }
`);

export const SetCmsArticlePinnedMutation = graphql(`
  mutation SetCmsArticlePinned($id: ID!, $expectedVersion: Int!, $pinned: Boolean!) {
    setCmsArticlePinned(id: $id, expectedVersion: $expectedVersion, pinned: $pinned) {
      id
      version
      pinned
      updatedAt
    }
  }
`);

export const SetCmsArticleWithdrawAtMutation = graphql(`
  mutation SetCmsArticleWithdrawAt($id: ID!, $expectedVersion: Int!, $withdrawAt: DateTimeISO) {
    setCmsArticleWithdrawAt(id: $id, expectedVersion: $expectedVersion, withdrawAt: $withdrawAt) {
      id
      version
      scheduledWithdrawAt
      updatedAt
    }
  }
`);

export const LinkCmsArticleMutation = graphql(`
  mutation LinkCmsArticle($id: ID!, $channelId: ID!, $kind: CmsLinkKind!) {
    linkCmsArticle(id: $id, channelId: $channelId, kind: $kind) {
      id
      version
      links {
        id
        channelId
        channelName
        kind
      }
    }
  }
`);

export const UnlinkCmsArticleMutation = graphql(`
  mutation UnlinkCmsArticle($linkId: ID!) {
    unlinkCmsArticle(linkId: $linkId) {
      id
      version
      links {
        id
        channelId
        channelName
        kind
      }
    }
  }
`);

export const CmsSearchQuery = graphql(`
  query CmsSearch($input: CmsSearchInput!, $page: Int!, $pageSize: Int!) {
    cmsSearch(input: $input, page: $page, pageSize: $pageSize) {
      total
      items {
        rank
        highlight
        article {
          ...CmsArticleRow
        }
      }
    }
  }
`);
