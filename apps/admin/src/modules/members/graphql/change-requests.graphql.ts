import { graphql } from "../../../gql";

export const ChangeRequestRowFields = graphql(`
  fragment ChangeRequestRow on MemberChangeRequestType {
    id
    memberId
    memberName
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

export const MemberChangeRequestsQuery = graphql(`
  query MemberChangeRequests($status: ChangeRequestStatus, $page: Int!, $pageSize: Int!) {
    memberChangeRequests(status: $status, page: $page, pageSize: $pageSize) {
      total
      items {
        ...ChangeRequestRow
      }
    }
  }
`);

export const ApproveMemberChangeRequestMutation = graphql(`
  mutation ApproveMemberChangeRequest($id: ID!) {
    approveMemberChangeRequest(id: $id) {
      ...ChangeRequestRow
    }
  }
`);

export const RejectMemberChangeRequestMutation = graphql(`
  mutation RejectMemberChangeRequest($id: ID!, $reason: String!) {
    rejectMemberChangeRequest(id: $id, reason: $reason) {
      ...ChangeRequestRow
    }
  }
`);
