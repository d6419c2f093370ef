import { graphql } from "../../../gql";

export const OpinionSubmissionRowFields = graphql(`
  fragment OpinionSubmissionRowFields on OpinionSubmissionRow {
    key
    name
    kind
    party
    submitted
    adopted
    inJournal
    published
    instructed
  }
`);

export const OpinionStatisticsQuery = graphql(`
  query OpinionStatistics($filter: OpinionStatisticsFilterInput) {
    opinionSummaryStatistics(filter: $filter) {
      submitted
      pendingReview
      adopted
      inJournal
      published
      returned
      discarded
      instructed
      adoptionRate
      byState {
        key
        label
        count
      }
      byOrigin {
        key
        label
        count
      }
      byInstructionKind {
        kind
        label
        instructions
        items
      }
      byPeriod {
        period
        submitted
        adopted
        inJournal
        published
        instructed
      }
    }
    opinionSubmissionStatistics(filter: $filter) {
      bySubmitter {
        ...OpinionSubmissionRowFields
      }
      byParty {
        ...OpinionSubmissionRowFields
      }
      byCollective {
        ...OpinionSubmissionRowFields
      }
      total {
        ...OpinionSubmissionRowFields
      }
    }
  }
`);

export const ExportOpinionStatisticsQuery = graphql(`
  query ExportOpinionStatistics($filter: OpinionStatisticsFilterInput) {
    exportOpinionStatistics(filter: $filter) {
      ...FileDownloadFields
    }
  }
`);
