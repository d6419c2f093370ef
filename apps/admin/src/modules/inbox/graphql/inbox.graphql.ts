import { graphql } from "../../../gql";

export const InboxCountsQuery = graphql(`
  query InboxCounts {
    inboxCounts {
      unreadNotifications
      openTodos
    }
  }
`);

export const InboxTodoRowFields = graphql(`
  fragment InboxTodoRow on TodoType {
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

export const InboxNotificationRowFields = graphql(`
  fragment InboxNotificationRow on NotificationType {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

export const MyTodosQuery = graphql(`
  query MyTodos($status: TodoStatus!, $page: Int!, $pageSize: Int!) {
    myTodos(status: $status, page: $page, pageSize: $pageSize) {
      total
      items {
        ...InboxTodoRow
      }
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($page: Int!, $pageSize: Int!, $unreadOnly: Boolean!) {
    myNotifications(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {
      total
      unread
      items {
        ...InboxNotificationRow
      }
    }
  }
`);

/** No ids: all of the viewer's notifications. Returns how many were newly marked. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
