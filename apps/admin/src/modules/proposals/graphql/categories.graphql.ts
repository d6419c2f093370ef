import { graphql } from "../../../gql";

export const ProposalCategoriesQuery = graphql(`
  query AdminProposalCategories {
    proposalCategories {
      id
      parentId
      name
      path
      sortOrder
      proposalCount
    }
  }
`);

export const CreateProposalCategoryMutation = graphql(`
  mutation CreateProposalCategory($input: ProposalCategoryInput!) {
    createProposalCategory(input: $input) {
      id
      name
    }
  }
`);

export const UpdateProposalCategoryMutation = graphql(`
  mutation UpdateProposalCategory($id: ID!, $input: UpdateProposalCategoryInput!) {
    updateProposalCategory(id: $id, input: $input) {
      id
      name
      parentId
      sortOrder
    }
  }
`);

export const DeleteProposalCategoryMutation = graphql(`
  mutation DeleteProposalCategory($id: ID!) {
    deleteProposalCategory(id: $id)
  }
`);

export const ProposalCategoryTemplateQuery = graphql(`
  query ProposalCategoryImportTemplate {
    proposalCategoryImportTemplate {
      filename
      contentType
      base64
    }
  }
`);

export const ImportProposalCategoriesMutation = graphql(`
  mutation ImportProposalCategories($fileBase64: String!, $dryRun: Boolean!) {
    importProposalCategories(fileBase64: $fileBase64, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);

export const ProposalSettingsQuery = graphql(`
  query AdminProposalSettings {
    proposalSettings {
      assignDeadlineMonths
      returnWindowDays
      reminderDaysBeforeDeadline
    }
  }
`);

export const UpdateProposalSettingsMutation = graphql(`
  mutation UpdateProposalSettings($input: ProposalSettingsInput!) {
    updateProposalSettings(input: $input) {
      assignDeadlineMonths
      returnWindowDays
      reminderDaysBeforeDeadline
    }
  }
`);
