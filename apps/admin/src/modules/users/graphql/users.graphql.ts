import { graphql } from "../../../gql";

export const UserRowFields = graphql(`
  fragment UserRow on UserType {
    id
    username
    displayName
    roles
    disabled
    locked
    mustChangePassword
    lastLoginAt
    createdAt
  }
`);

export const UsersQuery = graphql(`
  query Users($page: Int!, $pageSize: Int!, $search: String, $role: Role) {
    users(page: $page, pageSize: $pageSize, search: $search, role: $role) {
      total
      items {
        ...UserRow
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      ...UserRow
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      ...UserRow
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($userId: ID!, $newPassword: String!) {
    resetUserPassword(userId: $userId, newPassword: $newPassword) {
      ...UserRow
    }
  }
`);
