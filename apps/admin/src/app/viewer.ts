import { useQuery } from "@apollo/client/react";
import type { Permission } from "@zhzx/shared";
import { graphql } from "../gql";
import type { ViewerFieldsFragment } from "../gql/graphql";

export const ViewerFields = graphql(`
  fragment ViewerFields on ViewerType {
    userId
    username
    displayName
    mustChangePassword
    mustEnrolTotp
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
        name
        level
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

/**
 * The logged-in user as the server sees them in the active committee (null: not logged in).
 * While the cache is being refilled after a committee switch, the previous answer stands in, so the
 * layout does not flash a spinner.
 */
export function useViewer() {
  const { data, previousData, loading, error, refetch } = useQuery(ViewerQuery);
  const viewer = data !== undefined ? data.me : (previousData?.me ?? undefined);
  return { viewer, loading: loading && viewer === undefined, error, refetch };
}

/** True when the viewer holds the permission, or any one of a list of them; no permission: anyone. */
export function can(viewer: Viewer | null | undefined, permission: Permission | readonly Permission[] | undefined): boolean {
  if (!permission) return true;
  const wanted: readonly Permission[] = typeof permission === "string" ? [permission] : permission;
  return wanted.length === 0 || wanted.some((p) => !!viewer?.permissions.includes(p));
}
