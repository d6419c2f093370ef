import { graphql } from "../../../gql";

export const RunFields = graphql(`
  fragment PerformanceRunFields on PerformanceScoreRunType {
    id
    assessmentType
    year
    session {
      id
      name
    }
    firstDay
    lastDay
    ruleSetVersions {
      id
      ruleSetId
      version
      name
    }
    trigger
    note
    memberCount
    computedByName
    computedAt
  }
`);

export const PerformanceScoresQuery = graphql(`
  query AdminPerformanceScores($page: Int!, $pageSize: Int!, $period: PerformancePeriodInput!, $filter: PerformanceScoreFilter, $direction: SortDirection!, $runId: ID) {
    performanceScores(page: $page, pageSize: $pageSize, period: $period, filter: $filter, direction: $direction, runId: $runId) {
      total
      period {
        assessmentType
        year
        session {
          id
          name
        }
        firstDay
        lastDay
      }
      ruleSetVersions {
        id
        ruleSetId
        version
        name
      }
      grades {
        name
        minScore
      }
      run {
        ...PerformanceRunFields
      }
      items {
        member {
          id
          name
          gender
          workUnitTitle
        }
        sector {
          id
          name
        }
        party {
          id
          name
        }
        memberType {
          id
          name
        }
        specialCommittee {
          id
          name
        }
        total
        rawTotal
        cappedPoints
        eventCount
        rank
        grade
      }
    }
  }
`);

export const ScoreExplanationQuery = graphql(`
  query AdminScoreExplanation($memberId: ID!, $period: PerformancePeriodInput!, $runId: ID) {
    performanceScoreExplanation(memberId: $memberId, period: $period, runId: $runId) {
      member {
        id
        name
        workUnitTitle
      }
      period {
        assessmentType
        year
        session {
          id
          name
        }
        firstDay
        lastDay
      }
      total
      rawTotal
      cappedPoints
      grade
      rank
      rankOf
      ruleSetVersions {
        id
        version
        name
      }
      summary {
        year
        kind
        kindLabel
        count
        countedCount
        rawPoints
        points
        cappedPoints
      }
      lines {
        eventId
        kind
        kindLabel
        day
        year
        sourceType
        note
        ruleSetName
        ruleSetVersion
        ruleDescription
        rulePoints
        eventPoints
        itemIndex
        rawPoints
        points
        cappedPoints
        capReason
        capNote
      }
    }
  }
`);

export const ScoreHistoryQuery = graphql(`
  query AdminScoreHistory($memberId: ID!, $assessmentType: AssessmentType, $year: Int, $sessionId: ID) {
    performanceScoreHistory(memberId: $memberId, assessmentType: $assessmentType, year: $year, sessionId: $sessionId) {
      run {
        ...PerformanceRunFields
      }
      total
      grade
      rank
      eventCount
    }
  }
`);

export const ScoreRunsQuery = graphql(`
  query AdminScoreRuns($page: Int!, $assessmentType: AssessmentType, $year: Int, $sessionId: ID) {
    performanceScoreRuns(page: $page, pageSize: 20, assessmentType: $assessmentType, year: $year, sessionId: $sessionId) {
      total
      items {
        ...PerformanceRunFields
      }
    }
  }
`);

export const RecomputeMutation = graphql(`
  mutation AdminRecomputeScores($period: PerformancePeriodInput!, $note: String) {
    recomputePerformanceScores(period: $period, note: $note) {
      ...PerformanceRunFields
    }
  }
`);

export const ExportArchiveListMutation = graphql(`
  mutation AdminExportPerformanceArchive($period: PerformancePeriodInput!, $filter: PerformanceScoreFilter, $direction: SortDirection!, $runId: ID) {
    exportPerformanceArchive(period: $period, filter: $filter, direction: $direction, runId: $runId) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);

export const ExportMemberArchiveMutation = graphql(`
  mutation AdminExportMemberArchive($memberId: ID!, $period: PerformancePeriodInput!) {
    exportMemberPerformanceArchive(memberId: $memberId, period: $period) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);
