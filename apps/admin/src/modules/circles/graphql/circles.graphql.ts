import { graphql } from "../../../gql";

export const CircleRowFields = graphql(`
  fragment AdminCircleRow on Circle {
    id
    kind
    name
    description
    archived
    memberCount
    postCount
    reportedPostCount
    createdAt
  }
`);

export const ModerationPostFields = graphql(`
  fragment AdminCirclePost on CirclePost {
    id
    circle {
      id
      name
      kind
    }
    author {
      id
      name
    }
    text
    images {
      id
      url
    }
    status
    pinned
    likeCount
    commentCount
    openReportCount
    moderatedAt
    moderationReason
    createdAt
  }
`);

export const CirclesQuery = graphql(`
  query AdminCircles($filter: CircleFilter, $page: Int!, $pageSize: Int!) {
    circles(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        ...AdminCircleRow
      }
    }
  }
`);

export const CreateCircleMutation = graphql(`
  mutation AdminCreateCircle($input: CircleInput!) {
    createCircle(input: $input) {
      ...AdminCircleRow
    }
  }
`);

export const UpdateCircleMutation = graphql(`
  mutation AdminUpdateCircle($id: ID!, $input: UpdateCircleInput!) {
    updateCircle(id: $id, input: $input) {
      ...AdminCircleRow
    }
  }
`);

export const ModerationPostsQuery = graphql(`
  query AdminCircleModerationPosts($filter: CirclePostFilter, $page: Int!, $pageSize: Int!) {
    circleModerationPosts(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        ...AdminCirclePost
      }
    }
  }
`);

export const ModerationPostQuery = graphql(`
  query AdminCirclePostDetail($id: ID!) {
    circlePost(id: $id) {
      ...AdminCirclePost
    }
  }
`);

export const PostReportsQuery = graphql(`
  query AdminCirclePostReports($postId: ID!, $page: Int!, $pageSize: Int!) {
    circlePostReports(postId: $postId, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        reporter {
          id
          name
        }
        category
        note
        status
        createdAt
        handledAt
      }
    }
  }
`);

export const PostCommentsQuery = graphql(`
  query AdminCircleComments($postId: ID!, $page: Int!, $pageSize: Int!) {
    circleComments(postId: $postId, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        text
        deleted
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);

export const ModerationLogQuery = graphql(`
  query AdminCircleModerationLog($circleId: ID, $postId: ID, $page: Int!, $pageSize: Int!) {
    circleModerationLog(circleId: $circleId, postId: $postId, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        action
        reason
        banDays
        actorName
        createdAt
        postId
        member {
          id
          name
        }
        circle {
          id
          name
        }
      }
    }
  }
`);

export const BansQuery = graphql(`
  query AdminCircleBans($circleId: ID, $activeOnly: Boolean!, $page: Int!, $pageSize: Int!) {
    circleBans(circleId: $circleId, activeOnly: $activeOnly, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        days
        reason
        until
        active
        liftedAt
        liftReason
        createdAt
        circle {
          id
          name
        }
        member {
          id
          name
        }
      }
    }
  }
`);

export const ModeratePostMutation = graphql(`
  mutation AdminModerateCirclePost($postId: ID!, $action: CirclePostAction!, $reason: String!) {
    moderateCirclePost(postId: $postId, action: $action, reason: $reason) {
      ...AdminCirclePost
    }
  }
`);

export const BanMemberMutation = graphql(`
  mutation AdminBanCircleMember($circleId: ID!, $memberId: ID!, $days: Int!, $reason: String!) {
    banCircleMember(circleId: $circleId, memberId: $memberId, days: $days, reason: $reason) {
      id
      until
    }
  }
`);

export const LiftBanMutation = graphql(`
  mutation AdminLiftCircleBan($id: ID!, $reason: String!) {
    liftCircleBan(id: $id, reason: $reason) {
      id
      active
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation AdminDeleteCircleComment($id: ID!, $reason: String) {
    deleteCircleComment(id: $id, reason: $reason)
  }
`);
