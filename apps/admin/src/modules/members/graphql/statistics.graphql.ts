import { graphql } from "../../../gql";

export const StatBucketFields = graphql(`
  fragment StatBucketFields on StatBucket {
    key
    label
    count
    percent
  }
`);

export const MemberStatisticsQuery = graphql(`
  query MemberStatistics($sessionId: ID!) {
    memberStatistics(sessionId: $sessionId) {
      session {
        id
        name
        number
        isCurrent
      }
      asOf
      total
      byParty {
        ...StatBucketFields
      }
      bySector {
        ...StatBucketFields
      }
      bySpecialCommittee {
        ...StatBucketFields
      }
      byMemberType {
        ...StatBucketFields
      }
      byGender {
        ...StatBucketFields
      }
      byAgeBand {
        ...StatBucketFields
      }
      byEducation {
        ...StatBucketFields
      }
      byEthnicGroup {
        ...StatBucketFields
      }
    }
  }
`);

export const ExportMemberStatisticsQuery = graphql(`
  query ExportMemberStatistics($sessionId: ID!) {
    exportMemberStatistics(sessionId: $sessionId) {
      ...FileDownloadFields
    }
  }
`);
