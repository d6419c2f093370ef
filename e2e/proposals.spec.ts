import { expect, test, type Page } from "@playwright/test";
import { loginAdmin } from "./support/login";

// 提案办理 (issue 4) for the committee office: the review chain, filing with a case number, assignment,
// statistics. Screenshots land in test-results/screenshots/proposals-*.png.

const problems = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
  const list: string[] = [];
  problems.set(page, list);
  page.on("console", (m) => m.type() === "error" && list.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => list.push(`pageerror: ${e.message}`));
});
test.afterEach(({ page }) => expect(problems.get(page) ?? [], "browser console errors").toEqual([]));

async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/proposals-${name}.png` });
}

const drawerOf = (page: Page) => page.getByRole("dialog", { name: /^提案：/ });

test("the office reviews a proposal twice, files it with a case number, assigns it; the statistics draw", async ({ page }) => {
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "提案办理" }).click();
  await expect(page.getByText(/^共 \d+ 件$/)).toBeVisible();
  await shot(page, "01-list");

  // 待一审: take the first one through the chain.
  await page.getByRole("tab", { name: "待一审" }).click();
  await expect(page).toHaveURL(/list=FIRST_REVIEW/);
  const first = page.locator(".ant-table-tbody tr.ant-table-row").first();
  await expect(first).toContainText("待一审");
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasNotText: "待一审" })).toHaveCount(0);
  const title = (await first.locator("a").first().textContent())!.trim();
  await first.locator("a").first().click();
  const drawer = drawerOf(page);
  await expect(drawer).toContainText(title);
  await expect(drawer).toContainText("待一审");
  await shot(page, "02-detail");
  await drawer.getByRole("button", { name: "一审通过" }).click();
  await page.getByRole("button", { name: "通过", exact: true }).click();
  await expect(page.getByText("一审通过", { exact: true }).first()).toBeVisible();
  await expect(drawer.locator(".ant-descriptions")).toContainText("待二审");
  await drawer.getByRole("button", { name: "二审通过" }).click();
  await page.getByRole("button", { name: "通过", exact: true }).click();
  await expect(drawer.locator(".ant-descriptions")).toContainText("待立案");

  // 立案: a key proposal needs its supervising leader (Chinese message), then the case number is drawn.
  await drawer.getByRole("button", { name: "立案", exact: true }).click();
  const fileDialog = page.getByRole("dialog", { name: `立案：${title}` });
  await fileDialog.getByText("列为重点提案").click();
  await fileDialog.getByRole("button", { name: "确 定" }).or(fileDialog.getByRole("button", { name: "确定" })).click();
  await expect(fileDialog.getByText("请填写督办领导")).toBeVisible();
  await shot(page, "03-file-errors");
  await fileDialog.getByLabel("督办领导").fill("王副主席");
  // The category comes from the proposal when it has one (the system's suggestion is shown under it);
  // pick one either way — a proposal another spec submitted may have none.
  await fileDialog.locator(".ant-select").first().click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
  await fileDialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText(/已立案，案号 \d+-\d+-\d+/)).toBeVisible();
  await expect(drawer.locator(".ant-descriptions")).toContainText(/\d{2}-\d{2}-\d{3}/);

  // 交办 to a handling unit.
  await drawer.getByRole("button", { name: "交办", exact: true }).click();
  const assign = page.getByRole("dialog", { name: `交办：${title}` });
  await assign.getByRole("button", { name: /确\s*定/ }).click();
  await expect(assign.getByText("请选择主办单位")).toBeVisible();
  await assign.getByLabel("主办单位").click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
  await shot(page, "04-assign");
  await assign.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("已交办承办单位")).toBeVisible();
  await expect(drawer.locator(".ant-descriptions")).toContainText("主办：");
  await expect(drawer).toContainText("待签收");
  await shot(page, "05-assigned");

  // The Word form downloads.
  const file = page.waitForEvent("download");
  await drawer.getByRole("button", { name: /提案表/ }).click();
  expect((await file).suggestedFilename()).toMatch(/\.docx$/);

  await page.keyboard.press("Escape");
  await page.getByRole("menuitem", { name: "提案统计" }).click();
  await expect(page.getByLabel("按状态统计图")).toBeVisible();
  await expect(page.locator("canvas").first()).toBeVisible();
  await shot(page, "06-statistics");
});
