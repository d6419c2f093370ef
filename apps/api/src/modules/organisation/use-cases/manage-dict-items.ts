import { DICT_KIND_LABELS, dictItemInput, updateDictItemInput, type DictKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { presentDictItem, type CreateDictItemInput, type UpdateDictItemInput } from "../dictionaries.types";

export async function listDictItems(ctx: Context, kind: DictKind, includeDisabled: boolean) {
  const tenantId = ctx.tenantId;
  const rows = await ctx.uow(({ db }) =>
    db.dictItem.findMany({ where: { tenantId, kind, ...(includeDisabled ? {} : { disabled: false }) }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  );
  return rows.map(presentDictItem);
}

async function assertNameFree(db: Tx, tenantId: string, kind: DictKind, name: string, exceptId?: string) {
  const same = await db.dictItem.findUnique({ where: { tenantId_kind_name: { tenantId, kind, name } }, select: { id: true } });
  if (same && same.id !== exceptId) throw Conflict(`${DICT_KIND_LABELS[kind]}“${name}”已存在`);
}

export async function createDictItem(ctx: Context, input: CreateDictItemInput) {
  const data = parseInput(dictItemInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertNameFree(db, tenantId, data.kind, data.name);
    const item = await db.dictItem.create({ data: { tenantId, ...data } });
    audit({ action: "dict.create", targetType: "DictItem", targetId: item.id, detail: { kind: item.kind, name: item.name } });
    return presentDictItem(item);
  });
}

export async function updateDictItem(ctx: Context, id: string, input: UpdateDictItemInput) {
  const data = parseInput(updateDictItemInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await db.dictItem.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "字典项") } } });
    if (!before) throw NotFound("字典项不存在");
    if (data.name !== undefined) await assertNameFree(db, tenantId, before.kind, data.name, before.id);
    const item = await db.dictItem.update({ where: { tenantId_id: { tenantId, id: before.id } }, data });
    audit({ action: "dict.update", targetType: "DictItem", targetId: item.id, detail: { kind: item.kind, from: pick(before, data), to: data } });
    return presentDictItem(item);
  });
}

/** Refused while any member record uses the item: history must stay readable (disable it instead). */
export async function deleteDictItem(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const item = await db.dictItem.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "字典项") } } });
    if (!item) throw NotFound("字典项不存在");
    const used = await usageCount(db, tenantId, item.id);
    if (used > 0) throw Conflict(`${DICT_KIND_LABELS[item.kind]}“${item.name}”已被 ${used} 条委员记录使用，不能删除，可改为停用`);
    await db.dictItem.delete({ where: { tenantId_id: { tenantId, id: item.id } } });
    audit({ action: "dict.delete", targetType: "DictItem", targetId: item.id, detail: { kind: item.kind, name: item.name } });
    return true;
  });
}

async function usageCount(db: Tx, tenantId: string, id: string) {
  const terms = await db.memberTerm.count({ where: { tenantId, OR: [{ sectorId: id }, { partyId: id }, { memberTypeId: id }, { specialCommitteeId: id }] } });
  const profiles = await db.memberProfile.count({ where: { tenantId, OR: [{ ethnicGroupId: id }, { educationId: id }] } });
  return terms + profiles;
}

const pick = (row: Record<string, unknown>, keys: Record<string, unknown>) => Object.fromEntries(Object.keys(keys).map((k) => [k, row[k]]));
