import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "../../core/config";
import { appSql, owner } from "../../../test/support/db";
import { createTenant, createUser, TEST_PASSWORD } from "../../../test/support/factories";
import { Browser, codeOf, startTestServer } from "../../../test/support/http";
import { hashRecoveryCode, issuePendingLogin, readPendingLogin, totpCodeAt, totpStep } from "./totp";
import { CODE_FAILED } from "./use-cases/two-factor";

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { mustChangePassword secondFactorRequired mustEnrolTotp viewer { userId } } }`;
const SECOND = `mutation($i: SecondFactorInput!) { loginSecondFactor(input: $i) { mustChangePassword secondFactorRequired mustEnrolTotp viewer { userId username } } }`;
const STATUS = `{ myTwoFactor { enabled required recoveryCodesLeft enabledAt } }`;
const START = `mutation { startTotpEnrolment { secret uri issuer account } }`;
const CONFIRM = `mutation($c: String!) { confirmTotpEnrolment(code: $c) }`;
const DISABLE = `mutation($i: SecondFactorInput!) { disableTotp(input: $i) }`;
const REGENERATE = `mutation($c: String!) { regenerateRecoveryCodes(code: $c) }`;
const RESET = `mutation($u: ID!) { resetUserTotp(userId: $u) }`;
const STATUSES = `query($ids: [ID!]!) { userTwoFactorStatus(userIds: $ids) { userId enabled } }`;
const USERS = `{ users(page: 1, pageSize: 5) { total } }`;

const STEP = 30_000;

describe("两步验证 (TOTP) over HTTP", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let tenantId: string;
  beforeAll(async () => {
    server = await startTestServer();
    tenantId = (await createTenant()).id;
  });
  afterAll(() => server.close());

  const loggedIn = async (username: string) => {
    const b = new Browser(server.url);
    const r = await b.gql(LOGIN, { i: { username, password: TEST_PASSWORD } });
    expect(r.errors).toBeUndefined();
    return { b, r };
  };

  /** Logs in with the password, enrols with the current code; returns the secret and recovery codes. */
  async function enrolled(roles: Parameters<typeof createUser>[1] = ["STAFF"]) {
    const { user } = await createUser(tenantId, roles);
    const { b } = await loggedIn(user.username);
    const start = await b.gql(START);
    expect(start.errors).toBeUndefined();
    const secret: string = start.data.startTotpEnrolment.secret;
    const confirm = await b.gql(CONFIRM, { c: totpCodeAt(secret, Date.now()) });
    expect(confirm.errors).toBeUndefined();
    await b.gql(`mutation { logout }`);
    return { user, secret, recovery: confirm.data.confirmTotpEnrolment as string[] };
  }

  /** The password step of a user with 两步验证: a pending login, not a session. */
  async function pending(username: string) {
    const b = new Browser(server.url);
    const r = await b.gql(LOGIN, { i: { username, password: TEST_PASSWORD } });
    expect(r.errors).toBeUndefined();
    expect(r.data.login).toEqual({ mustChangePassword: false, secondFactorRequired: true, mustEnrolTotp: false, viewer: null });
    return b;
  }

  it("enrols with a QR secret and a first code; the secret is sealed; ten recovery codes are shown once", async () => {
    const { user } = await createUser(tenantId, ["STAFF"]);
    const { b } = await loggedIn(user.username);
    expect((await b.gql(STATUS)).data.myTwoFactor).toMatchObject({ enabled: false, required: false, recoveryCodesLeft: 0 });

    const start = (await b.gql(START)).data.startTotpEnrolment;
    expect(start.uri).toMatch(new RegExp(`^otpauth://totp/.+${user.username}\\?.*secret=${start.secret}`));
    expect(start.uri).toContain("period=30");
    expect(start.issuer).toBe("智慧政协");
    const row = await owner.userTotp.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secret).toMatch(/^enc:v1:/);
    expect(row.secret).not.toContain(start.secret);
    expect(row.enabledAt).toBeNull();

    // Before confirmation the password alone still logs in: nothing is on yet.
    expect((await new Browser(server.url).gql(LOGIN, { i: { username: user.username, password: TEST_PASSWORD } })).data.login.secondFactorRequired).toBe(false);

    const wrong = await b.gql(CONFIRM, { c: totpCodeAt(start.secret, Date.now() + 10 * STEP) });
    expect(codeOf(wrong)).toBe("MFA_CODE_INVALID");
    expect(wrong.errors![0]!.message).toMatch(/验证码不正确/);
    expect(codeOf(await b.gql(CONFIRM, { c: "12ab56" }))).toBe("VALIDATION_FAILED");

    const codes: string[] = (await b.gql(CONFIRM, { c: totpCodeAt(start.secret, Date.now()) })).data.confirmTotpEnrolment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
    const stored = await owner.userRecoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((s) => s.codeHash).sort()).toEqual(codes.map((c) => hashRecoveryCode(user.id, c)).sort());
    expect(JSON.stringify(stored)).not.toContain(codes[0]);

    expect((await b.gql(STATUS)).data.myTwoFactor).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(codeOf(await b.gql(START))).toBe("CONFLICT");
    expect(await owner.auditLog.count({ where: { targetId: user.id, action: "auth.totp_enrol_start" } })).toBe(1);
    expect(await owner.auditLog.count({ where: { targetId: user.id, action: "auth.totp_enrol_failed", result: "FAILURE" } })).toBe(1);
    expect(await owner.auditLog.count({ where: { targetId: user.id, action: "auth.totp_enabled", tenantId } })).toBe(1);
  });

  it("the password step gives a pending login, not a session; the code completes it; the same code never works twice", async () => {
    const { user, secret } = await enrolled();
    const b = await pending(user.username);
    expect(b.cookie).toMatch(/zx_mfa=/);
    expect(b.cookie).not.toMatch(/zx_sid=/);
    expect((await b.gql(`{ me { username } }`)).data.me).toBeNull();
    expect(codeOf(await b.gql(STATUS))).toBe("UNAUTHENTICATED");

    // The code of the next step (the enrolment used the current one).
    const code = totpCodeAt(secret, Date.now() + STEP);
    const ok = await b.gql(SECOND, { i: { code } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.loginSecondFactor).toMatchObject({ secondFactorRequired: false, viewer: { userId: user.id } });
    expect(b.cookie).toMatch(/zx_sid=/);
    expect(b.cookie).not.toMatch(/zx_mfa=/);
    expect((await b.gql(`{ me { username } }`)).data.me.username).toBe(user.username);

    // Replay: the same code, and an older one, on a fresh password step.
    const again = await pending(user.username);
    const replay = await again.gql(SECOND, { i: { code } });
    expect(codeOf(replay)).toBe("MFA_CODE_INVALID");
    expect(replay.errors![0]!.message).toBe(CODE_FAILED);
    expect(codeOf(await again.gql(SECOND, { i: { code: totpCodeAt(secret, Date.now() - STEP) } }))).toBe("MFA_CODE_INVALID");
    const failures = await owner.auditLog.findMany({ where: { targetId: user.id, action: "auth.login_second_factor", result: "FAILURE" } });
    expect(failures.map((f) => (f.detail as { reason: string }).reason)).toContain("replay");
    expect(await owner.auditLog.count({ where: { targetId: user.id, action: "auth.login", result: "SUCCESS" } })).toBeGreaterThanOrEqual(1);
    const login = await owner.auditLog.findFirst({ where: { targetId: user.id, action: "auth.login", detail: { path: ["factor"], equals: "totp" } } });
    expect(login).not.toBeNull();
  });

  it("two parallel requests with the same fresh code: exactly one logs in", async () => {
    const { user, secret } = await enrolled();
    const [b1, b2] = await Promise.all([pending(user.username), pending(user.username)]);
    const code = totpCodeAt(secret, Date.now() + STEP);
    const results = await Promise.all([b1.gql(SECOND, { i: { code } }), b2.gql(SECOND, { i: { code } })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(["MFA_CODE_INVALID"]);
    expect(await owner.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it("wrong codes count toward the lockout, and re-entering the password does not reset the count", async () => {
    const { user, secret } = await enrolled();
    let b = await pending(user.username);
    for (let i = 0; i < 2; i++) expect(codeOf(await b.gql(SECOND, { i: { code: "000000" } }))).toBe("MFA_CODE_INVALID");
    b = await pending(user.username);
    expect((await owner.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(2);
    for (let i = 0; i < 3; i++) expect(codeOf(await b.gql(SECOND, { i: { code: "000001" } }))).toBe("MFA_CODE_INVALID");
    const u = await owner.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(u.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await owner.auditLog.count({ where: { action: "auth.lockout", targetId: user.id } })).toBe(1);
    expect(await owner.auditLog.count({ where: { action: "auth.login_second_factor", result: "FAILURE", targetId: user.id } })).toBe(5);
    // Locked: the right code fails too, with the same message, and the password step is refused.
    const right = await b.gql(SECOND, { i: { code: totpCodeAt(secret, Date.now() + STEP) } });
    expect(right.errors![0]!.message).toBe(CODE_FAILED);
    expect(codeOf(await new Browser(server.url).gql(LOGIN, { i: { username: user.username, password: TEST_PASSWORD } }))).toBe("UNAUTHENTICATED");
    expect(await owner.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it("a recovery code logs in once; its second use fails; the use is audited with the count left", async () => {
    const { user, recovery } = await enrolled();
    const b = await pending(user.username);
    // Case and the dash do not matter.
    const ok = await b.gql(SECOND, { i: { recoveryCode: recovery[3]!.toUpperCase().replace("-", " ") } });
    expect(ok.errors).toBeUndefined();
    expect((await b.gql(STATUS)).data.myTwoFactor.recoveryCodesLeft).toBe(9);
    const used = await owner.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: "auth.recovery_code_used" } });
    expect(used.detail).toEqual({ remaining: 9 });
    const again = await (await pending(user.username)).gql(SECOND, { i: { recoveryCode: recovery[3] } });
    expect(codeOf(again)).toBe("MFA_CODE_INVALID");
    expect(codeOf(await (await pending(user.username)).gql(SECOND, { i: { recoveryCode: "not-a-code!" } }))).toBe("VALIDATION_FAILED");
  });

  it("the pending login is signed, bound to its user and short-lived; without it the second step is refused", async () => {
    const { user, secret } = await enrolled();
    const none = await new Browser(server.url).gql(SECOND, { i: { code: totpCodeAt(secret, Date.now()) } });
    expect(codeOf(none)).toBe("MFA_LOGIN_EXPIRED");
    expect(none.errors![0]!.message).toBe("登录已超时，请重新输入用户名和密码");
    const forged = new Browser(server.url);
    const genuine = issuePendingLogin(user.id);
    forged.cookie = `zx_mfa=${genuine.slice(0, -2)}xx`;
    expect(codeOf(await forged.gql(SECOND, { i: { code: totpCodeAt(secret, Date.now() + STEP) } }))).toBe("MFA_LOGIN_EXPIRED");
    expect(readPendingLogin(genuine)).toBe(user.id);
    expect(readPendingLogin(genuine, Date.now() + 6 * 60_000)).toBeNull();
    const [, exp, sig] = genuine.split(".");
    const { user: other } = await createUser(tenantId, ["STAFF"]);
    expect(readPendingLogin(`${other.id}.${exp}.${sig}`)).toBeNull();
    // totpStep: ±1 step of drift, nothing beyond.
    const now = Date.now();
    expect(totpStep(secret, totpCodeAt(secret, now - STEP), now)).not.toBeNull();
    expect(totpStep(secret, totpCodeAt(secret, now + 3 * STEP), now)).toBeNull();
  });

  it("the user disables 两步验证 only with a current code (or a recovery code); new recovery codes replace the old", async () => {
    const { user, secret, recovery } = await enrolled();
    const b = await pending(user.username);
    expect((await b.gql(SECOND, { i: { recoveryCode: recovery[0] } })).errors).toBeUndefined();

    const fresh = await b.gql(REGENERATE, { c: totpCodeAt(secret, Date.now() + STEP) });
    expect(fresh.errors).toBeUndefined();
    const codes: string[] = fresh.data.regenerateRecoveryCodes;
    expect(codes).toHaveLength(10);
    expect(await owner.userRecoveryCode.count({ where: { userId: user.id, codeHash: hashRecoveryCode(user.id, recovery[1]!) } })).toBe(0);

    const wrong = await b.gql(DISABLE, { i: { code: "123456" } });
    expect(codeOf(wrong)).toBe("MFA_CODE_INVALID");
    expect(await owner.auditLog.count({ where: { targetId: user.id, action: "auth.totp_disable_failed", result: "FAILURE" } })).toBe(1);
    expect((await owner.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1);
    expect((await b.gql(DISABLE, { i: { recoveryCode: codes[0] } })).data.disableTotp).toBe(true);
    expect(await owner.userTotp.count({ where: { userId: user.id } })).toBe(0);
    expect(await owner.userRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await owner.auditLog.count({ where: { targetId: user.id, action: "auth.totp_disabled" } })).toBe(1);
    // The password alone logs in again.
    expect((await new Browser(server.url).gql(LOGIN, { i: { username: user.username, password: TEST_PASSWORD } })).data.login.secondFactorRequired).toBe(false);
  });

  it("when required, a staff session can only enrol until it has; members are not asked; off, nobody is", async () => {
    const { user: staff } = await createUser(tenantId, ["STAFF"]);
    const { user: member } = await createUser(tenantId, ["MEMBER"]);
    config.mfa.required = true;
    try {
      const { b, r } = await loggedIn(staff.username);
      expect(r.data.login.mustEnrolTotp).toBe(true);
      expect((await b.gql(`{ me { mustEnrolTotp } }`)).data.me.mustEnrolTotp).toBe(true);
      const refused = await b.gql(USERS);
      expect(codeOf(refused)).toBe("MFA_ENROLMENT_REQUIRED");
      expect(refused.errors![0]!.message).toBe("请先启用两步验证（账号安全）");
      expect((await b.gql(STATUS)).data.myTwoFactor.required).toBe(true);
      const secret = (await b.gql(START)).data.startTotpEnrolment.secret;
      expect((await b.gql(CONFIRM, { c: totpCodeAt(secret, Date.now()) })).errors).toBeUndefined();
      expect((await b.gql(USERS)).errors).toBeUndefined();
      expect((await b.gql(`{ me { mustEnrolTotp } }`)).data.me.mustEnrolTotp).toBe(false);

      const m = await loggedIn(member.username);
      expect(m.r.data.login.mustEnrolTotp).toBe(false);
      expect((await m.b.gql(`{ me { mustEnrolTotp } }`)).data.me.mustEnrolTotp).toBe(false);
    } finally {
      config.mfa.required = false;
    }
    const { user: other } = await createUser(tenantId, ["STAFF"]);
    const off = await loggedIn(other.username);
    expect(off.r.data.login.mustEnrolTotp).toBe(false);
    expect((await off.b.gql(USERS)).errors).toBeUndefined();
  });

  it("the security administrator resets a user's 两步验证 (audited, sessions ended); no one else may", async () => {
    const { user, secret } = await enrolled(["STAFF"]);
    const { user: secadmin } = await createUser(tenantId, ["SECURITY_ADMIN"]);
    const { user: sysadmin } = await createUser(tenantId, ["SYSTEM_ADMIN"]);
    const otherTenant = await createTenant();
    const { user: stranger } = await createUser(otherTenant.id, ["STAFF"]);
    await owner.userTotp.create({ data: { userId: stranger.id, secret: "enc:v1:x", enabledAt: new Date() } });

    // The user is logged in somewhere.
    const victim = await pending(user.username);
    expect((await victim.gql(SECOND, { i: { code: totpCodeAt(secret, Date.now() + STEP) } })).errors).toBeUndefined();

    const sys = (await loggedIn(sysadmin.username)).b;
    expect(codeOf(await sys.gql(RESET, { u: user.id }))).toBe("FORBIDDEN");
    expect(codeOf(await sys.gql(STATUSES, { ids: [user.id] }))).toBe("FORBIDDEN");
    const sec = (await loggedIn(secadmin.username)).b;
    const statuses = (await sec.gql(STATUSES, { ids: [user.id, stranger.id, sysadmin.id] })).data.userTwoFactorStatus;
    expect(statuses).toHaveLength(2);
    expect(statuses).toEqual(expect.arrayContaining([{ userId: user.id, enabled: true }, { userId: sysadmin.id, enabled: false }]));
    expect(codeOf(await sec.gql(RESET, { u: stranger.id }))).toBe("NOT_FOUND");
    expect(codeOf(await sec.gql(RESET, { u: secadmin.id }))).toBe("FORBIDDEN");
    expect(codeOf(await sec.gql(RESET, { u: sysadmin.id }))).toBe("CONFLICT");

    expect((await sec.gql(RESET, { u: user.id })).data.resetUserTotp).toBe(true);
    expect(await owner.userTotp.count({ where: { userId: user.id } })).toBe(0);
    expect(await owner.userTotp.count({ where: { userId: stranger.id } })).toBe(1);
    expect(codeOf(await victim.gql(STATUS))).toBe("UNAUTHENTICATED");
    const audit = await owner.auditLog.findFirstOrThrow({ where: { action: "auth.totp_reset", targetId: user.id } });
    expect(audit).toMatchObject({ tenantId, userId: secadmin.id, result: "SUCCESS" });
    expect(audit.detail).toEqual({ sessionsEnded: 1 });
    // The password alone logs in again (and, where required, the user enrols anew).
    expect((await loggedIn(user.username)).r.data.login.secondFactorRequired).toBe(false);
  });

  it("the app role sees only the session user's authenticator and recovery codes outside identity work", async () => {
    const { user: a } = await createUser(tenantId, ["STAFF"]);
    const { user: b } = await createUser(tenantId, ["STAFF"]);
    await owner.userTotp.create({ data: { userId: b.id, secret: "enc:v1:x" } });
    await owner.userRecoveryCode.create({ data: { userId: b.id, codeHash: "h" } });
    const sql = appSql();
    await sql.connect();
    try {
      await sql.query("BEGIN");
      await sql.query("SELECT set_config('app.user_id', $1, true), set_config('app.tenant_id', $2, true)", [a.id, tenantId]);
      expect((await sql.query("SELECT * FROM user_totp WHERE user_id = $1", [b.id])).rowCount).toBe(0);
      expect((await sql.query("SELECT * FROM user_recovery_code WHERE user_id = $1", [b.id])).rowCount).toBe(0);
      expect((await sql.query("UPDATE user_totp SET last_step = 1 WHERE user_id = $1", [b.id])).rowCount).toBe(0);
      await expect(sql.query("INSERT INTO user_recovery_code (user_id, code_hash) VALUES ($1, 'x')", [b.id])).rejects.toMatchObject({ code: "42501" });
      await sql.query("ROLLBACK");
    } finally {
      await sql.end();
    }
  });
});
