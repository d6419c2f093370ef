import { graphql } from "../../../gql";

export const CmsChannelFields = graphql(`
  fragment CmsChannelFields on CmsChannelType {
    id
    parentId
    name
    slug
    kind
    template
    listSize
    visible
    sortRule
    sortOrder
    description
    sourceChannelIds
    fieldDefs {
      key
      label
      type
      required
      options
      maxLength
    }
    departmentId
    updateDays
    myRights
    url
    updatedAt
  }
`);

export const CmsChannelsQuery = graphql(`
  query CmsChannels {
    cmsSite {
      id
      name
      url
      lastPublishedAt
    }
    cmsChannels {
      ...CmsChannelFields
    }
  }
`);

export const CmsDepartmentsQuery = graphql(`
  query CmsDepartments {
    cmsDepartments {
      id
      name
      sortOrder
      members {
        id
        displayName
      }
    }
  }
`);

export const CmsChannelStatsQuery = graphql(`
  query CmsChannelStats($id: ID!, $months: Int!) {
    cmsChannelStats(id: $id, months: $months) {
      channelId
      subChannels
      descendantChannels
      articlesByState {
        state
        count
      }
      publishedWithDescendants
      references
      mappings
      publishedByMonth {
        period
        count
      }
      lastPublishedAt
      stale
    }
  }
`);

export const CmsAclEntryFields = graphql(`
  fragment CmsAclEntryFields on CmsAclEntryType {
    id
    subjectKind
    subjectId
    subjectName
    canView
    canEdit
    canReview
    canPublish
  }
`);

export const CmsChannelAclQuery = graphql(`
  query CmsChannelAcl($channelId: ID!) {
    cmsChannelAcl(channelId: $channelId) {
      ...CmsAclEntryFields
    }
  }
`);

export const SetCmsChannelAclMutation = graphql(`
  mutation SetCmsChannelAcl($channelId: ID!, $entries: [CmsAclEntryInput!]!) {
    setCmsChannelAcl(channelId: $channelId, entries: $entries) {
      ...CmsAclEntryFields
    }
  }
`);

/** Users of the active committee, for grants and department members (needs user:read, which cms:admin roles hold). */
export const CmsUserOptionsQuery = graphql(`
  query CmsUserOptions($search: String) {
    users(page: 1, pageSize: 20, search: $search) {
      items {
        id
        username
        displayName
      }
    }
  }
`);

export const CreateCmsChannelMutation = graphql(`
  mutation CreateCmsChannel($input: CmsCreateChannelInput!) {
    createCmsChannel(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCmsChannelMutation = graphql(`
  mutation UpdateCmsChannel($id: ID!, $input: CmsChannelInput!) {
    updateCmsChannel(id: $id, input: $input) {
      ...CmsChannelFields
    }
  }
`);

export const DeleteCmsChannelMutation = graphql(`
  mutation DeleteCmsChannel($id: ID!) {
    deleteCmsChannel(id: $id)
  }
`);

export const MoveCmsChannelMutation = graphql(`
  mutation MoveCmsChannel($id: ID!, $parentId: ID, $position: Int) {
    moveCmsChannel(id: $id, parentId: $parentId, position: $position) {
      id
      parentId
    }
  }
`);

export const ReorderCmsChannelsMutation = graphql(`
  mutation ReorderCmsChannels($parentId: ID, $orderedIds: [ID!]!) {
    reorderCmsChannels(parentId: $parentId, orderedIds: $orderedIds)
  }
`);

export const CloneCmsChannelMutation = graphql(`
  mutation CloneCmsChannel($id: ID!, $withChildren: Boolean!) {
    cloneCmsChannel(id: $id, withChildren: $withChildren) {
      id
      name
    }
  }
`);

export const SaveCmsDepartmentMutation = graphql(`
  mutation SaveCmsDepartment($id: ID, $name: String!, $sortOrder: Int) {
    saveCmsDepartment(id: $id, name: $name, sortOrder: $sortOrder) {
      id
      name
      sortOrder
      members {
        id
        displayName
      }
    }
  }
`);

export const DeleteCmsDepartmentMutation = graphql(`
  mutation DeleteCmsDepartment($id: ID!) {
    deleteCmsDepartment(id: $id)
  }
`);

export const SetCmsDepartmentMembersMutation = graphql(`
  mutation SetCmsDepartmentMembers($id: ID!, $userIds: [ID!]!) {
    setCmsDepartmentMembers(id: $id, userIds: $userIds) {
      id
      name
      sortOrder
      members {
        id
        displayName
      }
    }
  }
`);
