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
