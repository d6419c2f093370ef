import type { Permission, Role } from "@zhzx/shared";

/** Who is asking, resolved once per request from the server-side session (never from arguments). */
export interface Viewer {
  sessionId: string;
  userId: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  /** 两步验证 required (config.mfa.required, a staff role) but not enrolled: only enrolment is allowed. */
  mustEnrolTotp?: boolean;
  activeTenantId: string | null;
  roles: Role[];
  permissions: Set<Permission>;
}
