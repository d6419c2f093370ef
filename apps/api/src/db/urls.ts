/**
 * Two database identities: the owner (DATABASE_URL) runs migrations and seeds; the API runs as
 * APP_DATABASE_URL, a role without BYPASSRLS that owns nothing, so row-level security always applies.
 */
export const APP_ROLE = process.env.APP_DB_ROLE ?? "zhzx_app";
export const APP_ROLE_PASSWORD = process.env.APP_DB_PASSWORD ?? "zhzx_app_local";

export function ownerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

export function appUrl(): string {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  const u = new URL(ownerUrl());
  u.username = APP_ROLE;
  u.password = APP_ROLE_PASSWORD;
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + database;
  return u.toString();
}
