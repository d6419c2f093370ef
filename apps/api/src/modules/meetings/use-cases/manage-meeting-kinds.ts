import { MEETING_CATEGORY_LABELS, meetingKindInput, updateMeetingKindInput, type MeetingCategory } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { defaultMeetingKindRows } from "../default-kinds";
import { presentMeetingKind, type CreateMeetingKindInput, type UpdateMeetingKindInput } from "../meeting-kinds.types";

export async function listMeetingKinds(ctx: Context, category: MeetingCategory | null, includeDisabled: boolean) {
  const tenantId = ctx.tenantId;
  const rows = await ctx.uow(({ db }) =>
    db.meetingKind.findMany({
      where: { tenantId, ...(category ? { category } : {}), ...(includeDisabled ? {} : { disabled: false }) },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    }),
  );
  return rows.map(presentMeetingKind);
}

async function assertNameFree(db: Tx, tenantId: string, category: MeetingCategory, name: string, exceptId?: string) {
  const same = await db.meetingKind.findUnique({ where: { tenantId_category_name: { tenantId, category, name } }, select: { id: true } });
  if (same && same.id !== exceptId) throw Conflict(`${MEETING_CATEGORY_LABELS[category]}类型“${name}”已存在`);
}

export async function createMeetingKind(ctx: Context, input: CreateMeetingKindInput) {
  const data = parseInput(meetingKindInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertNameFree(db, tenantId, data.category, data.name);
    const kind = await db.meetingKind.create({ data: { tenantId, ...data } });
    audit({ action: "meeting-kind.create", targetType: "MeetingKind", targetId: kind.id, detail: { category: kind.category, name: kind.name } });
    return presentMeetingKind(kind);
  });
}

export async function updateMeetingKind(ctx: Context, id: string, input: UpdateMeetingKindInput) {
  const data = parseInput(updateMeetingKindInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await db.meetingKind.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "类型") } } });
    if (!before) throw NotFound("会议活动类型不存在");
    if (data.name !== undefined) await assertNameFree(db, tenantId, before.category, data.name, before.id);
    const kind = await db.meetingKind.update({ where: { tenantId_id: { tenantId, id: before.id } }, data });
    audit({
      action: "meeting-kind.update",
      targetType: "MeetingKind",
      targetId: kind.id,
      detail: { from: { name: before.name, sortOrder: before.sortOrder, disabled: before.disabled }, to: data },
    });
    return presentMeetingKind(kind);
  });
}

/** Adds the default types this committee lacks (by name); existing ones, renamed or disabled, stay as they are. */
export async function restoreDefaultMeetingKinds(ctx: Context) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const { count } = await db.meetingKind.createMany({ data: defaultMeetingKindRows(tenantId), skipDuplicates: true });
    audit({ action: "meeting-kind.restore-defaults", targetType: "MeetingKind", detail: { added: count } });
    const rows = await db.meetingKind.findMany({ where: { tenantId }, orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { name: "asc" }] });
    return rows.map(presentMeetingKind);
  });
}
