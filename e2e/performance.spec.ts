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

test("staff change a scoring rule: the score follows, the explanation names the new version, and the archive exports", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "履职评分" }).click();
  const table = page.locator(".ant-card", { hasText: "委员履职评分" }).locator(".ant-table-tbody tr.ant-table-row");
  await expect(table.first()).toBeVisible();
  const name = (await table.first().locator("td").nth(1).locator("a").textContent())!.trim();
  await table.first().getByText("得分说明").click();
  let drawer = page.getByRole("dialog", { name: `得分说明：${name}` });
  const firstLine = drawer.locator(".ant-table-tbody tr.ant-table-row").first();
  await expect(firstLine).toBeVisible();
  const kind = (await firstLine.locator("td").nth(1).locator("span").first().textContent())!.replace(/（当年第.*$/, "").trim();
  const version = Number((await firstLine.locator("td").nth(2).textContent())!.match(/第 (\d+) 版/)![1]);
  await page.keyboard.press("Escape");

  // The rule for that kind: a new value, saved — which publishes the next version and re-scores.
  await page.getByRole("menuitem", { name: "评分规则" }).click();
  const ruleRow = page.locator(".ant-table-tbody tr.ant-table-row:visible", { hasText: kind }).first();
  await ruleRow.getByRole("button", { name: "修改" }).click();
  const modal = page.getByRole("dialog", { name: `修改评分规则：${kind}` });
  await modal.getByLabel("每项分值").fill("7.25");
  await shot(page, "05-rule-edit");
  await modal.getByRole("button", { name: "保存并发布" }).click();
  await expect(page.getByText(new RegExp(`已发布第 ${version + 1} 版`))).toBeVisible();

  // The same member's explanation prices that kind by the new version.
  await page.getByRole("menuitem", { name: "履职评分" }).click();
  await table.filter({ hasText: name }).first().getByText("得分说明").click();
  drawer = page.getByRole("dialog", { name: `得分说明：${name}` });
  // Lines are in date order, so the first is the same event as before.
  const priced = drawer.locator(".ant-table-tbody tr.ant-table-row").first();
  await expect(priced).toContainText(kind);
  await expect(priced).toContainText(`第 ${version + 1} 版`);
  await expect(priced.locator("td").nth(3)).toHaveText("+7.25");
  await shot(page, "06-explanation-new-rule");

  // The member's archive as Word: a real .docx (a zip) named after the member.
  const download = page.waitForEvent("download");
  await drawer.getByRole("button", { name: "导出履职档案（Word）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  expect(file.suggestedFilename()).toContain(name);
  const bytes = await (await import("node:fs/promises")).readFile((await file.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});
