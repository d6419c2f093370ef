import { graphql } from "../../../gql";

export const CmsWordsQuery = graphql(`
  query CmsWords($page: Int!, $pageSize: Int!, $search: String, $level: String) {
    cmsSensitiveWords(page: $page, pageSize: $pageSize, search: $search, level: $level) {
      total
      items {
        id
        word
        level
        suggestion
        createdAt
      }
    }
  }
`);

export const CmsWordScanQuery = graphql(`
  query CmsWordScan($page: Int!, $pageSize: Int!, $level: String) {
    cmsSensitiveWordScan(page: $page, pageSize: $pageSize, level: $level) {
      total
      items {
        articleId
        title
        state
        channel
        updatedAt
        words {
          word
          level
          suggestion
        }
      }
    }
  }
`);

export const AddCmsWordsMutation = graphql(`
  mutation AddCmsWords($input: CmsAddWordsInput!) {
    addCmsSensitiveWords(input: $input) {
      added
      updated
    }
  }
`);

export const DeleteCmsWordMutation = graphql(`
  mutation DeleteCmsWord($id: ID!) {
    deleteCmsSensitiveWord(id: $id)
  }
`);
