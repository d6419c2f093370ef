import { issueLabel, journalIssueCreateInput, journalIssueUpdateInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { Prisma } from "../../../generated/prisma/client";
import type { JournalIssueCreateInputType, JournalIssueDetail, JournalIssueListArgs, JournalIssuePage, JournalIssueType, JournalIssueUpdateInputType } from "../journals.types";
import { opinionListInclude, presentList } from "../opinions.presenter";

const issueInclude = { type: { select: { name: true, publisherName: true } }, _count: { select: { items: true } } } as const;
type IssueRow = Prisma.JournalIssueGetPayload<{ include: typeof issueInclude }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
export const presentIssue = (i: IssueRow): JournalIssueType => ({
  id: i.id,
  typeId: i.typeId,
  journalName: i.type.name,
  year: i.year,
  number: i.number,
  label: issueLabel(i.year, i.number),
  title: i.title,
  status: i.status,
  issueDate: day(i.issueDate),
  editorName: i.editorName,
  signerName: i.signerName,
  reportTo: i.reportTo,
  sendTo: i.sendTo,
  distributeTo: i.distributeTo,
  itemCount: i._count.items,
  publishedAt: i.publishedAt,
  createdAt: i.createdAt,
  version: i.version,
});

export async function loadIssue(db: Tx, tenantId: string, id: string) {
  const i = await db.journalIssue.findUnique({ where: { tenantId_id: { tenantId, id } }, include: issueInclude });
  if (!i) throw NotFound("期刊不存在");
  return i;
}

/** The issue with its items in the editor's order, and the publisher line of the title block. */
export async function issueDetail(db: Tx, tenantId: string, id: string): Promise<JournalIssueDetail> {
  const i = await loadIssue(db, tenantId, id);
  const rows = await db.opinion.findMany({ where: { tenantId, issueId: id }, include: opinionListInclude, orderBy: { issueOrder: "asc" } });
  const items = await presentList(db, rows);
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  return { ...presentIssue(i), publisherName: i.type.publisherName ?? `${tenant.name}办公室`, items: items.map((it, k) => ({ ...it, content: rows[k]!.content })) };
}

export async function listJournalIssues(ctx: Context, args: JournalIssueListArgs): Promise<JournalIssuePage> {
  const { skip, take } = toSkipTake(args);
  const where: Prisma.JournalIssueWhereInput = {
    tenantId: ctx.tenantId,
    ...(args.typeId ? { typeId: parseId(args.typeId, "刊物") } : {}),
    ...(args.year ? { year: args.year } : {}),
    ...(args.status ? { status: args.status } : {}),
  };
  return ctx.uow(async ({ db }) => {
    const rows = await db.journalIssue.findMany({ where, include: issueInclude, orderBy: [{ year: "desc" }, { type: { sortOrder: "asc" } }, { number: "desc" }], skip, take });
    return { items: rows.map(presentIssue), total: await db.journalIssue.count({ where }) };
  });
}

export async function getJournalIssue(ctx: Context, id: string) {
  const issueId = parseId(id, "期刊");
  return ctx.uow(({ db }) => issueDetail(db, ctx.tenantId, issueId));
}

/**
 * 新建期刊. Numbers run per type per year without gaps or duplicates even when two editors create issues
 * at the same moment: a transaction-level advisory lock on (committee, type, year) serialises the
 * "max + 1", and the unique key (tenant, type, year, number) is the backstop.
 */
export async function createJournalIssue(ctx: Context, input: JournalIssueCreateInputType): Promise<JournalIssueDetail> {
  const data = parseInput(journalIssueCreateInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const type = await db.journalType.findUnique({ where: { tenantId_id: { tenantId, id: data.typeId } } });
    if (!type) throw NotFound("刊物不存在");
    if (type.disabled) throw ValidationFailed(`刊物“${type.name}”已停用`);
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`journal-issue:${tenantId}:${type.id}:${data.year}`}, 0))`;
    let number = data.number;
    if (number === null) {
      const max = await db.journalIssue.aggregate({ where: { tenantId, typeId: type.id, year: data.year }, _max: { number: true } });
      number = (max._max.number ?? 0) + 1;
    } else if (await db.journalIssue.findUnique({ where: { tenantId_typeId_year_number: { tenantId, typeId: type.id, year: data.year, number } } })) {
      throw Conflict(`《${type.name}》${issueLabel(data.year, number)}已存在`);
    }
    const i = await db.journalIssue.create({
      data: {
        tenantId,
        typeId: type.id,
        year: data.year,
        number,
        title: data.title,
        issueDate: data.issueDate ? new Date(`${data.issueDate}T00:00:00Z`) : null,
        editorName: data.editorName,
        signerName: data.signerName,
        reportTo: data.reportTo ?? type.reportTo,
        sendTo: data.sendTo ?? type.sendTo,
        distributeTo: data.distributeTo ?? type.distributeTo,
      },
    });
    audit({ action: "journal.issue.create", targetType: "JournalIssue", targetId: i.id, detail: { journal: type.name, year: i.year, number: i.number } });
    return issueDetail(db, tenantId, i.id);
  });
}

/** 版头 and distribution lines; a published issue is the record of what went out and stays as it is. */
export async function updateJournalIssue(ctx: Context, id: string, input: JournalIssueUpdateInputType): Promise<JournalIssueDetail> {
  const issueId = parseId(id, "期刊");
  const { version, issueDate, ...rest } = parseInput(journalIssueUpdateInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const i = await loadIssue(db, tenantId, issueId);
    if (i.status !== "DRAFT") throw InvalidTransition("已刊发的期刊不能修改");
    const { count } = await db.journalIssue.updateMany({
      where: { tenantId, id: issueId, version, status: "DRAFT" },
      data: { ...rest, issueDate: issueDate ? new Date(`${issueDate}T00:00:00Z`) : null, version: { increment: 1 } },
    });
    if (count === 0) throw Conflict();
    audit({ action: "journal.issue.update", targetType: "JournalIssue", targetId: issueId, detail: rest });
    return issueDetail(db, tenantId, issueId);
  });
}

/** An empty draft issue only (its items would otherwise lose their place). */
export async function deleteJournalIssue(ctx: Context, id: string, version: number) {
  const issueId = parseId(id, "期刊");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const i = await loadIssue(db, tenantId, issueId);
    if (i.status !== "DRAFT") throw InvalidTransition("已刊发的期刊不能删除");
    if (i._count.items > 0) throw InvalidTransition("请先将本期的信息移出");
    const { count } = await db.journalIssue.deleteMany({ where: { tenantId, id: issueId, version, status: "DRAFT" } });
    if (count === 0) throw Conflict();
    audit({ action: "journal.issue.delete", targetType: "JournalIssue", targetId: issueId, detail: { journal: i.type.name, year: i.year, number: i.number } });
    return true;
  });
}
