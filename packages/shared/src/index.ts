export * from "./auth/roles";
export * from "./auth/permissions";
export * from "./auth/schemas";
export * from "./errors/codes";
export * from "./workflow/machine";
export * from "./tenancy/tenants";
export * from "./proposals/machine";
export * from "./members";
