/**
 * Hostile inputs against 两步验证 (issue 11), on the API started in production mode with its defaults —
 * so MFA_REQUIRED is on, as it would be in a deployment. Each case asserts the safe outcome and that
 * nothing changed that should not have.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { owner } from "../support/db";
import { createTenant, createUser, TEST_PASSWORD } from "../support/factories";
import { Browser, codeOf } from "../support/http";
import { totpCodeAt } from "../../src/modules/identity/totp";
import { startProductionServer } from "./production-server";

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { secondFactorRequired mustEnrolTotp viewer { userId } } }`;
const SECOND = `mutation($i: SecondFactorInput!) { loginSecondFactor(input: $i) { viewer { userId } } }`;
const STEP = 30_000;

let server: Awaited<ReturnType<typeof startProductionServer>>;
let A: string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (res: Response): Promise<any> => res.json();

beforeAll(async () => {
  server = await startProductionServer();
  A = (await createTenant()).id;
}, 240_000);
afterAll(() => server?.close());

async function passwordStep(username: string) {
  const b = new Browser(server.url);
  const r = await b.gql(LOGIN, { i: { username, password: TEST_PASSWORD } });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { b, login: r.data.login };
}

/** A staff user enrolled through the forced-enrolment session, as a deployment would have it. */
async function enrolledStaff() {
  const u = await createUser(A, ["STAFF", "MEMBER_AFFAIRS"]);
  const { b, login } = await passwordStep(u.user.username);
  expect(login.mustEnrolTotp).toBe(true);
  const secret: string = (await b.gql(`mutation { startTotpEnrolment { secret } }`)).data.startTotpEnrolment.secret;
  const codes = await b.gql(`mutation($c: String!) { confirmTotpEnrolment(code: $c) }`, { c: totpCodeAt(secret, Date.now()) });
  expect(codes.errors).toBeUndefined();
  await b.gql(`mutation { logout }`);
  return { ...u, secret };
}

describe("两步验证 under attack (production defaults: MFA_REQUIRED on)", () => {
  it("37 a staff password alone reaches nothing but enrolment, even through aliases", async () => {
    const u = await createUser(A, ["STAFF", "MEMBER_AFFAIRS"]);
    const { b, login } = await passwordStep(u.user.username);
    expect(login.mustEnrolTotp).toBe(true);
    const r = await b.gql(`{ a: users(page: 1, pageSize: 5) { total } b: users(page: 2, pageSize: 5) { total } }`);
    expect(r.errors!.map((e) => e.extensions?.code)).toContain("MFA_ENROLMENT_REQUIRED");
    expect(r.data ?? null).toBeNull();
    expect((await b.gql(`{ mySessions { id } }`)).data.mySessions).toHaveLength(1);
    expect(codeOf(await b.gql(`mutation($t: ID!) { switchTenant(tenantId: $t) { userId } }`, { t: A }))).toBe("MFA_ENROLMENT_REQUIRED");
  });

  it("38 the password step of an enrolled user opens no session: no session cookie, me is null, data refused", async () => {
    const u = await enrolledStaff();
    const { b, login } = await passwordStep(u.user.username);
    expect(login).toEqual({ secondFactorRequired: true, mustEnrolTotp: false, viewer: null });
    expect(b.cookie).not.toMatch(/zx_sid/);
    expect((await b.gql(`{ me { userId } }`)).data.me).toBeNull();
    expect(codeOf(await b.gql(`{ users(page: 1, pageSize: 5) { total } }`))).toBe("UNAUTHENTICATED");
    expect(await owner.authSession.count({ where: { userId: u.user.id, revokedAt: null } })).toBe(0);
  });

  it("39 guessing codes with aliases and in parallel: each request is one attempt, the lockout holds", async () => {
    const u = await enrolledStaff();
    const { b } = await passwordStep(u.user.username);
    const guesses = Array.from({ length: 14 }, (_, i) => `g${i}: loginSecondFactor(input: { code: "${String(100000 + i)}" }) { viewer { userId } }`);
    const aliased = await b.gql(`mutation { ${guesses.join(" ")} }`);
    expect(aliased.data ?? null).toBeNull();
    expect((await owner.user.findUniqueOrThrow({ where: { id: u.user.id } })).failedLoginCount).toBe(1);
    await Promise.all(Array.from({ length: 8 }, (_, i) => b.gql(SECOND, { i: { code: String(200000 + i) } })));
    const row = await owner.user.findUniqueOrThrow({ where: { id: u.user.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(codeOf(await b.gql(SECOND, { i: { code: totpCodeAt(u.secret, Date.now() + STEP) } }))).toBe("MFA_CODE_INVALID");
    expect(await owner.authSession.count({ where: { userId: u.user.id, revokedAt: null } })).toBe(0);
  });

  it("40 one code, many parallel second steps: exactly one session", async () => {
    const u = await enrolledStaff();
    const browsers = await Promise.all(Array.from({ length: 4 }, async () => (await passwordStep(u.user.username)).b));
    const code = totpCodeAt(u.secret, Date.now() + STEP);
    const results = await Promise.all(browsers.map((b) => b.gql(SECOND, { i: { code } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(await owner.authSession.count({ where: { userId: u.user.id, revokedAt: null } })).toBe(1);
  });

  it("41 a forged or re-signed pending login is refused before any code is checked", async () => {
    const u = await enrolledStaff();
    const victim = await createUser(A, ["STAFF"]);
    const { b } = await passwordStep(u.user.username);
    const token = decodeURIComponent(b.cookie!.match(/zx_mfa=([^;]+)/)![1]!);
    const [, exp, sig] = token.split(".");
    // Another user's id under this signature, a later expiry, and a plain session-looking value.
    for (const forged of [`${victim.user.id}.${exp}.${sig}`, `${u.user.id}.${Number(exp) + 3600}.${sig}`, "A".repeat(43)]) {
      const f = new Browser(server.url);
      f.cookie = `zx_mfa=${encodeURIComponent(forged)}`;
      expect(codeOf(await f.gql(SECOND, { i: { code: totpCodeAt(u.secret, Date.now() + STEP) } }))).toBe("MFA_LOGIN_EXPIRED");
    }
    expect((await owner.user.findUniqueOrThrow({ where: { id: u.user.id } })).failedLoginCount).toBe(0);
    expect(await owner.authSession.count({ where: { userId: { in: [u.user.id, victim.user.id] }, revokedAt: null } })).toBe(0);
  });

  it("42 the second step cannot be driven cross-site (text/plain POST, GET)", async () => {
    const u = await enrolledStaff();
    const { b } = await passwordStep(u.user.username);
    const body = JSON.stringify({ query: SECOND, variables: { i: { code: totpCodeAt(u.secret, Date.now() + STEP) } } });
    const plain = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain", cookie: b.cookie! }, body });
    expect(plain.status).toBe(400);
    const q = encodeURIComponent(`mutation { loginSecondFactor(input: { code: "${totpCodeAt(u.secret, Date.now() + STEP)}" }) { viewer { userId } } }`);
    const get = await fetch(`${server.url}/graphql?query=${q}`, { headers: { cookie: b.cookie!, "apollo-require-preflight": "1" } });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(await owner.authSession.count({ where: { userId: u.user.id, revokedAt: null } })).toBe(0);
  });

  it("43 resetting someone's 两步验证 is the security administrator's alone, in their own committee", async () => {
    const u = await enrolledStaff();
    const sys = await createUser(A, ["SYSTEM_ADMIN"]);
    const auditor = await createUser(A, ["AUDIT_ADMIN"]);
    for (const actor of [sys, auditor]) {
      // These actors must enrol first (production): enrol them, then try.
      const e = await passwordStep(actor.user.username);
      const s: string = (await e.b.gql(`mutation { startTotpEnrolment { secret } }`)).data.startTotpEnrolment.secret;
      await e.b.gql(`mutation($c: String!) { confirmTotpEnrolment(code: $c) }`, { c: totpCodeAt(s, Date.now()) });
      const r = await e.b.gql(`mutation($u: ID!) { resetUserTotp(userId: $u) }`, { u: u.user.id });
      expect(codeOf(r)).toBe("FORBIDDEN");
    }
    const B = (await createTenant()).id;
    const secB = await createUser(B, ["SECURITY_ADMIN"]);
    const e = await passwordStep(secB.user.username);
    // A security administrator who has not enrolled cannot reset anyone either.
    expect(codeOf(await e.b.gql(`mutation($u: ID!) { resetUserTotp(userId: $u) }`, { u: u.user.id }))).toBe("MFA_ENROLMENT_REQUIRED");
    const s: string = (await e.b.gql(`mutation { startTotpEnrolment { secret } }`)).data.startTotpEnrolment.secret;
    await e.b.gql(`mutation($c: String!) { confirmTotpEnrolment(code: $c) }`, { c: totpCodeAt(s, Date.now()) });
    expect(codeOf(await e.b.gql(`mutation($u: ID!) { resetUserTotp(userId: $u) }`, { u: u.user.id }))).toBe("NOT_FOUND");
    expect((await owner.userTotp.findUniqueOrThrow({ where: { userId: u.user.id } })).enabledAt).not.toBeNull();
    expect(await owner.auditLog.count({ where: { action: "auth.totp_reset", targetId: u.user.id } })).toBe(0);
  });

  it("44 no internals leak from malformed second-factor input", async () => {
    const { b } = await passwordStep((await enrolledStaff()).user.username);
    for (const input of [{ code: "1".repeat(5000) }, { code: "' OR 1=1 --" }, { recoveryCode: "%%%%%" }, { code: "123456", recoveryCode: "abcde-fghjk" }, {}]) {
      const r = await json(await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie: b.cookie! }, body: JSON.stringify({ query: SECOND, variables: { i: input } }) }));
      expect(r.errors?.[0]?.extensions?.code).toMatch(/^(VALIDATION_FAILED|MFA_CODE_INVALID)$/);
      expect(JSON.stringify(r)).not.toMatch(/prisma|postgres|SELECT|stack|\.ts:\d+/i);
    }
  });
});
