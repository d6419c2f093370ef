import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Role } from "@zhzx/shared";
import { owner, app } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { tickCmsWorker } from "./publish/worker";
import { tickCmsChecks } from "./checks/worker";

/** Every test file publishes into its own temporary directory, never into the repository's .data/. */
export function useTempSitesDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-sites-"));
  process.env.CMS_SITES_DIR = dir;
  return dir;
}

/** A tenant with a site, two channels (A, B), a site admin, and users holding the given per-channel grants. */
export async function cmsTenant(opts: { level?: "CITY" | "COUNTY"; parentId?: string } = {}) {
  const tenant = await createTenant(opts);
  const { viewer: admin } = await createUser(tenant.id, ["SYSTEM_ADMIN"]);
  const mk = async (name: string, slug: string) => {
    const r = await execAs(admin, `mutation($i: CmsCreateChannelInput!) { createCmsChannel(input: $i) { id slug } }`, { i: { name, slug } });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.createCmsChannel.id as string;
  };
  const chA = await mk("政协要闻", "news");
  const chB = await mk("通知公告", "notice");
  return { tenant, admin, chA, chB, mk };
}

export async function userWith(tenantId: string, roles: Role[], grants: { channelId: string; edit?: boolean; review?: boolean; publish?: boolean }[]) {
  const { user, viewer } = await createUser(tenantId, roles);
  for (const g of grants) {
    await owner.cmsChannelAcl.create({ data: { tenantId, channelId: g.channelId, subjectKind: "USER", subjectId: user.id, canView: true, canEdit: !!g.edit, canReview: !!g.review, canPublish: !!g.publish } });
  }
  return viewer;
}

export const CREATE_ARTICLE = `mutation($i: CmsArticleInput!) { createCmsArticle(input: $i) { id no version state body summary keywords url } }`;
export const TRANSITION = `mutation($id: ID!, $v: Int!, $i: CmsTransitionInput!) { transitionCmsArticle(id: $id, expectedVersion: $v, input: $i) { id state version publishedAt availableActions } }`;

/** Creates and publishes an article directly (the admin holds every right). */
export async function publishedArticle(admin: Parameters<typeof execAs>[0], channelId: string, title: string, body: string) {
  const c = await execAs(admin, CREATE_ARTICLE, { i: { channelId, title, body } });
  if (c.errors) throw new Error(JSON.stringify(c.errors));
  const a = c.data.createCmsArticle;
  const p = await execAs(admin, TRANSITION, { id: a.id, v: a.version, i: { action: "publish" } });
  if (p.errors) throw new Error(JSON.stringify(p.errors));
  return { ...a, version: p.data.transitionCmsArticle.version as number };
}

/** Runs the worker until nothing is due (scheduled transitions, queued jobs). */
export async function drainWorker(tenantIds: string[], now = new Date()) {
  let total = { fired: 0, jobs: 0 };
  for (let i = 0; i < 5; i++) {
    const r = await tickCmsWorker(app, now, { tenantIds });
    const c = await tickCmsChecks(app, now, { tenantIds });
    total = { fired: total.fired + r.fired, jobs: total.jobs + r.jobs + c.scans + c.imports };
    if (!r.fired && !r.jobs && !c.scans && !c.imports) break;
  }
  return total;
}
