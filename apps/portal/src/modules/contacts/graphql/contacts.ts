import { graphql } from "../../../gql";

export const ContactDirectoryDocument = graphql(`
  query ContactDirectory {
    contactDirectory {
      sessionName
      total
      specialCommittees {
        id
        name
        count
      }
      sectors {
        id
        name
        count
      }
      parties {
        id
        name
        count
      }
    }
  }
`);

export const ContactsDocument = graphql(`
  query Contacts($page: Int!, $pageSize: Int!, $search: String, $specialCommitteeId: ID, $sectorId: ID, $partyId: ID) {
    contacts(page: $page, pageSize: $pageSize, search: $search, specialCommitteeId: $specialCommitteeId, sectorId: $sectorId, partyId: $partyId) {
      total
      items {
        id
        name
        gender
        workUnitTitle
        sector
        party
        specialCommittee
        memberType
        mobile
        photoUrl
      }
    }
  }
`);
