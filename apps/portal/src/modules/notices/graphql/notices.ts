import { graphql } from "../../../gql";

export const MyNoticesDocument = graphql(`
  query MyNotices($page: Int!, $pageSize: Int!, $unreadOnly: Boolean! = false) {
    myNotices(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {
      total
      unread
      items {
        id
        kind
        deadline
        open
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
      kind
      deadline
      open
      title
      body
      publishedAt
      publishedBy
      readAt
    }
  }
`);

/** 征集中的征集通知 of one kind: shown above 我的提案 and 社情民意. */
export const OpenCallsDocument = graphql(`
  query OpenCalls($kind: NoticeKind!) {
    myNotices(page: 1, pageSize: 3, kind: $kind, openCallsOnly: true) {
      total
      items {
        id
        title
        deadline
        readAt
      }
    }
  }
`);
