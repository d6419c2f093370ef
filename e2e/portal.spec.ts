import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginPortal } from "./support/login";

// Any uncaught exception or console error in the page fails the test that caused it.
const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
});

// The member portal is a phone app: every test runs in a small Android phone's viewport.
test.use({
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
});

// Screenshots land in the (ignored) output folder, to be looked at by a person.
const shot = (page: Page, name: string, opts: { fullPage?: boolean } = {}) => page.screenshot({ path: `test-results/screenshots/portal-${name}.png`, fullPage: opts.fullPage });

// A tab's name carries its count once other specs have left messages: "消息，3 条未读".
const tab = (page: Page, name: string) => page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: new RegExp(`^${name}`) });

/** Nothing may stick out sideways on a 360 px screen. */
async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test("a member signs in, sees the workbench and 我的, and signs out", async ({ page }) => {
  await page.goto("/portal/");
  await expect(page).toHaveURL(/\/portal\/login$/);
  await expect(page.getByRole("heading", { name: /智慧政协\s*委员端/ })).toBeVisible();
  await expect(page.getByLabel("用户名")).toBeVisible();
  await expect(page.getByLabel("密码")).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, "01-login");

  await loginPortal(page, "member");
  await expect(page).toHaveURL(/\/portal\/workbench$/);
  await expect(page.getByRole("heading", { name: /张华强/ })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("大同市政协");
  for (const entry of ["我的提案", "社情民意", "会议活动", "履职档案", "通知公告", "通讯录"]) {
    await expect(page.getByRole("link", { name: entry, exact: true })).toBeVisible();
  }
  for (const name of ["工作台", "待办", "消息", "我的"]) await expect(tab(page, name)).toBeVisible();
  // The member's own numbers of this session, from the seed (张华强 has proposals and reports).
  const numbers = page.getByLabel("本届履职数字");
  await expect(numbers).toBeVisible();
  await expect(numbers).toContainText("提案");
  await expect(page.getByText("委员会新闻")).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, "02-workbench");
  await page.getByText("本届履职", { exact: true }).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(page, "02b-workbench-numbers");
  await page.getByRole("heading", { name: /张华强/ }).evaluate((el) => el.scrollIntoView({ block: "start" }));

  // Every tile opens its module (none is a placeholder any more); back returns to the workbench.
  await page.getByRole("link", { name: "我的提案", exact: true }).click();
  await expect(page).toHaveURL(/\/portal\/proposals$/);
  await expect(page.getByRole("button", { name: "写提案" })).toBeVisible();
  await page.getByText("返回", { exact: true }).click();
  await expect(page).toHaveURL(/\/portal\/workbench$/);

  // Other specs of the suite may already have given 张华强 to-dos and messages: a list or the empty state.
  await tab(page, "待办").click();
  await expect(page.getByText("暂无待办").or(page.locator(".adm-list-item").first())).toBeVisible();
  await shot(page, "04-todo");
  await tab(page, "消息").click();
  await expect(page.getByText("暂无消息").or(page.locator(".adm-list-item").first())).toBeVisible();

  await tab(page, "我的").click();
  await expect(page).toHaveURL(/\/portal\/me$/);
  await expect(page.getByRole("heading", { name: "张华强" })).toBeVisible();
  const account = page.locator(".adm-list").filter({ hasText: "账号信息" });
  await expect(account.locator(".adm-list-item").filter({ hasText: "用户名" })).toContainText("member");
  await expect(account.locator(".adm-list-item").filter({ hasText: "当前委员会" })).toContainText("大同市政协");
  await expect(account.locator(".adm-list-item").filter({ hasText: "身份" })).toContainText("委员");
  await expect(page.getByText("修改密码")).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, "05-me");

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("dialog")).toContainText("确定退出登录吗？");
  await shot(page, "06-logout-confirm");
  await page.getByRole("dialog").getByRole("button", { name: "退出", exact: true }).click();
  await expect(page).toHaveURL(/\/portal\/login$/);
  await expect(page.getByLabel("用户名")).toBeVisible();

  // The session is gone on the server too: a signed-in page sends us back to login.
  await page.goto("/portal/me");
  await expect(page).toHaveURL(/\/portal\/login$/);
});

test("a wrong password shows the server's Chinese message", async ({ page }) => {
  await loginPortal(page, "dt.wy0002", "Wrong-password-1");
  await expect(page.getByRole("alert")).toContainText("用户名或密码错误");
  await expect(page).toHaveURL(/\/portal\/login$/);
  await expectNoHorizontalOverflow(page);
  await shot(page, "07-login-error");
});

test("a county member sees their own committee", async ({ page }) => {
  await loginPortal(page, "pingcheng.wy0001");
  await expect(page).toHaveURL(/\/portal\/workbench$/);
  await expect(page.getByRole("banner")).toContainText("平城区政协");
  await expect(page.getByRole("banner")).not.toContainText("大同市政协");
  await shot(page, "08-workbench-pingcheng");

  await tab(page, "我的").click();
  await expect(page.locator(".adm-list-item").filter({ hasText: "当前委员会" })).toContainText("平城区政协");
  // One committee only: nothing to switch.
  await expect(page.getByText("点击切换")).toHaveCount(0);
});

test("a deep link survives signing in", async ({ page }) => {
  await page.goto("/portal/messages");
  await expect(page).toHaveURL(/\/portal\/login$/);
  await page.getByLabel("用户名").fill("dt.wy0031");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/portal\/messages$/);
  await expect(page.getByText("暂无消息").or(page.locator(".adm-list-item").first())).toBeVisible();
});

test("someone in several committees switches between them in 我的", async ({ page }) => {
  await loginPortal(page, "staff");
  await expect(page.getByRole("heading", { name: /王晓东/ })).toBeVisible();
  // Staff are not members: the portal says so instead of offering member features.
  await expect(page.getByText("委员端的履职功能面向委员开放")).toBeVisible();
  await expect(page.getByRole("link", { name: "我的提案", exact: true })).toHaveCount(0);
  await shot(page, "09-workbench-staff");

  await tab(page, "我的").click();
  const committee = page.locator(".adm-list-item").filter({ hasText: "当前委员会" });
  await expect(committee).toContainText("大同市政协");
  await committee.click();
  const sheet = page.locator(".adm-popup-body");
  await expect(sheet).toContainText("切换委员会");
  await expect(sheet.locator(".adm-check-list-item")).toHaveCount(3);
  await shot(page, "10-switch-committee");
  await sheet.locator(".adm-check-list-item").filter({ hasText: "平城区政协" }).click();
  await expect(page.getByText("已切换到平城区政协")).toBeVisible();
  await expect(committee).toContainText("平城区政协");

  // The switch lives in the server session: a reload keeps it.
  await page.reload();
  await expect(page.locator(".adm-list-item").filter({ hasText: "当前委员会" })).toContainText("平城区政协");
  await tab(page, "工作台").click();
  await expect(page.getByRole("banner")).toContainText("平城区政协");
});

test("an expired session goes back to login, and returns to the same screen after signing in", async ({ page, context }) => {
  await loginPortal(page, "staff");
  await tab(page, "我的").click();
  await expect(page).toHaveURL(/\/portal\/me$/);
  // The server no longer knows this browser (cookie gone, as after the idle timeout).
  await context.clearCookies();
  await page.locator(".adm-list-item").filter({ hasText: "当前委员会" }).click();
  await page.locator(".adm-popup-body .adm-check-list-item").filter({ hasText: "云冈区政协" }).click();
  await expect(page).toHaveURL(/\/portal\/login$/);
  await expect(page.getByText("登录已失效，请重新登录")).toBeVisible();

  await page.getByLabel("用户名").fill("staff");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/portal\/me$/);
  // Nothing was switched while signed out; a fresh session starts in the first committee.
  await expect(page.locator(".adm-list-item").filter({ hasText: "当前委员会" })).toContainText("大同市政协");
});

test("a bootstrap password must be changed first, with the rule checked on the phone", async ({ page }) => {
  await loginPortal(page, "newmember");
  await expect(page).toHaveURL(/\/portal\/change-password$/);
  await expect(page.getByText("首次登录须修改初始密码")).toBeVisible();
  // Other screens are closed until then.
  await page.goto("/portal/me");
  await expect(page).toHaveURL(/\/portal\/change-password$/);

  await page.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("short");
  await page.getByLabel("确认新密码").fill("short");
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByText("密码至少 10 位", { exact: true })).toBeVisible();

  await page.getByLabel("新密码", { exact: true }).fill("Abcdefgh12!");
  await page.getByLabel("确认新密码").fill("Abcdefgh12?");
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByText("两次输入的新密码不一致")).toBeVisible();

  // A wrong current password is refused by the server, shown on its field.
  await page.getByLabel("当前密码").fill("Not-the-password-1");
  await page.getByLabel("确认新密码").fill("Abcdefgh12!");
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByText("当前密码不正确")).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, "11-change-password");

  await page.getByLabel("当前密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "确认修改" }).click();

  // Then, once: the privacy notice (PIPL). Nothing else opens until it is agreed to.
  await expect(page).toHaveURL(/\/portal\/privacy$/);
  await expect(page.getByRole("heading", { name: "智慧政协个人信息保护告知书" })).toBeVisible();
  await page.goto("/portal/me");
  await expect(page).toHaveURL(/\/portal\/privacy$/);
  await shot(page, "12-privacy-notice");
  await page.getByRole("button", { name: "同意并继续" }).click();
  await expect(page).toHaveURL(/\/portal\/(workbench|me)$/);
  await page.goto("/portal/workbench");
  await expect(page.getByRole("heading", { name: /新任委员/ })).toBeVisible();
  // The agreement stays readable from 我的.
  await page.goto("/portal/me");
  await page.getByText("个人信息保护告知书").click();
  await expect(page.getByText(/您已于 .* 同意本告知书/)).toBeVisible();
});

test("the web app manifest is linked, in Chinese, and its icons exist", async ({ page, request }) => {
  await page.goto("/portal/login");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/portal/manifest.webmanifest");
  const res = await request.get(href!);
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ name: "智慧政协", short_name: "政协", lang: "zh-CN", start_url: "/portal/", scope: "/portal/", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const r = await request.get(new URL(icon.src, `http://x${href}`).pathname);
    expect(r.ok(), icon.src).toBe(true);
    expect(r.headers()["content-type"]).toContain(icon.type);
  }
});

test.describe("on a desktop screen", () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test("the app is a centred phone-width column", async ({ page }) => {
    await loginPortal(page, "member");
    await expect(page.getByRole("heading", { name: /张华强/ })).toBeVisible();
    const root = await page.locator("#root").boundingBox();
    expect(root!.width).toBeLessThanOrEqual(480);
    expect(Math.abs(root!.x + root!.width / 2 - 640)).toBeLessThan(2);
    const bar = await page.getByRole("navigation", { name: "主导航" }).boundingBox();
    expect(Math.abs(bar!.x - root!.x)).toBeLessThan(2);
    expect(bar!.width).toBeLessThanOrEqual(480);
    await shot(page, "12-desktop");
  });
});
