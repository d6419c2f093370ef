import { journalTypeInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { JournalTypeInputType, JournalTypeType } from "../journals.types";

type Row = { id: string; name: string; description: string | null; publisherName: string | null; reportTo: string | null; sendTo: string | null; distributeTo: string | null; sortOrder: number; disabled: boolean; _count: { issues: number } };
const present = (t: Row): JournalTypeType => ({ ...t, issueCount: t._count.issues });
const withCount = { _count: { select: { issues: true } } } as const;

export async function listJournalTypes(ctx: Context, includeDisabled: boolean): Promise<JournalTypeType[]> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const rows = await db.journalType.findMany({ where: { tenantId, ...(includeDisabled ? {} : { disabled: false }) }, include: withCount, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
    return rows.map(present);
  });
}

export async function createJournalType(ctx: Context, input: JournalTypeInputType): Promise<JournalTypeType> {
  const data = parseInput(journalTypeInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    if (await db.journalType.findUnique({ where: { tenantId_name: { tenantId, name: data.name } } })) throw Conflict(`刊物“${data.name}”已存在`);
    const t = await db.journalType.create({ data: { tenantId, ...data }, include: withCount });
    audit({ action: "journal.type.create", targetType: "JournalType", targetId: t.id, detail: { name: t.name } });
    return present(t);
  });
}

/** All fields at once (the form shows them all); a rename keeps the existing issues under the type. */
export async function updateJournalType(ctx: Context, id: string, input: JournalTypeInputType): Promise<JournalTypeType> {
  const typeId = parseId(id, "刊物");
  const data = parseInput(journalTypeInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await db.journalType.findUnique({ where: { tenantId_id: { tenantId, id: typeId } } });
    if (!before) throw NotFound("刊物不存在");
    const clash = await db.journalType.findUnique({ where: { tenantId_name: { tenantId, name: data.name } } });
    if (clash && clash.id !== typeId) throw Conflict(`刊物“${data.name}”已存在`);
    const t = await db.journalType.update({ where: { tenantId_id: { tenantId, id: typeId } }, data, include: withCount });
    audit({ action: "journal.type.update", targetType: "JournalType", targetId: t.id, detail: { from: before.name, to: t.name, disabled: t.disabled } });
    return present(t);
  });
}
