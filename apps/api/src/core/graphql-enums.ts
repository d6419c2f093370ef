import { registerEnumType } from "type-graphql";
import { ROLE_LABELS, ROLES, TENANT_LEVELS, type Role, type TenantLevel } from "@zhzx/shared";

// type-graphql wants enum objects; the shared package owns the lists.
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: "Role",
  valuesConfig: Object.fromEntries(ROLES.map((r) => [r, { description: ROLE_LABELS[r] }])),
});

export const TenantLevelEnum = Object.fromEntries(TENANT_LEVELS.map((l) => [l, l])) as { [K in TenantLevel]: K };
registerEnumType(TenantLevelEnum, { name: "TenantLevel" });
