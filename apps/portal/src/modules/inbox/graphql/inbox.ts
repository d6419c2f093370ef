import { graphql } from "../../../gql";

/** The two badge numbers; refetched whenever the server signals a change (live/use-live-inbox.ts). */
export const InboxCountsDocument = graphql(`
  query InboxCounts {
    inboxCounts {
      unreadNotifications
      openTodos
    }
  }
`);

export const NotificationFields = graphql(`
  fragment NotificationFields on NotificationType {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($page: Int!, $pageSize: Int!) {
    myNotifications(page: $page, pageSize: $pageSize) {
      total
      unread
      items {
        ...NotificationFields
      }
    }
  }
`);

export const TodoFields = graphql(`
  fragment TodoFields on TodoType {
    id
    kind
    title
    link
    dueAt
    createdAt
    doneAt
    shared
  }
`);

export const MyTodosDocument = graphql(`
  query MyTodos($status: TodoStatus!, $page: Int!, $pageSize: Int!) {
    myTodos(status: $status, page: $page, pageSize: $pageSize) {
      total
      items {
        ...TodoFields
      }
    }
  }
`);

/** No ids: everything of the viewer's is marked read. Returns how many rows changed. */
export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
