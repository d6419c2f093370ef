import { graphql } from "../../../gql";

export const CmsArticleAssetsQuery = graphql(`
  query CmsArticleAssets($articleId: ID!) {
    cmsArticleAssets(articleId: $articleId) {
      id
      kind
      fileName
      mime
      size
      hasText
      createdAt
      url
    }
  }
`);

export const DeleteCmsAssetMutation = graphql(`
  mutation DeleteCmsAsset($id: ID!) {
    deleteCmsAsset(id: $id)
  }
`);

export const SetCmsArticleCoverMutation = graphql(`
  mutation SetCmsArticleCover($id: ID!, $assetId: ID) {
    setCmsArticleCover(id: $id, assetId: $assetId) {
      id
      coverAssetId
      updatedAt
    }
  }
`);
