import { graphql } from "../../../gql";

export const AuditLogsQuery = graphql(`
  query AuditLogs($page: Int!, $pageSize: Int!, $action: String, $username: String, $from: DateTimeISO, $to: DateTimeISO) {
    auditLogs(page: $page, pageSize: $pageSize, action: $action, username: $username, from: $from, to: $to) {
      total
      items {
        id
        username
        action
        targetType
        targetId
        result
        detail
        ip
        createdAt
        hash
      }
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      intact
      checked
      firstBrokenId
      reason
    }
  }
`);

export const ExportAuditLogsMutation = graphql(`
  mutation ExportAuditLogs($filter: AuditExportFilter) {
    exportAuditLogs(filter: $filter) {
      filename
      contentType
      base64
      rowCount
    }
  }
`);

export const PurgeAuditLogsMutation = graphql(`
  mutation PurgeAuditLogs($before: DateTimeISO!) {
    purgeAuditLogs(before: $before) {
      deleted
    }
  }
`);
