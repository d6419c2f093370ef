import { graphql } from "../../../gql";

export const DictOptionFields = graphql(`
  fragment DictOption on DictItemType {
    id
    name
    disabled
  }
`);

/** Everything the filters and the form choose from, in one round trip. Disabled items stay for old records. */
export const MemberLookupsQuery = graphql(`
  query MemberLookups {
    sectors: dictItems(kind: SECTOR, includeDisabled: true) {
      ...DictOption
    }
    parties: dictItems(kind: PARTY, includeDisabled: true) {
      ...DictOption
    }
    specialCommittees: dictItems(kind: SPECIAL_COMMITTEE, includeDisabled: true) {
      ...DictOption
    }
    memberTypes: dictItems(kind: MEMBER_TYPE, includeDisabled: true) {
      ...DictOption
    }
    ethnicGroups: dictItems(kind: ETHNIC_GROUP, includeDisabled: true) {
      ...DictOption
    }
    educations: dictItems(kind: EDUCATION, includeDisabled: true) {
      ...DictOption
    }
    committeeSessions {
      id
      name
      number
      startYear
      endYear
      isCurrent
    }
  }
`);

export const MemberTermFields = graphql(`
  fragment MemberTermFields on MemberTermType {
    id
    session {
      id
      name
      number
      isCurrent
    }
    sector {
      id
      name
      disabled
    }
    party {
      id
      name
      disabled
    }
    memberType {
      id
      name
      disabled
    }
    specialCommittee {
      id
      name
      disabled
    }
  }
`);

/**
 * Dictionary items are spelled out rather than spread from DictOption: the API's depth limit (10)
 * counts every fragment spread as a level.
 *
 * `term` is left out on purpose: it depends on the query's session, and the cache keeps one MemberType
 * per id; the screens pick the session's term out of `terms`.
 */
export const MemberRowFields = graphql(`
  fragment MemberRow on MemberType {
    id
    userId
    username
    name
    namePinyin
    formerName
    gender
    birthDate
    age
    ethnicGroup {
      id
      name
      disabled
    }
    nativePlace
    education {
      id
      name
      disabled
    }
    workUnitTitle
    workAddress
    mobile
    mobileMasked
    photoUrl
    terms {
      ...MemberTermFields
    }
    hasPendingChange
    createdAt
    updatedAt
  }
`);

export const MembersQuery = graphql(`
  query Members($filter: MemberFilter, $sort: MemberSort, $page: Int!, $pageSize: Int!) {
    members(filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
      total
      items {
        ...MemberRow
      }
    }
  }
`);

export const MemberQuery = graphql(`
  query Member($id: ID!) {
    member(id: $id) {
      ...MemberRow
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberRow
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      ...MemberRow
    }
  }
`);

export const SetMemberTermMutation = graphql(`
  mutation SetMemberTerm($memberId: ID!, $input: MemberTermInput!) {
    setMemberTerm(memberId: $memberId, input: $input) {
      ...MemberRow
    }
  }
`);

export const RemoveMemberTermMutation = graphql(`
  mutation RemoveMemberTerm($memberId: ID!, $sessionId: ID!) {
    removeMemberTerm(memberId: $memberId, sessionId: $sessionId) {
      ...MemberRow
    }
  }
`);

export const DeleteMemberMutation = graphql(`
  mutation DeleteMember($id: ID!) {
    deleteMember(id: $id)
  }
`);

export const RevealMemberPhoneMutation = graphql(`
  mutation RevealMemberPhone($memberId: ID!) {
    revealMemberPhone(memberId: $memberId)
  }
`);

export const ExportMembersMutation = graphql(`
  mutation ExportMembers($filter: MemberFilter, $sort: MemberSort, $revealPhones: Boolean!) {
    exportMembers(filter: $filter, sort: $sort, revealPhones: $revealPhones) {
      ...FileDownloadFields
    }
  }
`);

export const MemberImportTemplateQuery = graphql(`
  query MemberImportTemplate {
    memberImportTemplate {
      ...FileDownloadFields
    }
  }
`);

export const ImportMembersMutation = graphql(`
  mutation ImportMembers($sessionId: ID!, $fileBase64: String!, $dryRun: Boolean!) {
    importMembers(sessionId: $sessionId, fileBase64: $fileBase64, dryRun: $dryRun) {
      ...ImportResultFields
    }
  }
`);
