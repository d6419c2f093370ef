import { graphql } from "../../../gql";

/** Every generated file (templates, exports) arrives as base64 and is saved by the browser. */
export const FileDownloadFields = graphql(`
  fragment FileDownloadFields on FileDownload {
    filename
    contentType
    base64
    rowCount
  }
`);

/** Imports validate every row first; with any error nothing is written and every bad row is named. */
export const ImportResultFields = graphql(`
  fragment ImportResultFields on ImportResult {
    ok
    totalRows
    imported
    skipped
    errors {
      row
      column
      field
      message
    }
  }
`);

/** Accounts to link (a member's login, a unit's login): the users list filtered by role. */
export const AccountOptionsQuery = graphql(`
  query AccountOptions($search: String, $role: Role) {
    users(page: 1, pageSize: 10, search: $search, role: $role) {
      items {
        id
        username
        displayName
        disabled
      }
    }
  }
`);
