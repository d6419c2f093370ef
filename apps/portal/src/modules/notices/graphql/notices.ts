import { graphql } from "../../../gql";

export const MyNoticesDocument = graphql(`
  query MyNotices($page: Int!, $pageSize: Int!, $unreadOnly: Boolean! = false) {
    myNotices(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {
      total
      unread
      items {
        id
        title
        body
        publishedAt
        publishedBy
        readAt
      }
    }
  }
`);

export const ReadMyNoticeDocument = graphql(`
  mutation ReadMyNotice($id: ID!) {
    readMyNotice(id: $id) {
      id
      title
      body
      publishedAt
      publishedBy
      readAt
    }
  }
`);
