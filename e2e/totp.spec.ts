import { createHmac } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAdmin } from "./support/login";

// 两步验证 (TOTP) through the admin console. The account is made here, for this spec alone, and ends the
// spec without 两步验证 (the security administrator resets it): no other spec can trip over it.
const USERNAME = "totp.e2e";
const FIRST_PASSWORD = "Totp@2026first";
const PASSWORD = "Totp@2026second";

/** RFC 6238 (SHA-1, 6 digits, 30 s), written out here so the test does not share the server's library. */
function totp(base32: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of base32.replace(/[\s=]/g, "").toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const h = createHmac("sha1", key).update(counter).digest();
  const o = h[h.length - 1]! & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `test-results/screenshots/totp-${name}.png` });
}

const consoleErrors = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
});
test.afterEach(({ page }) => {
  expect(consoleErrors.get(page) ?? [], "browser console errors").toEqual([]);
});

async function gql(request: APIRequestContext, query: string, variables?: Record<string, unknown>) {
  const res = await request.post("/graphql", { data: { query, variables } });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { mustChangePassword } }`;

async function logout(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
}

/** The password step of an account with 两步验证: the second card appears. */
async function passwordStep(page: Page) {
  await loginAdmin(page, USERNAME, PASSWORD);
  await expect(page.getByText("两步验证", { exact: true })).toBeVisible();
  await expect(page.getByLabel("验证码")).toBeVisible();
}

test("a staff user enrols 两步验证, logs in with a code or a recovery code; the security administrator resets it", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  // The account: created by the system administrator, its first password changed, over the API.
  const admin = await playwright.request.newContext({ baseURL });
  await gql(admin, LOGIN, { i: { username: "sysadmin", password: DEMO_PASSWORD } });
  await gql(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { username: USERNAME, displayName: "柴文斌", password: FIRST_PASSWORD, roles: ["STAFF", "MEMBER_AFFAIRS"] },
  });
  await admin.dispose();
  const self = await playwright.request.newContext({ baseURL });
  await gql(self, LOGIN, { i: { username: USERNAME, password: FIRST_PASSWORD } });
  await gql(self, `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD } });
  await self.dispose();

  // ── enrolment from 账号安全 ──
  await loginAdmin(page, USERNAME, PASSWORD);
  await expect(page.getByTestId("viewer-name")).toHaveText("柴文斌");
  await page.getByRole("button", { name: "账号安全" }).click();
  await expect(page).toHaveURL(/\/admin\/account-security$/);
  await expect(page.getByText("未启用", { exact: true })).toBeVisible();
  await shot(page, "01-account-security");

  await page.getByRole("button", { name: "启用两步验证" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "开始绑定验证器" }).click();
  await expect(dialog.getByLabel("两步验证二维码")).toBeVisible();
  const secret = (await dialog.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await shot(page, "02-enrol-qr");

  // A code from the wrong time is refused in Chinese; the current one binds the authenticator.
  await dialog.getByLabel("验证码").fill(totp(secret, Date.now() - 10 * 60_000));
  await dialog.getByRole("button", { name: "确认绑定" }).click();
  await expect(dialog.getByRole("alert")).toContainText("验证码不正确");
  const enrolledAt = Date.now();
  await dialog.getByLabel("验证码").fill(totp(secret, enrolledAt));
  await dialog.getByRole("button", { name: "确认绑定" }).click();
  await expect(dialog.getByTestId("recovery-code")).toHaveCount(10);
  const recovery = await dialog.getByTestId("recovery-code").allInnerTexts();
  expect(recovery[0]).toMatch(/^[2-9a-z]{5}-[2-9a-z]{5}$/);
  await expect(dialog.getByRole("button", { name: "完成" })).toBeDisabled();
  await shot(page, "03-recovery-codes");
  await dialog.getByRole("checkbox", { name: "我已妥善保存恢复码" }).check();
  await dialog.getByRole("button", { name: "完成" }).click();
  await expect(page.getByText("已启用", { exact: true })).toBeVisible();
  await expect(page.getByTestId("recovery-left")).toHaveText("10 个");
  await shot(page, "04-enabled");
  await logout(page);

  // ── login: password, then the code; a wrong code first ──
  await passwordStep(page);
  await shot(page, "05-second-step");
  const next = totp(secret, enrolledAt + 30_000);
  const wrong = ["000000", "111111", "222222"].find((c) => c !== next && c !== totp(secret, enrolledAt) && c !== totp(secret, enrolledAt + 60_000))!;
  await page.getByLabel("验证码").fill(wrong);
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByRole("alert")).toContainText("验证码错误或已使用");
  await shot(page, "06-wrong-code");
  await page.getByLabel("验证码").fill(next);
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByTestId("viewer-name")).toHaveText("柴文斌");
  await logout(page);

  // ── the same code again: refused (replay) ──
  await passwordStep(page);
  await page.getByLabel("验证码").fill(next);
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByRole("alert")).toContainText("验证码错误或已使用");

  // ── a recovery code instead ──
  await page.getByRole("button", { name: "使用恢复码" }).click();
  await page.getByLabel("恢复码").fill(recovery[0]!);
  await shot(page, "07-recovery-login");
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByTestId("viewer-name")).toHaveText("柴文斌");
  await page.getByRole("button", { name: "账号安全" }).click();
  await expect(page.getByTestId("recovery-left")).toHaveText("9 个");
  await logout(page);

  // ── the security administrator resets it (phone lost) ──
  await loginAdmin(page, "secadmin");
  await expect(page.getByTestId("viewer-name")).toBeVisible();
  await page.goto(`/admin/users?q=${USERNAME}`);
  const row = page.locator(".ant-table-tbody tr", { hasText: USERNAME });
  await expect(row.getByText("已启用")).toBeVisible();
  await row.getByRole("button", { name: "重置两步验证" }).click();
  await expect(page.getByText(`确定重置 柴文斌 的两步验证吗？`)).toBeVisible();
  await shot(page, "08-reset-confirm");
  await page.locator(".ant-popconfirm").getByRole("button", { name: "重置" }).click();
  await expect(page.getByText("已重置 柴文斌 的两步验证")).toBeVisible();
  await expect(row.getByText("未启用")).toBeVisible();
  await logout(page);

  // The password alone logs in again.
  await loginAdmin(page, USERNAME, PASSWORD);
  await expect(page.getByTestId("viewer-name")).toHaveText("柴文斌");
});
