import { graphql } from "../../../gql";

// The operation name "Login" is special to the Apollo session link: its UNAUTHENTICATED is a form error.
export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      mustChangePassword
      secondFactorRequired
      viewer {
        ...ViewerFields
      }
    }
  }
`);
