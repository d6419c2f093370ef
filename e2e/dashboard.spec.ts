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

  await page.getByText("办理超期").click();
  await expect(page).toHaveURL(/\/admin\/proposals\?list=IN_HANDLING/);
  await expect(page.getByRole("tab", { name: "办理中", selected: true })).toBeVisible();
  expect(errors).toEqual([]);
});
