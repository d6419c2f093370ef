import { expect, test } from "@playwright/test";
import { loginAdmin } from "./support/login";

// 领导驾驶舱 (issue 10): the committee's figures with charts; a chart exports as an image; a figure drills
// into the list it counts. Screenshots: dashboard-*.png.

test("staff open the dashboard, export a chart and drill into the overdue proposals", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "领导驾驶舱" }).click();
  await expect(page.getByText("办理满意率")).toBeVisible();
  await expect(page.getByLabel("提案办理状态图", { exact: true })).toBeVisible();
  await expect(page.locator("canvas").first()).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: "test-results/screenshots/dashboard-01-overview.png" });

  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出提案办理状态图片" }).click();
  expect((await file).suggestedFilename()).toBe("提案办理状态.png");
  // Its data as Excel: written and watermarked by the server.
  const sheet = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出委员评价数据" }).click();
  expect((await sheet).suggestedFilename()).toMatch(/^委员评价-\d{8}\.xlsx$/);

  // 全市汇总: the counties beside the city; drill into one county's overdue proposals.
  const rollup = page.locator(".ant-card-small", { hasText: "全市汇总（本届）" });
  await expect(rollup.locator(".ant-table-tbody tr", { hasText: "平城区政协" })).toBeVisible();
  await expect(rollup.locator(".ant-table-tbody tr", { hasText: "全市合计" })).toBeVisible();
  await rollup.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/dashboard-02-rollup.png" });
  await rollup.getByRole("button", { name: "查看平城区政协的超期提案" }).click();
  await expect(page).toHaveURL(/\/admin\/proposals\?list=IN_HANDLING/);
  await expect(page.getByRole("tab", { name: "办理中", selected: true })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("平城区政协");
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").first()).toBeVisible();
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/dashboard-03-county-overdue.png" });

  // A county's own dashboard has no roll-up.
  await page.getByRole("menuitem", { name: "领导驾驶舱" }).click();
  await expect(page.getByText("办理满意率")).toBeVisible();
  await expect(page.getByText("全市汇总（本届）")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("大屏模式: the dashboard for the meeting-room display, 1920×1080 and dark; Esc goes back", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "领导驾驶舱" }).click();
  const opened = context.waitForEvent("page");
  await page.getByRole("button", { name: "大屏模式" }).click();
  const screen = await opened;
  screen.on("pageerror", (e) => errors.push(e.message));
  await expect(screen).toHaveURL(/\/admin\/dashboard\/screen\?session=/);
  await expect(screen.getByRole("heading", { name: "大同市政协履职数据大屏" })).toBeVisible();
  await expect(screen.getByText("会议活动出席率")).toBeVisible();
  await expect(screen.getByRole("region", { name: "提案办理状态" }).locator("canvas")).toBeVisible();
  await expect(screen.getByRole("region", { name: "会议活动出席（按月）" }).locator("canvas")).toBeVisible();
  await screen.waitForTimeout(800);
  await screen.screenshot({ path: "test-results/screenshots/dashboard-04-screen.png" });
  await screen.keyboard.press("Escape");
  await expect(screen).toHaveURL(/\/admin\/dashboard$/);
  expect(errors).toEqual([]);
  await context.close();
});
