import { expect, test, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// 履职管理 (issue 7): the member's explained score and reported material on the phone; the office's
// rankings with the explanation, and the material review. Screenshots: performance-*.png.

const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};
async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/performance-${name}.png` });
}

test("a member reads the score and reports material; the office accepts it and explains a ranking", async ({ page, browser, baseURL }) => {
  const title = `参加文旅融合专题调研（${Date.now().toString(36)}）`;
  const ctx = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...PHONE });
  const m = await ctx.newPage();
  await loginPortal(m, "member");
  await m.getByRole("link", { name: "履职档案", exact: true }).click();
  await expect(m.getByLabel("履职得分")).toContainText(/\d+(\.\d)? 分/);
  await expect(m.getByText("逐项说明")).toBeVisible();
  await m.screenshot({ path: "test-results/screenshots/performance-01-portal-score.png" });
  await m.getByRole("tab", { name: "履职材料" }).click();
  await m.getByRole("button", { name: "报送履职材料" }).click();
  await m.getByRole("button", { name: "提交" }).click();
  await expect(m.locator(".adm-form-item-feedback-error", { hasText: "请输入标题" })).toBeVisible();
  await m.getByPlaceholder("如：参加乡村振兴专题调研").fill(title);
  await m.getByText("请选择").click();
  await m.getByRole("button", { name: "确定" }).click();
  await m.getByPlaceholder("时间、地点、做了什么、取得的成效").fill("赴古城调研文旅融合发展情况，形成调研报告一篇。");
  await m.getByRole("button", { name: "提交" }).click();
  await expect(m.getByText("已报送，等待审核")).toBeVisible();
  await m.getByRole("tab", { name: "履职材料" }).click();
  await expect(m.locator(".adm-list-item", { hasText: title })).toContainText("待审核");
  await m.screenshot({ path: "test-results/screenshots/performance-02-portal-material.png" });

  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "履职材料审核" }).click();
  const row = page.locator(".ant-table-tbody tr", { hasText: title });
  await expect(row).toBeVisible();
  await shot(page, "03-materials");
  await row.getByRole("button", { name: "采纳" }).click();
  await page.getByRole("button", { name: "采纳", exact: true }).last().click();
  await expect(page.getByText("已采纳", { exact: true }).first()).toBeVisible();

  await m.reload();
  await m.getByRole("tab", { name: "履职材料" }).click();
  await expect(m.locator(".adm-list-item", { hasText: title })).toContainText(/已采纳|采纳/);
  await ctx.close();

  await page.getByRole("menuitem", { name: "履职评分" }).click();
  await expect(page).toHaveURL(/\/admin\/performance$/);
  const first = page.locator(".ant-card", { hasText: "委员履职评分" }).locator(".ant-table-tbody tr.ant-table-row").first();
  await expect(first).toBeVisible();
  const name = (await first.locator("td").nth(1).locator("a").textContent())!.trim();
  await first.getByText("得分说明").click();
  const drawer = page.getByRole("dialog", { name: `得分说明：${name}` });
  await expect(drawer).toContainText("得分");
  await expect(drawer.locator(".ant-table-tbody tr").first()).toBeVisible();
  await shot(page, "04-explanation");
});
