import { maskMobile, ORG_UNIT_KIND_LABELS, orgUnitInput, updateOrgUnitInput, type OrgUnitKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { resolveUnitAccount } from "../organisation.policy";
import { presentOrgUnit, type OrgUnitInput, type OrgUnitListArgs, type OrgUnitRow, type UpdateOrgUnitInput } from "../org-units.types";
import { likeLiteral } from "../../../core/like";
import { sealContactPhone } from "../org-unit-pii";

/** 承办单位 and 集体用户 are separate tables with the same columns: one set of use-cases serves both. */
export const unitTable = (db: Tx, kind: OrgUnitKind) => (kind === "HANDLING_UNIT" ? db.handlingUnit : (db.collectiveSubmitter as unknown as Tx["handlingUnit"]));

async function usernamesOf(db: Tx, rows: OrgUnitRow[]) {
  const ids = rows.map((r) => r.userId).filter((x): x is string => !!x);
  if (ids.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true } });
  return new Map(users.map((u) => [u.id, u.username]));
}

export async function listOrgUnits(ctx: Context, args: OrgUnitListArgs) {
  const { skip, take } = toSkipTake(args);
  const typed = args.search?.trim().slice(0, 50);
  const search = typed ? likeLiteral(typed) : undefined;
  const where = {
    tenantId: ctx.tenantId,
    ...(args.includeDisabled ? {} : { disabled: false }),
    ...(search ? { OR: [{ name: { contains: search } }, { shortName: { contains: search } }] } : {}),
  };
  return ctx.uow(async ({ db }) => {
    const t = unitTable(db, args.kind);
    const rows = await t.findMany({ where, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], skip, take });
    const total = await t.count({ where });
    const names = await usernamesOf(db, rows);
    return { items: rows.map((r) => presentOrgUnit(args.kind, r, names)), total };
  });
}

async function assertFree(db: Tx, tenantId: string, kind: OrgUnitKind, data: { name?: string; userId?: string | null }, exceptId?: string) {
  const t = unitTable(db, kind);
  if (data.name) {
    const same = await t.findUnique({ where: { tenantId_name: { tenantId, name: data.name } }, select: { id: true } });
    if (same && same.id !== exceptId) throw Conflict(`${ORG_UNIT_KIND_LABELS[kind]}“${data.name}”已存在`);
  }
  if (data.userId) {
    const holder = await t.findUnique({ where: { tenantId_userId: { tenantId, userId: data.userId } }, select: { id: true, name: true } });
    if (holder && holder.id !== exceptId) throw Conflict(`该账号已关联到“${holder.name}”`);
  }
}

export async function createOrgUnit(ctx: Context, kind: OrgUnitKind, input: OrgUnitInput) {
  const { username, ...data } = parseInput(orgUnitInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const userId = username ? await resolveUnitAccount(db, tenantId, kind, username) : null;
    await assertFree(db, tenantId, kind, { name: data.name, userId });
    const row = await unitTable(db, kind).create({ data: { tenantId, ...data, contactPhone: sealContactPhone(data.contactPhone), userId } });
    audit({ action: "org_unit.create", targetType: kind, targetId: row.id, detail: { name: row.name, username } });
    return presentOrgUnit(kind, row, await usernamesOf(db, [row]));
  });
}

export async function updateOrgUnit(ctx: Context, kind: OrgUnitKind, id: string, input: UpdateOrgUnitInput) {
  const { username, ...data } = parseInput(updateOrgUnitInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const t = unitTable(db, kind);
    const before = await t.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "单位") } } });
    if (!before) throw NotFound(`${ORG_UNIT_KIND_LABELS[kind]}不存在`);
    const userId = username === undefined ? undefined : username === null ? null : await resolveUnitAccount(db, tenantId, kind, username);
    await assertFree(db, tenantId, kind, { name: data.name, userId }, before.id);
    const row = await t.update({ where: { tenantId_id: { tenantId, id: before.id } }, data: { ...data, contactPhone: sealContactPhone(data.contactPhone), ...(userId === undefined ? {} : { userId }) } });
    audit({ action: "org_unit.update", targetType: kind, targetId: row.id, detail: { changes: { ...data, ...(data.contactPhone ? { contactPhone: maskMobile(data.contactPhone) } : {}), ...(username === undefined ? {} : { username }) } } });
    return presentOrgUnit(kind, row, await usernamesOf(db, [row]));
  });
}

export async function deleteOrgUnit(ctx: Context, kind: OrgUnitKind, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const t = unitTable(db, kind);
    const row = await t.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "单位") } } });
    if (!row) throw NotFound(`${ORG_UNIT_KIND_LABELS[kind]}不存在`);
    await t.delete({ where: { tenantId_id: { tenantId, id: row.id } } });
    audit({ action: "org_unit.delete", targetType: kind, targetId: row.id, detail: { name: row.name } });
    return true;
  });
}
