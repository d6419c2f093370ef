import { graphql } from "../../../gql";

export const CirclePostFields = graphql(`
  fragment PortalCirclePost on CirclePost {
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
    pinned
    likeCount
    commentCount
    likedByMe
    reportedByMe
    mine
    createdAt
  }
`);

export const MyCirclesDocument = graphql(`
  query PortalMyCircles($page: Int!, $pageSize: Int!) {
    myCircles(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        kind
        name
        description
        memberCount
        postCount
        joined
        canPost
        bannedUntil
      }
    }
  }
`);

export const CircleDocument = graphql(`
  query PortalCircle($id: ID!) {
    circle(id: $id) {
      id
      kind
      name
      description
      archived
      memberCount
      postCount
      joined
      canPost
      bannedUntil
    }
  }
`);

export const CircleFeedDocument = graphql(`
  query PortalCircleFeed($circleId: ID!, $first: Int!, $after: String) {
    circleFeed(circleId: $circleId, first: $first, after: $after) {
      nextCursor
      pinned {
        ...PortalCirclePost
      }
      items {
        ...PortalCirclePost
      }
    }
  }
`);

export const CirclePostDocument = graphql(`
  query PortalCirclePostDetail($id: ID!) {
    circlePost(id: $id) {
      ...PortalCirclePost
    }
  }
`);

export const CircleCommentsDocument = graphql(`
  query PortalCircleComments($postId: ID!, $page: Int!, $pageSize: Int!) {
    circleComments(postId: $postId, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        text
        mine
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);

export const SetCircleJoinedDocument = graphql(`
  mutation PortalSetCircleJoined($id: ID!, $joined: Boolean!) {
    setCircleJoined(id: $id, joined: $joined) {
      id
      joined
      canPost
      memberCount
    }
  }
`);

export const UploadCircleImageDocument = graphql(`
  mutation PortalUploadCircleImage($fileBase64: String!) {
    uploadCircleImage(fileBase64: $fileBase64) {
      id
      url
    }
  }
`);

export const CreateCirclePostDocument = graphql(`
  mutation PortalCreateCirclePost($input: CirclePostInput!) {
    createCirclePost(input: $input) {
      ...PortalCirclePost
    }
  }
`);

export const DeleteMyCirclePostDocument = graphql(`
  mutation PortalDeleteMyCirclePost($id: ID!) {
    deleteMyCirclePost(id: $id)
  }
`);

export const LikeCirclePostDocument = graphql(`
  mutation PortalLikeCirclePost($postId: ID!, $liked: Boolean!) {
    likeCirclePost(postId: $postId, liked: $liked) {
      id
      likeCount
      likedByMe
    }
  }
`);

export const CommentCirclePostDocument = graphql(`
  mutation PortalCommentCirclePost($postId: ID!, $text: String!) {
    commentCirclePost(postId: $postId, text: $text) {
      id
    }
  }
`);

export const DeleteCircleCommentDocument = graphql(`
  mutation PortalDeleteCircleComment($id: ID!) {
    deleteCircleComment(id: $id)
  }
`);

export const ReportCirclePostDocument = graphql(`
  mutation PortalReportCirclePost($postId: ID!, $input: CircleReportInput!) {
    reportCirclePost(postId: $postId, input: $input) {
      id
      reportedByMe
    }
  }
`);
