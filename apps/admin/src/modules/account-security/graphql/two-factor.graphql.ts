import { graphql } from "../../../gql";

export const MyTwoFactorQuery = graphql(`
  query MyTwoFactor {
    myTwoFactor {
      enabled
      enabledAt
      required
      recoveryCodesLeft
    }
  }
`);

export const StartTotpEnrolmentMutation = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      uri
      issuer
      account
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code)
  }
`);

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($input: SecondFactorInput!) {
    disableTotp(input: $input)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

export const LoginSecondFactorMutation = graphql(`
  mutation LoginSecondFactor($input: SecondFactorInput!) {
    loginSecondFactor(input: $input) {
      mustChangePassword
      mustEnrolTotp
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const UserTwoFactorStatusQuery = graphql(`
  query UserTwoFactorStatus($userIds: [ID!]!) {
    userTwoFactorStatus(userIds: $userIds) {
      userId
      enabled
      enabledAt
    }
  }
`);

export const ResetUserTotpMutation = graphql(`
  mutation ResetUserTotp($userId: ID!) {
    resetUserTotp(userId: $userId)
  }
`);
