import { graphql } from "../../gql";

/** Everything the portal needs to know about who is signed in; login and switchTenant return the same. */
export const ViewerFields = graphql(`
  fragment ViewerFields on ViewerType {
    userId
    username
    displayName
    mustChangePassword
    roles
    permissions
    activeTenant {
      id
      code
      name
      level
    }
    memberships {
      roles
      tenant {
        id
        code
        name
        level
      }
    }
  }
`);

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

/** PIPL: a portal user agrees to the current privacy notice before anything else (after a bootstrap password change). */
export const MyPrivacyConsentDocument = graphql(`
  query MyPrivacyConsent {
    myPrivacyConsent {
      version
      title
      required
      acceptedAt
    }
  }
`);

export const AcceptPrivacyNoticeDocument = graphql(`
  mutation AcceptPrivacyNotice($version: String!) {
    acceptPrivacyNotice(version: $version) {
      version
      title
      required
      acceptedAt
    }
  }
`);
