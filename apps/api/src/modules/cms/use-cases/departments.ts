import { z } from "zod";
import type { Context } from "../../../context/context";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { CmsDepartmentType } from "../channels.types";

const name = z.string({ error: "请输入部门名称" }).trim().min(1, "请输入部门名称").max(40, "部门名称最多 40 个字符");

export async function listDepartments(ctx: Context): Promise<CmsDepartmentType[]> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const deps = await db.cmsDepartment.findMany({ where: { tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], include: { members: true } });
    const users = await db.user.findMany({ where: { id: { in: deps.flatMap((d) => d.members.map((m) => m.userId)) } }, select: { id: true, displayName: true } });
    return deps.map((d) => ({ id: d.id, name: d.name, sortOrder: d.sortOrder, members: users.filter((u) => d.members.some((m) => m.userId === u.id)) }));
  });
}

export async function saveDepartment(ctx: Context, id: string | null, input: { name: string; sortOrder?: number | null }) {
  const data = { name: parseInput(name, input.name), sortOrder: input.sortOrder ?? 0 };
  const tenantId = ctx.tenantId;
  await ctx.uow(async ({ db, audit }) => {
    const dep = id
      ? await db.cmsDepartment.update({ where: { tenantId_id: { tenantId, id: parseId(id, "部门") } }, data })
      : await db.cmsDepartment.create({ data: { ...data, tenantId } });
    audit({ action: id ? "cms.department.update" : "cms.department.create", targetType: "CmsDepartment", targetId: dep.id, detail: data });
  });
  return listDepartments(ctx);
}

export async function deleteDepartment(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  await ctx.uow(async ({ db, audit }) => {
    const dep = await db.cmsDepartment.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "部门") } } });
    if (!dep) throw NotFound("部门不存在");
    await db.cmsChannelAcl.deleteMany({ where: { tenantId, subjectKind: "DEPARTMENT", subjectId: dep.id } });
    await db.cmsChannel.updateMany({ where: { tenantId, departmentId: dep.id }, data: { departmentId: null } });
    await db.cmsDepartment.delete({ where: { tenantId_id: { tenantId, id: dep.id } } });
    audit({ action: "cms.department.delete", targetType: "CmsDepartment", targetId: dep.id, detail: { name: dep.name } });
  });
  return true;
}

export async function setDepartmentMembers(ctx: Context, id: string, userIds: string[]) {
  const ids = [...new Set(userIds.map((u) => parseId(u, "用户")))];
  const tenantId = ctx.tenantId;
  await ctx.uow(async ({ db, audit }) => {
    const dep = await db.cmsDepartment.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "部门") } } });
    if (!dep) throw NotFound("部门不存在");
    if ((await db.tenantMembership.count({ where: { tenantId, userId: { in: ids } } })) !== ids.length) throw ValidationFailed("人员不属于本委员会");
    await db.cmsDepartmentMember.deleteMany({ where: { tenantId, departmentId: dep.id } });
    await db.cmsDepartmentMember.createMany({ data: ids.map((userId) => ({ tenantId, departmentId: dep.id, userId })) });
    audit({ action: "cms.department.members", targetType: "CmsDepartment", targetId: dep.id, detail: { userIds: ids } });
  });
  return listDepartments(ctx);
}
