import { opinionTextEditInput } from "@zhzx/shared";
import { diffLines } from "diff";
import type { Context } from "../../../context/context";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { bumpVersion, loadOpinion, recordVersion } from "../opinion-transition";
import type { OpinionTextEditInput } from "../opinions.inputs";
import { assertMayEditText, assertMayRead, findSubmitter } from "../opinions.policy";
import type { DiffLine, OpinionDiff, OpinionVersionType } from "../opinions.types";
import { opinionDetail } from "./get-opinion";

/**
 * 采编: staff edit the text during review or editing. The text before the edit is never lost: version
 * no. 1 is what the submitter sent, and every edit adds the next number.
 */
export async function editOpinionText(ctx: Context, id: string, input: OpinionTextEditInput) {
  const opinionId = parseId(id, "社情民意");
  const data = parseInput(opinionTextEditInput, input);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const o = await loadOpinion(db, tenantId, opinionId);
    assertMayEditText(viewer, o);
    if (o.title === data.title && o.content === data.content) throw ValidationFailed("内容没有变化");
    // Items always have version 1 from submission; an older row without one keeps its current text as it.
    await recordVersion(db, tenantId, o.id, o, { id: o.createdBy, name: o.submitterName }, "报送原稿");
    await bumpVersion(db, tenantId, o, data.version, { title: data.title, content: data.content });
    const no = await recordVersion(db, tenantId, o.id, data, { id: viewer.userId, name: viewer.displayName }, data.note);
    await db.opinionEvent.create({ data: { tenantId, opinionId, action: "edit", fromState: o.state, toState: o.state, actorId: viewer.userId, actorName: viewer.displayName, comment: data.note } });
    audit({ action: "opinion.edit", targetType: "Opinion", targetId: opinionId, detail: { versionNo: no, titleChanged: o.title !== data.title, note: data.note } });
    return opinionDetail(ctx, db, opinionId, null);
  });
}

async function readableVersions(ctx: Context, db: Tx, opinionId: string) {
  const o = await loadOpinion(db, ctx.tenantId, opinionId);
  const s = await findSubmitter(db, ctx.tenantId, ctx.viewer!);
  assertMayRead(ctx.viewer!, o, s, false);
  return db.opinionVersion.findMany({ where: { tenantId: ctx.tenantId, opinionId }, orderBy: { no: "asc" } });
}

export async function listOpinionVersions(ctx: Context, id: string): Promise<OpinionVersionType[]> {
  const opinionId = parseId(id, "社情民意");
  return ctx.uow(async ({ db }) =>
    (await readableVersions(ctx, db, opinionId)).map((v) => ({ no: v.no, title: v.title, content: v.content, editorName: v.editorName, note: v.note, createdAt: v.createdAt })),
  );
}

/** Line diff between two versions (default: the original against the latest), by the `diff` library. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const out: DiffLine[] = [];
  let oldLine = 0;
  let newLine = 0;
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, "").split("\n");
    for (const text of lines) {
      if (part.added) out.push({ kind: "ADDED", text, oldLine: null, newLine: ++newLine });
      else if (part.removed) out.push({ kind: "REMOVED", text, oldLine: ++oldLine, newLine: null });
      else out.push({ kind: "SAME", text, oldLine: ++oldLine, newLine: ++newLine });
    }
  }
  return out;
}

export async function diffOpinionVersions(ctx: Context, id: string, fromNo?: number | null, toNo?: number | null): Promise<OpinionDiff> {
  const opinionId = parseId(id, "社情民意");
  return ctx.uow(async ({ db }) => {
    const versions = await readableVersions(ctx, db, opinionId);
    if (versions.length === 0) throw NotFound("该信息还没有版本记录");
    const from = versions.find((v) => v.no === (fromNo ?? 1));
    const to = versions.find((v) => v.no === (toNo ?? versions[versions.length - 1]!.no));
    if (!from || !to) throw NotFound("版本不存在");
    const lines = lineDiff(from.content, to.content);
    return {
      fromNo: from.no,
      toNo: to.no,
      fromTitle: from.title,
      toTitle: to.title,
      titleChanged: from.title !== to.title,
      lines,
      added: lines.filter((l) => l.kind === "ADDED").length,
      removed: lines.filter((l) => l.kind === "REMOVED").length,
    };
  });
}
