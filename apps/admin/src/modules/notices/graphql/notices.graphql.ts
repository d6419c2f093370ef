import { graphql } from "../../../gql";

export const NoticeFields = graphql(`
  fragment NoticeRow on NoticeType {
    id
    kind
    deadline
    title
    body
    audience
    sectorIds
    partyIds
    specialCommitteeIds
    sms
    status
    recipientCount
    readCount
    publishedAt
    publishedBy
    withdrawnAt
    withdrawReason
    lastRemindedAt
    createdBy
    createdAt
    version
  }
`);

export const NoticesQuery = graphql(`
  query Notices($page: Int!, $pageSize: Int!, $status: NoticeStatus, $kind: NoticeKind, $keyword: String) {
    notices(page: $page, pageSize: $pageSize, status: $status, kind: $kind, keyword: $keyword) {
      total
      items {
        ...NoticeRow
      }
    }
  }
`);

export const NoticeReceiptsQuery = graphql(`
  query NoticeReceipts($noticeId: ID!, $read: Boolean, $page: Int!, $pageSize: Int!) {
    noticeReceipts(noticeId: $noticeId, read: $read, page: $page, pageSize: $pageSize) {
      total
      items {
        userId
        name
        username
        readAt
      }
    }
  }
`);

export const CreateNoticeMutation = graphql(`
  mutation CreateNotice($input: NoticeInputType!) {
    createNotice(input: $input) {
      ...NoticeRow
    }
  }
`);

export const UpdateNoticeMutation = graphql(`
  mutation UpdateNotice($id: ID!, $version: Int!, $input: NoticeInputType!) {
    updateNotice(id: $id, version: $version, input: $input) {
      ...NoticeRow
    }
  }
`);

export const DeleteNoticeMutation = graphql(`
  mutation DeleteNotice($id: ID!) {
    deleteNotice(id: $id)
  }
`);

export const PublishNoticeMutation = graphql(`
  mutation PublishNotice($id: ID!, $version: Int!) {
    publishNotice(id: $id, version: $version) {
      ...NoticeRow
    }
  }
`);

export const WithdrawNoticeMutation = graphql(`
  mutation WithdrawNotice($id: ID!, $version: Int!, $reason: String!) {
    withdrawNotice(id: $id, version: $version, reason: $reason) {
      ...NoticeRow
    }
  }
`);

export const RemindNoticeMutation = graphql(`
  mutation RemindNotice($id: ID!) {
    remindNoticeUnread(id: $id)
  }
`);
