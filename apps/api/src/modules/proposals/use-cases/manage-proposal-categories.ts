import { pinyin } from "pinyin-pro";
import { proposalCategoryInput, updateProposalCategoryInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { ProposalCategoryInput, UpdateProposalCategoryInput } from "../inputs.types";
import type { ProposalCategoryType } from "../proposals.types";

type Row = { id: string; parentId: string | null; name: string; sortOrder: number };

/** Flat list in tree order (parents before children, siblings by sort order), each with its path and use count. */
export async function listProposalCategories(ctx: Context): Promise<ProposalCategoryType[]> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const rows = await db.proposalCategory.findMany({ where: { tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
    const counts = await db.proposal.groupBy({ by: ["categoryId"], where: { tenantId, categoryId: { not: null } }, _count: { _all: true } });
    return treeOrder(rows, new Map(counts.map((c) => [c.categoryId!, c._count._all])));
  });
}

const pinyinKey = (s: string) => pinyin(s, { toneType: "none", type: "array", v: true }).join(" ").toLowerCase();

/** Siblings by sort order, then by name the Chinese way (pinyin), not by code point. */
export function treeOrder(rows: Row[], counts = new Map<string, number>()): ProposalCategoryType[] {
  const out: ProposalCategoryType[] = [];
  const keys = new Map(rows.map((r) => [r.id, pinyinKey(r.name)]));
  const walk = (parentId: string | null, prefix: string) => {
    const siblings = rows.filter((x) => x.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder || keys.get(a.id)!.localeCompare(keys.get(b.id)!));
    for (const r of siblings) {
      const path = prefix ? `${prefix} / ${r.name}` : r.name;
      out.push({ id: r.id, parentId: r.parentId, name: r.name, path, sortOrder: r.sortOrder, proposalCount: counts.get(r.id) ?? 0 });
      walk(r.id, path);
    }
  };
  walk(null, "");
  return out;
}

async function assertNameFree(db: Tx, tenantId: string, name: string, exceptId?: string) {
  const same = await db.proposalCategory.findUnique({ where: { tenantId_name: { tenantId, name } }, select: { id: true } });
  if (same && same.id !== exceptId) throw Conflict(`提案分类“${name}”已存在`);
}

async function assertParent(db: Tx, tenantId: string, parentId: string | null, selfId?: string) {
  if (!parentId) return;
  const all = await db.proposalCategory.findMany({ where: { tenantId }, select: { id: true, parentId: true } });
  if (!all.some((c) => c.id === parentId)) throw ValidationFailed("上级分类不存在", { parentId: "上级分类不存在" });
  // Moving a category under itself or one of its descendants would cut the branch off the tree.
  for (let at: string | null = parentId; at; at = all.find((c) => c.id === at)?.parentId ?? null) {
    if (at === selfId) throw ValidationFailed("不能把分类移到它自己或其下级分类之下", { parentId: "上级分类无效" });
  }
}

const present = (c: Row): ProposalCategoryType => ({ id: c.id, parentId: c.parentId, name: c.name, path: c.name, sortOrder: c.sortOrder, proposalCount: 0 });

export async function createProposalCategory(ctx: Context, input: ProposalCategoryInput) {
  const data = parseInput(proposalCategoryInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertNameFree(db, tenantId, data.name);
    await assertParent(db, tenantId, data.parentId);
    const c = await db.proposalCategory.create({ data: { tenantId, ...data } });
    audit({ action: "proposal.category.create", targetType: "ProposalCategory", targetId: c.id, detail: { name: c.name, parentId: c.parentId } });
    return present(c);
  });
}

export async function updateProposalCategory(ctx: Context, id: string, input: UpdateProposalCategoryInput) {
  const data = parseInput(updateProposalCategoryInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await db.proposalCategory.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "分类") } } });
    if (!before) throw NotFound("提案分类不存在");
    if (data.name !== undefined) await assertNameFree(db, tenantId, data.name, before.id);
    if (data.parentId !== undefined) await assertParent(db, tenantId, data.parentId, before.id);
    const c = await db.proposalCategory.update({ where: { tenantId_id: { tenantId, id: before.id } }, data });
    audit({ action: "proposal.category.update", targetType: "ProposalCategory", targetId: c.id, detail: { from: { name: before.name, parentId: before.parentId, sortOrder: before.sortOrder }, to: data } });
    return present(c);
  });
}

/** Refused while proposals use it (their history must stay readable) or while it has sub-categories. */
export async function deleteProposalCategory(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const c = await db.proposalCategory.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "分类") } } });
    if (!c) throw NotFound("提案分类不存在");
    const used = await db.proposal.count({ where: { tenantId, categoryId: c.id } });
    if (used > 0) throw Conflict(`提案分类“${c.name}”已被 ${used} 件提案使用，不能删除`);
    const children = await db.proposalCategory.count({ where: { tenantId, parentId: c.id } });
    if (children > 0) throw Conflict(`提案分类“${c.name}”下还有 ${children} 个下级分类，请先删除或移走下级分类`);
    await db.proposalCategory.delete({ where: { tenantId_id: { tenantId, id: c.id } } });
    audit({ action: "proposal.category.delete", targetType: "ProposalCategory", targetId: c.id, detail: { name: c.name } });
    return true;
  });
}
