import { graphql } from "../../../gql";

export const AdminPhotoStoriesQuery = graphql(`
  query AdminPhotoStories($page: Int!, $pageSize: Int!, $meetingId: ID) {
    photoStories(page: $page, pageSize: $pageSize, meetingId: $meetingId, includeDrafts: true) {
      total
      items {
        id
        title
        status
        publishedAt
        coverUrl
        updatedAt
        meeting {
          id
          title
        }
        images {
          id
        }
      }
    }
  }
`);

export const AdminPhotoStoryFields = graphql(`
  fragment AdminPhotoStoryFields on PhotoStory {
    id
    title
    body
    status
    publishedAt
    coverUrl
    updatedAt
    meeting {
      id
      title
      startsAt
    }
    images {
      id
      caption
      mime
      size
      url
      sortOrder
    }
  }
`);

export const AdminPhotoStoryQuery = graphql(`
  query AdminPhotoStory($id: ID!) {
    photoStory(id: $id) {
      ...AdminPhotoStoryFields
    }
  }
`);

export const CreatePhotoStoryMutation = graphql(`
  mutation AdminCreatePhotoStory($input: PhotoStoryInput!) {
    createPhotoStory(input: $input) {
      ...AdminPhotoStoryFields
    }
  }
`);

export const UpdatePhotoStoryMutation = graphql(`
  mutation AdminUpdatePhotoStory($id: ID!, $input: UpdatePhotoStoryInput!) {
    updatePhotoStory(id: $id, input: $input) {
      ...AdminPhotoStoryFields
    }
  }
`);

export const SetPhotoStoryPublishedMutation = graphql(`
  mutation AdminSetPhotoStoryPublished($id: ID!, $published: Boolean!) {
    setPhotoStoryPublished(id: $id, published: $published) {
      ...AdminPhotoStoryFields
    }
  }
`);

export const DeletePhotoStoryMutation = graphql(`
  mutation AdminDeletePhotoStory($id: ID!) {
    deletePhotoStory(id: $id)
  }
`);

export const AddPhotoStoryImageMutation = graphql(`
  mutation AdminAddPhotoStoryImage($storyId: ID!, $fileBase64: String!, $caption: String) {
    addPhotoStoryImage(storyId: $storyId, fileBase64: $fileBase64, caption: $caption) {
      ...AdminPhotoStoryFields
    }
  }
`);

export const DeletePhotoStoryImageMutation = graphql(`
  mutation AdminDeletePhotoStoryImage($id: ID!) {
    deletePhotoStoryImage(id: $id) {
      ...AdminPhotoStoryFields
    }
  }
`);
