/**
 * Test-only builders for the opinions module (owner connection for setup, the API for everything under
 * test). Not imported by application code.
 */
import { randomUUID } from "node:crypto";
import type { Role } from "@zhzx/shared";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createDicts, createMember, createSession, type Dicts } from "../members/members.fixtures";

export const uniq = () => randomUUID().slice(0, 8);

/** A committee with dictionaries, a current session, an editor (STAFF + OPINION_EDITOR) and a leader. */
export async function createCommittee(opts: { level?: "CITY" | "COUNTY"; parentId?: string; name?: string } = {}) {
  const tenant = await createTenant(opts);
  const dicts = await createDicts(tenant.id);
  const session = await createSession(tenant.id, { isCurrent: true });
  const { viewer: editor } = await createUser(tenant.id, ["STAFF", "OPINION_EDITOR"]);
  const { viewer: leader } = await createUser(tenant.id, ["LEADER"]);
  return { tenant, dicts, session, editor, leader };
}
export type Committee = Awaited<ReturnType<typeof createCommittee>>;

/** A member account with a profile and a term (party = index into the test dictionaries). */
export async function createMemberAccount(c: { tenant: { id: string }; dicts: Dicts; session: { id: string } }, name: string, party = 0, roles: Role[] = ["MEMBER"]) {
  const { user, viewer } = await createUser(c.tenant.id, roles);
  const memberId = await createMember(c.tenant.id, c.dicts, { name, userId: user.id, terms: [{ sessionId: c.session.id, party }] });
  return { viewer: { ...viewer, displayName: name }, memberId };
}

/** A collective submitter with its login. */
export async function createCollectiveAccount(tenantId: string, name: string) {
  const { user, viewer } = await createUser(tenantId, ["COLLECTIVE"]);
  const c = await owner.collectiveSubmitter.create({ data: { tenantId, name, userId: user.id } });
  return { viewer: { ...viewer, displayName: name }, collectiveId: c.id };
}

export const DETAIL = `id title content state origin submitterName version instructed instructionCount availableActions canEdit canForward canInstruct
  returnReason cosigners { memberName status } issue { label journalName } issueOrder forwarded
  upward { parentTenantName state adopted issueLabel instructions { kind authorName content } }
  source { tenantName opinionId } events { action fromState toState actorName comment }`;

/** Runs an operation and fails the test with the server's message if it errored. */
export async function ok<T = any>(viewer: Parameters<typeof execAs>[0], source: string, vars?: Record<string, unknown>): Promise<T> {
  const r = await execAs(viewer, source, vars);
  if (r.errors) throw new Error(`${r.code}: ${r.errors[0]!.message}`);
  return r.data as T;
}

type Viewer = Parameters<typeof execAs>[0];

export async function draftAndSubmit(member: Viewer, title: string, content = `${title}的正文。\n第二段。`) {
  const d = await ok(member, `mutation($i: OpinionDraftInputType!) { createOpinionDraft(input: $i) { id version } }`, { i: { title, content } });
  const s = await ok(member, `mutation($id: ID!, $v: Int!) { submitOpinion(id: $id, version: $v) { id version state } }`, { id: d.createOpinionDraft.id, v: d.createOpinionDraft.version });
  return s.submitOpinion as { id: string; version: number; state: string };
}

/** Submitted by `member`, then passed through both reviews by `editor`: an adopted item. */
export async function adoptedItem(member: Viewer, editor: Viewer, title: string, content?: string) {
  const s = await draftAndSubmit(member, title, content);
  const a = await ok(editor, `mutation($id: ID!, $v: Int!) { passOpinionFirstReview(id: $id, version: $v) { version } }`, { id: s.id, v: s.version });
  const b = await ok(editor, `mutation($id: ID!, $v: Int!) { passOpinionSecondReview(id: $id, version: $v, comment: "采用") { id version state } }`, { id: s.id, v: a.passOpinionFirstReview.version });
  return b.passOpinionSecondReview as { id: string; version: number; state: string };
}

export async function journalType(editor: Viewer, name = `社情民意${uniq()}`) {
  const r = await ok(editor, `mutation($i: JournalTypeInputType!) { createJournalType(input: $i) { id name } }`, {
    i: { name, reportTo: "省政协，市委、市人大、市政府、市政协领导", sendTo: "市委办公室，市政府办公室", distributeTo: "各县区政协，市政协各专委会" },
  });
  return r.createJournalType as { id: string; name: string };
}

export async function newIssue(editor: Viewer, typeId: string, year = 2025) {
  const r = await ok(editor, `mutation($i: JournalIssueCreateInputType!) { createJournalIssue(input: $i) { id version number label } }`, { i: { typeId, year } });
  return r.createJournalIssue as { id: string; version: number; number: number; label: string };
}
