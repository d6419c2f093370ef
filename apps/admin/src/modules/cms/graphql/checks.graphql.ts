import { graphql } from "../../../gql";

export const CmsCheckScanFields = graphql(`
  fragment CmsCheckScanFields on CmsCheckScanType {
    id
    trigger
    state
    total
    done
    progress
    brokenLinks
    brokenImages
    externalLinks
    sensitiveWords
    staleChannels
    error
    createdAt
    finishedAt
  }
`);

export const CmsCheckScansQuery = graphql(`
  query CmsCheckScans($page: Int!, $pageSize: Int!) {
    cmsCheckScans(page: $page, pageSize: $pageSize) {
      total
      items {
        ...CmsCheckScanFields
      }
    }
  }
`);

export const CmsCheckScanQuery = graphql(`
  query CmsCheckScan($id: ID!) {
    cmsCheckScan(id: $id) {
      ...CmsCheckScanFields
    }
  }
`);

export const RequestCmsCheckMutation = graphql(`
  mutation RequestCmsCheck {
    requestCmsCheck {
      ...CmsCheckScanFields
    }
  }
`);

export const CmsCheckChannelsQuery = graphql(`
  query CmsCheckChannels($scanId: ID!) {
    cmsCheckChannels(scanId: $scanId) {
      channelId
      channelName
      slug
      departmentName
      brokenLinks
      brokenImages
      externalLinks
      sensitiveWords
      staleChannels
      problems
    }
  }
`);

export const CmsCheckFindingsQuery = graphql(`
  query CmsCheckFindings($scanId: ID!, $channelId: ID, $kind: String, $page: Int!, $pageSize: Int!) {
    cmsCheckFindings(scanId: $scanId, channelId: $channelId, kind: $kind, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        channelId
        channelName
        articleId
        articleTitle
        kind
        target
        detail
      }
    }
  }
`);

export const CmsImportJobFields = graphql(`
  fragment CmsImportJobFields on CmsImportJobType {
    id
    fileName
    format
    targetState
    state
    total
    done
    progress
    imported
    failed
    errors {
      row
      message
    }
    error
    createdAt
    finishedAt
  }
`);

export const ImportCmsArticlesMutation = graphql(`
  mutation ImportCmsArticles($input: CmsImportInput!) {
    importCmsArticles(input: $input) {
      ...CmsImportJobFields
    }
  }
`);

export const CmsImportJobQuery = graphql(`
  query CmsImportJob($id: ID!) {
    cmsImportJob(id: $id) {
      ...CmsImportJobFields
    }
  }
`);

export const CmsImportJobsQuery = graphql(`
  query CmsImportJobs($page: Int!, $pageSize: Int!) {
    cmsImportJobs(page: $page, pageSize: $pageSize) {
      total
      items {
        ...CmsImportJobFields
      }
    }
  }
`);

export const CmsChannelScoresQuery = graphql(`
  query CmsChannelScores($from: DateTimeISO!, $to: DateTimeISO!) {
    cmsChannelScores(from: $from, to: $to) {
      periodDays
      scanFinishedAt
      channels {
        channelId
        channelName
        slug
        departmentName
        updateDays
        published
        staleDays
        brokenLinks
        brokenImages
        sensitiveWords
        timeliness
        volume
        quality
        score
      }
      departments {
        departmentName
        channels
        published
        staleDays
        brokenLinks
        sensitiveWords
        score
      }
    }
  }
`);

export const ExportCmsChannelScoresMutation = graphql(`
  mutation ExportCmsChannelScores($from: DateTimeISO!, $to: DateTimeISO!) {
    exportCmsChannelScores(from: $from, to: $to) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);
