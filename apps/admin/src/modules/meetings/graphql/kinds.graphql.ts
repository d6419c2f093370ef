import { graphql } from "../../../gql";

export const AdminMeetingKindsQuery = graphql(`
  query AdminMeetingKinds {
    meetingKinds(includeDisabled: true) {
      id
      category
      name
      sortOrder
      disabled
    }
  }
`);

export const CreateMeetingKindMutation = graphql(`
  mutation AdminCreateMeetingKind($input: CreateMeetingKindInput!) {
    createMeetingKind(input: $input) {
      id
    }
  }
`);

export const UpdateMeetingKindMutation = graphql(`
  mutation AdminUpdateMeetingKind($id: ID!, $input: UpdateMeetingKindInput!) {
    updateMeetingKind(id: $id, input: $input) {
      id
      name
      sortOrder
      disabled
    }
  }
`);

export const RestoreMeetingKindsMutation = graphql(`
  mutation AdminRestoreMeetingKinds {
    restoreDefaultMeetingKinds {
      id
    }
  }
`);
