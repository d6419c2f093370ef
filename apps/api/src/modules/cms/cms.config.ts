import path from "node:path";
import { repoRoot } from "../../db/migrator";

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};

/** Read on use, so tests and the benchmark can point the output elsewhere before the first publish. */
export const cmsConfig = {
  /** Generated static sites: <dir>/<tenant-code>/… */
  sitesDir: () => path.resolve(process.env.CMS_SITES_DIR ?? path.join(repoRoot, ".data/sites")),
  /** URL prefix of the public sites on this server. */
  publicPrefix: () => (process.env.CMS_PUBLIC_PREFIX ?? "/site").replace(/\/$/, ""),
  /** Absolute origin for feeds and the sitemap (they need absolute URLs). */
  publicOrigin: () => (process.env.CMS_PUBLIC_ORIGIN ?? `http://localhost:${process.env.PORT ?? 4000}`).replace(/\/$/, ""),
  /** When set, requests for this host name see the public sites only (no admin surface on the public host). */
  publicHost: () => process.env.CMS_PUBLIC_HOST || null,
  workerIntervalMs: () => num("CMS_WORKER_INTERVAL_MS", 2000),
  /** A RUNNING job whose heartbeat is older than this is taken to have died and is run again. */
  staleJobMs: () => num("CMS_STALE_JOB_MS", 120_000),
};

export const siteUrl = (tenantCode: string, rest = "") => `${cmsConfig.publicPrefix()}/${tenantCode}/${rest}`;
export const articlePath = (channelSlug: string, no: number) => `${channelSlug}/${no}.html`;
/** Public address of an article's file in the generated site (the name is already URL-safe but may be Chinese). */
export const assetPath = (id: string, fileName: string) => `assets/${id}/${fileName}`;
export const assetUrl = (tenantCode: string, id: string, fileName: string) => siteUrl(tenantCode, `assets/${id}/${encodeURIComponent(fileName)}`);
