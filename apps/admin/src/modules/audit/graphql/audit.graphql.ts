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
