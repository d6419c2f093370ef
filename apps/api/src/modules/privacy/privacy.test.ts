import { describe, expect, it } from "vitest";
import { PRIVACY_NOTICE_VERSION } from "@zhzx/shared";
import { appSql, owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";

const STATUS = `{ myPrivacyConsent { version required acceptedAt } }`;
const ACCEPT = `mutation($v: String!) { acceptPrivacyNotice(version: $v) { required acceptedAt } }`;

describe("个人信息保护告知同意", () => {
  it("a portal user must agree to the current version once; staff are not asked; a stale version is refused", async () => {
    const t = await createTenant();
    const { user, viewer: member } = await createUser(t.id, ["MEMBER"]);
    const { viewer: staff } = await createUser(t.id, ["STAFF"]);
    expect((await execAs(member, STATUS)).data.myPrivacyConsent).toEqual({ version: PRIVACY_NOTICE_VERSION, required: true, acceptedAt: null });
    expect((await execAs(staff, STATUS)).data.myPrivacyConsent.required).toBe(false);

    const stale = await execAs(member, ACCEPT, { v: "2020-01" });
    expect([stale.code, stale.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "告知书已更新，请重新阅读后再同意"]);
    const first = (await execAs(member, ACCEPT, { v: PRIVACY_NOTICE_VERSION })).data.acceptPrivacyNotice;
    const again = (await execAs(member, ACCEPT, { v: PRIVACY_NOTICE_VERSION })).data.acceptPrivacyNotice;
    expect(again.acceptedAt).toBe(first.acceptedAt);
    expect((await execAs(member, STATUS)).data.myPrivacyConsent.required).toBe(false);
    expect(await owner.auditLog.count({ where: { tenantId: t.id, action: "privacy.consent", targetId: user.id } })).toBe(1);
  });

  it("the app role reads and writes only the session user's own consent", async () => {
    const t = await createTenant();
    const { user: a } = await createUser(t.id, ["MEMBER"]);
    const { user: b } = await createUser(t.id, ["MEMBER"]);
    await owner.privacyConsent.create({ data: { userId: b.id, version: PRIVACY_NOTICE_VERSION } });
    const sql = appSql();
    await sql.connect();
    try {
      await sql.query("BEGIN");
      await sql.query("SELECT set_config('app.user_id', $1, true)", [a.id]);
      expect((await sql.query("SELECT * FROM privacy_consent WHERE user_id = $1", [b.id])).rowCount).toBe(0);
      await expect(sql.query("INSERT INTO privacy_consent (user_id, version) VALUES ($1, 'x')", [b.id])).rejects.toMatchObject({ code: "42501" });
      await sql.query("ROLLBACK");
    } finally {
      await sql.end();
    }
  });
});
