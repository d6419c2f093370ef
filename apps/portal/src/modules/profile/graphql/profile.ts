import { graphql } from "../../../gql";

export const MyProfileFields = graphql(`
  fragment MyProfileFields on MemberType {
    id
    name
    formerName
    gender
    birthDate
    age
    ethnicGroup {
      id
      name
    }
    nativePlace
    education {
      id
      name
    }
    workUnitTitle
    workAddress
    mobile
    photoUrl
    terms {
      id
      session {
        id
        name
        isCurrent
      }
      sector {
        id
        name
      }
      party {
        id
        name
      }
      memberType {
        id
        name
      }
      specialCommittee {
        id
        name
      }
    }
    hasPendingChange
    updatedAt
  }
`);

export const MyChangeRequestFields = graphql(`
  fragment MyChangeRequestFields on MemberChangeRequestType {
    id
    status
    changes {
      field
      label
      from
      to
    }
    submittedAt
    reviewedAt
    reviewerName
    rejectReason
  }
`);

export const MyMemberProfileDocument = graphql(`
  query MyMemberProfile {
    myMemberProfile {
      ...MyProfileFields
    }
  }
`);

export const MyMemberChangeRequestsDocument = graphql(`
  query MyMemberChangeRequests {
    myMemberChangeRequests {
      ...MyChangeRequestFields
    }
  }
`);

/** The choices of the two dictionary fields a member may change themself. */
export const ProfileEditOptionsDocument = graphql(`
  query ProfileEditOptions {
    ethnicGroups: dictItems(kind: ETHNIC_GROUP) {
      id
      name
    }
    educations: dictItems(kind: EDUCATION) {
      id
      name
    }
  }
`);

export const SubmitMemberChangeRequestDocument = graphql(`
  mutation SubmitMemberChangeRequest($input: MemberProfilePatch!) {
    submitMemberChangeRequest(input: $input) {
      ...MyChangeRequestFields
    }
  }
`);

export const CancelMemberChangeRequestDocument = graphql(`
  mutation CancelMemberChangeRequest($id: ID!) {
    cancelMemberChangeRequest(id: $id) {
      ...MyChangeRequestFields
    }
  }
`);
