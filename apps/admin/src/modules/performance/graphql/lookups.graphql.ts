import { graphql } from "../../../gql";

/** Sessions and the dictionaries the score filters choose from; they change rarely. */
export const PerformanceLookupsQuery = graphql(`
  query PerformanceLookups {
    committeeSessions {
      id
      name
      startYear
      endYear
      isCurrent
    }
    perfSectors: dictItems(kind: SECTOR, includeDisabled: true) {
      id
      name
      disabled
    }
    perfParties: dictItems(kind: PARTY, includeDisabled: true) {
      id
      name
      disabled
    }
    perfMemberTypes: dictItems(kind: MEMBER_TYPE, includeDisabled: true) {
      id
      name
      disabled
    }
    perfCommittees: dictItems(kind: SPECIAL_COMMITTEE, includeDisabled: true) {
      id
      name
      disabled
    }
  }
`);

/** The member picker: members of a session whose name (or pinyin) matches. */
export const PerformanceMemberSearchQuery = graphql(`
  query PerformanceMemberSearch($name: String, $sessionId: ID) {
    members(page: 1, pageSize: 20, filter: { name: $name, sessionId: $sessionId }) {
      items {
        id
        name
        workUnitTitle
      }
    }
  }
`);
