import { graphql } from "../../../gql";

export const ProposalStatisticsQuery = graphql(`
  query AdminProposalStatistics($sessionId: ID, $meetingId: ID) {
    proposalStatistics(sessionId: $sessionId, meetingId: $meetingId) {
      total
      byState {
        state
        label
        count
      }
      byCategory {
        category {
          id
        }
        path
        total
        counts {
          state
          label
          count
        }
      }
      bySubmitterType {
        submitterType
        label
        total
        filed
        notFiled
        closed
      }
      bySector {
        sector {
          id
        }
        label
        total
        filed
        notFiled
        closed
      }
      byUnit {
        ...ProposalUnitStat
      }
      bySatisfaction {
        satisfaction
        label
        count
      }
    }
  }
`);

export const ProposalUnitStatFields = graphql(`
  fragment ProposalUnitStat on ProposalUnitStatRow {
    unit {
      id
      name
    }
    assigned
    lead
    co
    signed
    notSigned
    replied
    overdue
    resultA
    resultB
    resultC
    satisfied
    basicallySatisfied
    dissatisfied
  }
`);

export const ExportProposalStatisticsQuery = graphql(`
  query ExportProposalStatistics($sessionId: ID, $meetingId: ID) {
    exportProposalStatistics(sessionId: $sessionId, meetingId: $meetingId) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);
