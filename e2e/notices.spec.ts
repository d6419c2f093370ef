import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// 通知公告 (issue 8): the office publishes a notice, a member reads it on the phone, the office sees the
// read receipt. Screenshots land in test-results/screenshots/notices-*.png.

const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};

const problems = new WeakMap<Page, string[]>();
function watch(page: Page) {
  const list: string[] = [];
  problems.set(page, list);
  page.on("console", (m) => {
    if (m.type() === "error") list.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => list.push(`pageerror: ${e.message}`));
  return page;
}
test.beforeEach(({ page }) => void watch(page));
test.afterEach(({ page }) => expect(problems.get(page) ?? [], "browser console errors").toEqual([]));

async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/notices-${name}.png` });
}

async function phone(browser: Browser, baseURL: string | undefined) {
  const context: BrowserContext = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...PHONE });
  return { context, page: watch(await context.newPage()) };
}

test("the office publishes a notice, the member reads it on the phone, the read receipt shows it", async ({ page, browser, baseURL }) => {
  const title = "关于参加 2026 年度委员履职培训的通知";
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "通知公告" }).click();
  await page.getByRole("button", { name: "新建通知" }).click();
  const drawer = page.getByRole("dialog", { name: "新建通知" });
  // Nothing filled in: the shared schema's Chinese messages beside the fields.
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(drawer.getByText("请输入标题")).toBeVisible();
  await expect(drawer.getByText("请输入正文")).toBeVisible();
  await drawer.getByLabel("按界别、党派、专委会选择委员").check();
  await drawer.getByLabel("标题").fill(title);
  await drawer.getByLabel("正文").fill("各位委员：\n定于 12 月 10 日在市政协机关举办年度履职培训，请准时参加。\n市政协办公室");
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(drawer.getByText("请至少选择一个界别、党派或专委会")).toBeVisible();
  await shot(page, "01-form-errors");
  await drawer.getByLabel("全体委员", { exact: true }).check();
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已存为草稿")).toBeVisible();
  const row = page.locator(".ant-table-tbody tr", { hasText: title });
  await expect(row).toContainText("草稿");

  await row.getByRole("button", { name: "发布" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "发布" }).click();
  await expect(page.getByText(/已发布，\d+ 人收到/)).toBeVisible();
  await expect(row).toContainText("已发布");
  await expect(row).toContainText(/0\/\d+ 已读/);
  await shot(page, "02-published");

  // The member, on the phone: the workbench tile, the unread notice, the notice itself.
  const m = await phone(browser, baseURL);
  await loginPortal(m.page, "member");
  await m.page.getByText("通知公告", { exact: true }).click();
  const item = m.page.getByText(title);
  await expect(item).toBeVisible();
  await expect(m.page.getByText(/1 条未读|\d+ 条未读/)).toBeVisible();
  await m.page.screenshot({ path: "test-results/screenshots/notices-03-portal-list.png" });
  await item.click();
  await expect(m.page.getByRole("heading", { name: title })).toBeVisible();
  await expect(m.page.getByText("定于 12 月 10 日在市政协机关举办年度履职培训")).toBeVisible();
  await m.page.screenshot({ path: "test-results/screenshots/notices-04-portal-detail.png" });
  expect(problems.get(m.page) ?? []).toEqual([]);
  await m.context.close();

  // Back in the console: one reader, by name.
  await page.reload();
  await expect(row).toContainText(/1\/\d+ 已读/);
  await row.getByRole("button", { name: `查看“${title}”的阅读回执` }).click();
  const receipts = page.getByRole("dialog", { name: `阅读回执：${title}` });
  await receipts.getByText("已读", { exact: true }).click();
  await expect(receipts.locator(".ant-table-tbody")).toContainText("张华强");
  await receipts.getByText("未读", { exact: true }).click();
  await receipts.getByRole("button", { name: "提醒未读人员" }).click();
  await expect(page.getByText(/已提醒 \d+ 位未读人员/)).toBeVisible();
  await shot(page, "05-receipts");
});

test("征集通知: the office calls for proposals with a closing day; the member sees it above 我的提案 and starts writing from it", async ({ page, browser, baseURL }) => {
  const title = "关于征集 2027 年度重点提案选题的通知";
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "通知公告" }).click();
  await page.getByRole("button", { name: "新建通知" }).click();
  const drawer = page.getByRole("dialog", { name: "新建通知" });
  await drawer.getByText("提案征集", { exact: true }).click();
  await drawer.getByLabel("标题").fill(title);
  await drawer.getByLabel("正文").fill("各位委员：\n请围绕明年全市重点工作提出重点提案选题建议。");
  await drawer.getByLabel("全体委员和集体用户（各党派、人民团体）").check();
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(drawer.getByText("征集通知须填写截止日期")).toBeVisible();
  await drawer.getByLabel("截止日期").click();
  // The last day of next month is always ahead, whatever today is.
  const d = new Date();
  const deadline = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 0)).toISOString().slice(0, 10);
  await drawer.getByLabel("截止日期").fill(deadline);
  await drawer.getByLabel("截止日期").press("Enter");
  await shot(page, "06-call-form");
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已存为草稿")).toBeVisible();
  const row = page.locator(".ant-table-row", { hasText: title });
  await expect(row).toContainText("提案征集");
  await expect(row).toContainText(deadline);
  await row.getByRole("button", { name: "发布" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "发布" }).click();
  await expect(page.getByText(/已发布，\d+ 人收到/)).toBeVisible();
  await shot(page, "07-call-list");

  const m = await phone(browser, baseURL);
  await loginPortal(m.page, "member");
  await m.page.getByText("我的提案", { exact: true }).first().click();
  const calls = m.page.getByRole("region", { name: "征集通知" });
  await expect(calls).toContainText(`${title}（${deadline} 截止）`);
  await m.page.screenshot({ path: "test-results/screenshots/notices-08-portal-call-banner.png" });
  await calls.getByText(`${title}（${deadline} 截止）`).click();
  await expect(m.page.getByRole("heading", { name: title })).toBeVisible();
  await expect(m.page.getByText(`截止日期：${deadline}（征集中）`)).toBeVisible();
  await m.page.screenshot({ path: "test-results/screenshots/notices-09-portal-call.png" });
  await m.page.getByRole("button", { name: "写提案" }).click();
  await expect(m.page).toHaveURL(/\/portal\/proposals\/new$/);
  expect(problems.get(m.page) ?? []).toEqual([]);
  await m.context.close();
});
