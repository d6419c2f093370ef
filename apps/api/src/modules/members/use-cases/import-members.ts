import { randomUUID } from "node:crypto";
import { MEMBER_IMPORT_COLUMNS, type DictKind, type MemberProfileFields, type MemberTermInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import type { ImportResult } from "../../organisation/files.types";
import { decodeUpload, readSheet, type RowError } from "../../organisation/xlsx";
import { checkRow } from "../member-import-rows";
import { writeMobile } from "../member-pii";
import { assertSession } from "../member-refs";
import { nameSearchColumns } from "../pinyin";

/** Name (and code, case-insensitive) → id of every enabled dictionary item of the tenant. */
async function dictLookup(db: Tx, tenantId: string) {
  const out = new Map<DictKind, Map<string, string>>();
  for (const d of await db.dictItem.findMany({ where: { tenantId, disabled: false } })) {
    const m = out.get(d.kind) ?? out.set(d.kind, new Map()).get(d.kind)!;
    m.set(d.name, d.id);
    if (d.code) m.set(d.code.toLowerCase(), d.id);
  }
  return out;
}

/** Accounts named in the file that are MEMBER memberships of this tenant and not linked yet: username → user id. */
async function linkableAccounts(db: Tx, tenantId: string, usernames: string[]) {
  if (!usernames.length) return new Map<string, string>();
  const users = await db.user.findMany({ where: { username: { in: usernames } }, select: { id: true, username: true } });
  const members = await db.tenantMembership.findMany({ where: { tenantId, userId: { in: users.map((u) => u.id) }, roles: { has: "MEMBER" } }, select: { userId: true } });
  const linked = await db.memberProfile.findMany({ where: { tenantId, userId: { in: users.map((u) => u.id) } }, select: { userId: true } });
  const ok = new Set(members.map((m) => m.userId));
  for (const l of linked) ok.delete(l.userId!);
  return new Map(users.filter((u) => ok.has(u.id)).map((u) => [u.username, u.id]));
}

/**
 * Bulk import into one session: every row is validated first (formats, dictionary names, duplicates in
 * the file and against existing members, accounts); with any error nothing is written and every bad
 * row is returned. Otherwise all rows go in one transaction. `dryRun` validates only.
 */
export async function importMembers(ctx: Context, sessionId: string, fileBase64: string, dryRun: boolean): Promise<ImportResult> {
  const sid = parseId(sessionId, "届次");
  const { rows, headerErrors } = await readSheet(decodeUpload(fileBase64), MEMBER_IMPORT_COLUMNS);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertSession(db, tenantId, sid);
    const dicts = await dictLookup(db, tenantId);
    const accounts = await linkableAccounts(db, tenantId, [...new Set(rows.map((r) => r.values.username).filter(Boolean))]);
    const existing = new Set((await db.memberProfile.findMany({ where: { tenantId }, select: { name: true, birthDate: true } })).map((p) => `${p.name}|${p.birthDate.toISOString().slice(0, 10)}`));
    const errors: RowError[] = [...headerErrors];
    const good: { profile: MemberProfileFields; term: MemberTermInput; userId: string | null }[] = [];
    const seenPerson = new Map<string, number>();
    const seenMobile = new Map<string, number>();
    const seenUser = new Map<string, number>();
    for (const { row, values } of rows) {
      const checked = checkRow(row, values, dicts, sid);
      const rowErrors = [...checked.errors];
      if (checked.profile) {
        const { profile, username } = checked;
        const person = `${profile.name}|${profile.birthDate}`;
        if (existing.has(person)) rowErrors.push({ row, column: "姓名", field: "name", message: `委员“${profile.name}”（${profile.birthDate}）已存在` });
        else if (seenPerson.has(person)) rowErrors.push({ row, column: "姓名", field: "name", message: `与第 ${seenPerson.get(person)} 行为同一人` });
        if (seenMobile.has(profile.mobile)) rowErrors.push({ row, column: "手机号码", field: "mobile", message: `与第 ${seenMobile.get(profile.mobile)} 行手机号码重复` });
        if (username && !accounts.has(username)) rowErrors.push({ row, column: "用户名", field: "username", message: `账号“${username}”不存在、没有委员角色或已关联其他委员` });
        else if (username && seenUser.has(username)) rowErrors.push({ row, column: "用户名", field: "username", message: `与第 ${seenUser.get(username)} 行账号重复` });
        seenPerson.set(person, seenPerson.get(person) ?? row);
        seenMobile.set(profile.mobile, seenMobile.get(profile.mobile) ?? row);
        if (username) seenUser.set(username, seenUser.get(username) ?? row);
        if (!rowErrors.length) good.push({ profile, term: checked.term!, userId: username ? accounts.get(username)! : null });
      }
      errors.push(...rowErrors);
    }
    if (!rows.length && !errors.length) errors.push({ row: 2, column: null, field: null, message: "文件中没有数据行" });
    const result = { ok: errors.length === 0, totalRows: rows.length, imported: 0, skipped: 0, errors };
    if (errors.length || dryRun) return result;

    const profiles = good.map(({ profile: { birthDate, mobile, ...p }, userId }) => ({
      tenantId,
      id: randomUUID(),
      userId,
      ...p,
      ...nameSearchColumns(p.name),
      birthDate: new Date(`${birthDate}T00:00:00Z`),
      mobile: writeMobile(mobile),
    }));
    await db.memberProfile.createMany({ data: profiles });
    await db.memberTerm.createMany({ data: good.map((g, i) => ({ tenantId, memberId: profiles[i]!.id, ...g.term })) });
    audit({ action: "member.import", targetType: "CommitteeSession", targetId: sid, detail: { imported: profiles.length } });
    return { ...result, imported: profiles.length };
  });
}
