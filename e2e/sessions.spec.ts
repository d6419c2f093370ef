import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAdmin } from "./support/login";

// 登录会话: a user sees where their account is signed in and logs a device out remotely; the security
// administrator sees a user's sessions and forces all of them out. The account is this spec's own.
const USERNAME = "sessions.e2e";
const FIRST_PASSWORD = "Sess@2026first";
const PASSWORD = "Sess@2026second";

async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `test-results/screenshots/sessions-${name}.png` });
}

async function gql(request: APIRequestContext, query: string, variables?: Record<string, unknown>) {
  const res = await request.post("/graphql", { data: { query, variables } });
  return (await res.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
}
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { mustChangePassword } }`;
const ME = `{ me { username } }`;

/** Another device: a separate cookie jar with a phone's user agent, signed in over the API. */
async function otherDevice(playwright: typeof import("@playwright/test"), baseURL: string) {
  const device = await playwright.request.newContext({
    baseURL,
    userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
  });
  expect((await gql(device, LOGIN, { i: { username: USERNAME, password: PASSWORD } })).errors).toBeUndefined();
  expect((await gql(device, ME)).data?.me?.username).toBe(USERNAME);
  return device;
}

test("a user logs another device out from 账号安全; the security administrator forces every session out", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await playwright.request.newContext({ baseURL });
  expect((await gql(admin, LOGIN, { i: { username: "sysadmin", password: DEMO_PASSWORD } })).errors).toBeUndefined();
  const made = await gql(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
    i: { username: USERNAME, displayName: "邢志远", password: FIRST_PASSWORD, roles: ["STAFF", "MEMBER_AFFAIRS"] },
  });
  expect(made.errors).toBeUndefined();
  await admin.dispose();
  const first = await playwright.request.newContext({ baseURL });
  await gql(first, LOGIN, { i: { username: USERNAME, password: FIRST_PASSWORD } });
  expect((await gql(first, `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD } })).errors).toBeUndefined();
  await gql(first, `mutation { logout }`);
  await first.dispose();

  // ── the user: this browser and a phone are signed in; the phone is logged out from here ──
  const phone = await otherDevice(playwright, baseURL!);
  await loginAdmin(page, USERNAME, PASSWORD);
  await expect(page.getByTestId("viewer-name")).toHaveText("邢志远");
  await page.getByRole("button", { name: "账号安全" }).click();
  const mine = page.getByTestId("my-sessions");
  await expect(mine.locator(".ant-table-tbody tr.ant-table-row")).toHaveCount(2);
  await expect(mine.getByText("本机")).toBeVisible();
  await expect(mine.getByText("Chrome 156 · Android")).toBeVisible();
  await mine.scrollIntoViewIfNeeded();
  await shot(page, "01-my-devices");
  await mine.locator("tr", { hasText: "Android" }).getByRole("button", { name: "下线" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "下线" }).click();
  await expect(page.getByText("该设备已退出登录")).toBeVisible();
  await expect(mine.locator(".ant-table-tbody tr.ant-table-row")).toHaveCount(1);
  // The phone's cookie no longer opens anything.
  expect((await gql(phone, ME)).data?.me ?? null).toBeNull();
  await phone.dispose();

  // ── the security administrator: sees this user's two sessions and forces them out ──
  const again = await otherDevice(playwright, baseURL!);
  const secContext = await browser.newContext();
  const sec = await secContext.newPage();
  await loginAdmin(sec, "secadmin");
  await expect(sec.getByTestId("viewer-name")).toBeVisible();
  await sec.goto(`/admin/users?q=${USERNAME}`);
  const row = sec.locator(".ant-table-tbody tr", { hasText: USERNAME });
  await row.getByRole("button", { name: "查看会话" }).click();
  const dialog = sec.getByRole("dialog", { name: "邢志远 的登录会话" });
  await expect(dialog.getByText("共 2 个有效会话")).toBeVisible();
  await shot(sec, "02-admin-sessions");
  await dialog.getByRole("button", { name: "全部强制下线" }).click();
  await sec.locator(".ant-popconfirm").getByRole("button", { name: "强制下线" }).click();
  await expect(sec.getByText("已强制 邢志远 下线（结束 2 个会话）")).toBeVisible();
  await expect(dialog.getByText("共 0 个有效会话")).toBeVisible();
  await secContext.close();

  expect((await gql(again, ME)).data?.me ?? null).toBeNull();
  await again.dispose();
  // The user's own browser is back at the login page on the next request.
  await page.reload();
  await expect(page).toHaveURL(/\/admin\/login/);
});
