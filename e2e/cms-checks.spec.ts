import { expect, test, type Page } from "@playwright/test";
import { loginAdmin } from "./support/login";

// 站点检查 and 历史文章导入 (issue 9): the site administrator imports a small CSV of old articles (one of
// them with a broken link and image, one bad row), follows the job to the end and finds the articles in
// the list; a reviewer then runs a site check and reads the report by channel.
// Screenshots: test-results/screenshots/cms-checks-*.png.

test.describe.configure({ mode: "serial" });

const problems = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
  const list: string[] = [];
  problems.set(page, list);
  page.on("console", (m) => {
    if (m.type() === "error") list.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => list.push(`pageerror: ${e.message}`));
});
test.afterEach(({ page }) => expect(problems.get(page) ?? [], "browser console errors").toEqual([]));

async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/cms-checks-${name}.png`, fullPage: opts.fullPage });
}

const CSV = [
  "栏目,标题,副标题,作者,来源,发布时间,正文,关键词",
  `news,历史导入：2015年全体会议胜利闭幕,,办公室,市政协办公室,2015-01-20 09:00,"<p>全体会议胜利闭幕。</p><p><a href=""99999.html"">相关报道</a></p><p><img src=""/site/datong/assets/0f0e0d0c-0b0a-4909-8807-060504030201/none.png"" alt=""会场""></p>",全体会议`,
  `notice,历史导入：关于2016年提案征集的通知,,,市政协办公室,2016-02-01,"<p>欢迎各位委员提交提案。</p><script>alert(1)</script>",提案`,
  `news,,缺少标题的一行,,,2016-03-01,<p>正文</p>,`,
  `nosuch,栏目不存在的一行,,,,2016-03-02,<p>正文</p>,`,
].join("\n");

test("the site administrator imports a CSV of old articles: progress to the end, bad rows by number, the articles in the list", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAdmin(page, "sysadmin");
  await page.getByRole("menu").getByRole("menuitem", { name: "历史文章导入" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/import$/);
  await expect(page.getByText("点击或拖拽 CSV / JSON 文件到此处")).toBeVisible();
  await shot(page, "01-import");
  await page.locator('input[type="file"]').setInputFiles({ name: "历史文章.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${CSV}`, "utf8") });
  await expect(page.getByText("导入完成：成功 2 篇，2 行未导入")).toBeVisible({ timeout: 30_000 });
  const errors = page.locator(".ant-table").filter({ hasText: "未导入的原因" });
  await expect(errors.getByRole("row", { name: /第 4 行\s*缺少标题/ })).toBeVisible();
  await expect(errors.getByRole("row", { name: /第 5 行\s*栏目“nosuch”不存在/ })).toBeVisible();
  await shot(page, "02-import-done", { fullPage: true });

  await page.getByRole("button", { name: "查看文章" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/articles/);
  const search = page.getByLabel("按标题搜索");
  await search.fill("历史导入");
  await search.press("Enter");
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "2015年全体会议胜利闭幕" })).toContainText("2015-01-20");
  await expect(rows.filter({ hasText: "关于2016年提案征集的通知" })).toContainText("已发布");
  await shot(page, "03-imported-articles");
});

test("a reviewer runs a site check and reads the findings by channel, with links to edit the articles", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAdmin(page, "cms.reviewer");
  await page.getByRole("menu").getByRole("menuitem", { name: "站点检查" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/checks$/);
  await page.getByRole("button", { name: "开始检查" }).click();
  await expect(page.getByText("已开始站点检查")).toBeVisible();
  await expect(page.locator(".ant-statistic").filter({ hasText: "失效链接" })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator(".ant-statistic").filter({ hasText: "失效链接" })).toContainText("1");
  await expect(page.locator(".ant-statistic").filter({ hasText: "失效图片" })).toContainText("1");
  const news = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "政协要闻" });
  await expect(news).toBeVisible();
  await shot(page, "04-report");
  await news.click();
  const findings = page.locator(".ant-table-expanded-row");
  await expect(findings.getByText("失效链接").first()).toBeVisible();
  await expect(findings.getByText("失效图片").first()).toBeVisible();
  await expect(findings.getByRole("link", { name: /2015年全体会议胜利闭幕（编辑）/ }).first()).toBeVisible();
  await shot(page, "05-findings", { fullPage: true });
  await findings.getByRole("link", { name: /2015年全体会议胜利闭幕（编辑）/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/cms\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue("历史导入：2015年全体会议胜利闭幕");
});

test("the site administrator reads 栏目考核 by channel and by department, sorts it and exports it to Excel", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAdmin(page, "sysadmin");
  await page.getByRole("menu").getByRole("menuitem", { name: "栏目考核" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/scores$/);
  const rows = page.getByRole("tabpanel").locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows.filter({ hasText: "政协要闻" })).toBeVisible();
  await expect(page.getByText(/质量分依据 .* 完成的站点检查/)).toBeVisible();
  // Sorting by 发稿数 (descending on the second click): the busiest channel comes first.
  const header = page.getByRole("tabpanel").locator("th").filter({ hasText: "发稿数" });
  await header.click();
  await header.click();
  await expect(rows.first()).toContainText("政协要闻");
  await page.mouse.move(0, 0); // no sorter tooltip in the picture
  await shot(page, "06-scores");
  await page.getByRole("tab", { name: "按部门" }).click();
  await expect(page.getByRole("tabpanel").locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: "宣传信息处" })).toBeVisible();
  await shot(page, "07-scores-departments");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^栏目考核-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}-\d{8}\.xlsx$/);
});
