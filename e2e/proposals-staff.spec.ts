import { expect, test, type Page } from "@playwright/test";
import { loginAdmin } from "./support/login";

// 提案管理 for the committee office (issue 4, staff side): the list narrows by its query, a submitted
// proposal is reviewed, 立案 with a case number and 交办 to a unit (the state visibly changes), a stale
// action gets the Chinese CONFLICT message, tracking, statistics charts, categories.
// Screenshots: test-results/screenshots/proposals-staff-NN-*.png.

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
  await page.screenshot({ path: `test-results/screenshots/proposals-staff-${name}.png` });
}

const rows = (page: Page) => page.locator(".ant-table-tbody tr.ant-table-row");
const totalOf = async (page: Page) => Number((await page.getByText(/^共 \d+ 件$/).textContent())!.match(/\d+/)![0]);
const ok = (dialog: ReturnType<Page["getByRole"]>) => dialog.getByRole("button", { name: /^确\s*定$/ });

/** Another reviewer's action, straight through the API with the same session (as a second browser tab would). */
async function gql(page: Page, query: string, variables: Record<string, unknown>) {
  const r = await page.request.post("/graphql", { data: { query, variables }, headers: { "content-type": "application/json" } });
  const body = await r.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

test("the office narrows the list, reviews, files and assigns a proposal; a stale action is refused in Chinese; tracking, statistics, categories", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "提案办理" }).click();
  await expect(page.getByText(/^共 \d+ 件$/)).toBeVisible();
  const all = await totalOf(page);
  expect(all).toBeGreaterThan(20);
  await shot(page, "01-list");

  // The query narrows the list: state 待一审 only, then a keyword from one of those titles.
  await page.getByRole("combobox", { name: /^状态/ }).click();
  await page.locator(".ant-select-dropdown:visible").getByText("待一审", { exact: true }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /查\s*询/ }).click();
  await expect(page).toHaveURL(/states=SUBMITTED/);
  await expect.poll(() => totalOf(page)).toBeLessThan(all);
  await expect(rows(page).first()).toContainText("待一审");
  await expect(rows(page).filter({ hasNotText: "待一审" })).toHaveCount(0);
  const title = (await rows(page).first().locator("a").first().textContent())!.trim();
  const word = title.replace(/^关于/, "").slice(0, 4);
  await page.getByRole("textbox", { name: /^关键词/ }).fill(word);
  await page.getByRole("button", { name: /查\s*询/ }).click();
  await expect(page).toHaveURL(/keyword=/);
  await expect(rows(page).first()).toBeVisible();
  await expect(rows(page).filter({ hasText: title })).toHaveCount(1);
  await shot(page, "02-filtered");

  // Open it: the detail, 查重 against the session's proposals.
  await rows(page).filter({ hasText: title }).locator("a").first().click();
  const drawer = page.getByRole("dialog", { name: /^提案：/ });
  await expect(drawer).toContainText(title);
  const summary = drawer.locator(".ant-descriptions").first();
  await expect(summary).toContainText("待一审");
  await shot(page, "03-detail");
  await drawer.getByRole("tab", { name: "查重" }).click();
  await expect(drawer.getByRole("columnheader", { name: "相似度" })).toBeVisible();
  await shot(page, "04-similar");

  // Someone else passes the first review meanwhile: our click is refused in Chinese and the drawer catches up.
  const id = new URL(page.url()).searchParams.get("id")!;
  const seen = (await gql(page, `query($id: ID!) { proposal(id: $id) { version } }`, { id })).proposal.version;
  await gql(page, `mutation($i: ProposalTransitionInput!) { passFirstReview(input: $i) { id } }`, { i: { id, version: seen } });
  await drawer.getByRole("button", { name: "一审通过" }).click();
  await page.getByRole("button", { name: "通过", exact: true }).click();
  await expect(page.getByText("数据已被他人修改，请刷新后重试")).toBeVisible();
  await expect(summary).toContainText("待二审");
  await shot(page, "05-conflict");

  // Under load the confirm's 通过 can be clicked while it is still sliding in and the click is lost: confirm
  // until the drawer shows the new state (once it does, the action is not repeated).
  await expect(async () => {
    if (!(await summary.textContent())?.includes("待立案")) {
      const confirm = page.locator(".ant-popconfirm:visible").getByRole("button", { name: "通过", exact: true });
      if ((await confirm.count()) === 0) await drawer.getByRole("button", { name: "二审通过" }).click({ timeout: 3_000 });
      await confirm.click({ timeout: 3_000 });
    }
    await expect(summary).toContainText("待立案", { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });

  // 立案: the system suggests a category; a key proposal needs its supervising leader.
  await drawer.getByRole("button", { name: "立案", exact: true }).click();
  const fileDialog = page.getByRole("dialog", { name: `立案：${title}` });
  await expect(fileDialog.getByText(/系统建议分类|暂无可参考/)).toBeVisible();
  await fileDialog.getByText("列为重点提案").click();
  await ok(fileDialog).click();
  await expect(fileDialog.getByText("请填写督办领导")).toBeVisible();
  await shot(page, "06-file");
  await fileDialog.getByLabel("督办领导").fill("王副主席");
  // A proposal another spec submitted may have no category: take the system's first suggestion, or pick one.
  const categoryHint = fileDialog.locator(".ant-alert .ant-tag").first();
  if (await categoryHint.isVisible()) await categoryHint.click();
  else {
    await fileDialog.getByLabel("提案分类").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option, .ant-select-dropdown:visible .ant-select-tree-treenode").first().click();
  }
  await ok(fileDialog).click();
  await expect(page.getByText(/已立案，案号 \d+-\d+-\d+/)).toBeVisible();
  await expect(summary).toContainText("已立案待交办");
  await expect(summary).toContainText(/\d{2}-\d{2}-\d{3}/);
  await expect(summary).toContainText("督办：王副主席");

  // 交办: take the suggested lead unit; a co-unit may not be the lead unit itself.
  await drawer.getByRole("button", { name: "交办", exact: true }).click();
  const assign = page.getByRole("dialog", { name: `交办：${title}` });
  await ok(assign).click();
  await expect(assign.getByText("请选择主办单位")).toBeVisible();
  const suggestion = assign.locator(".ant-alert .ant-tag").first();
  let lead: string;
  if (await suggestion.isVisible()) {
    lead = (await suggestion.textContent())!.replace(/（\d+%）$/, "").trim();
    await suggestion.click();
  } else {
    await assign.getByLabel("主办单位").click();
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option").first();
    lead = (await option.textContent())!.trim();
    await option.click();
  }
  await expect(assign.locator(".ant-form-item").filter({ hasText: "主办单位" }).first()).toContainText(lead);
  expect(lead.length).toBeGreaterThan(1);
  await page.mouse.move(5, 700);
  await shot(page, "07-assign");
  await ok(assign).click();
  await expect(page.getByText("已交办承办单位")).toBeVisible();
  await expect(summary).toContainText("已交办待签收");
  await expect(summary).toContainText(`主办：${lead}`);
  await drawer.getByRole("tab", { name: /交办与答复/ }).click();
  await expect(drawer.getByRole("cell", { name: lead, exact: true })).toBeVisible();
  await expect(drawer.getByText("待签收", { exact: true })).toBeVisible();
  await shot(page, "08-assigned");
  await drawer.getByRole("tab", { name: /办理进程/ }).click();
  await expect(drawer.locator(".ant-timeline")).toContainText("立案");
  await expect(drawer.locator(".ant-timeline")).toContainText("交办");
  await shot(page, "09-timeline");

  // The list's Excel export takes the same query as the list (here: the 待交办 work list).
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /重\s*置/ }).click();
  await page.getByRole("tab", { name: /待交办/ }).click();
  await expect(page).toHaveURL(/list=TO_ASSIGN/);
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  // An empty list shows no pager (and no 共 N 件).
  const toAssign = (await rows(page).count()) ? await totalOf(page) : 0;
  const listFile = page.waitForEvent("download");
  await page.getByRole("button", { name: /导出 Excel/ }).click();
  expect((await listFile).suggestedFilename()).toMatch(/^提案列表-\d{8}\.xlsx$/);
  await expect(page.getByText(`已导出 ${toAssign} 件提案`)).toBeVisible();

  // 办理追踪: the overdue ones only.
  await page.getByRole("menuitem", { name: "办理追踪" }).click();
  await expect(page.getByText(/^共 \d+ 条交办$/)).toBeVisible();
  await page.getByText("只看超期未答复").click();
  await expect(page).toHaveURL(/only=overdue/);
  await expect(rows(page).first()).toBeVisible();
  await expect(rows(page).filter({ hasNotText: "超期" })).toHaveCount(0);
  await shot(page, "10-tracking");

  // 提案统计: charts by state, category, sector and unit; the Excel.
  await page.getByRole("menuitem", { name: "提案统计" }).click();
  await expect(page.getByLabel("按状态统计图")).toBeVisible();
  await expect(page.getByLabel("按界别统计图")).toBeVisible();
  await expect(page.getByLabel("承办单位统计图").locator("canvas")).toBeVisible();
  await shot(page, "11-statistics");
  await page.getByRole("tab", { name: "承办单位" }).click();
  await expect(page.getByRole("columnheader", { name: "答复率" })).toBeVisible();
  await page.getByText("统计表", { exact: true }).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(page, "12-statistics-units");
  const statsFile = page.waitForEvent("download");
  await page.getByRole("button", { name: /导出 Excel/ }).click();
  expect((await statsFile).suggestedFilename()).toMatch(/^提案统计-\d{8}\.xlsx$/);

  // 分类: add one, see it in the tree, delete it; a used category cannot be deleted.
  await page.getByRole("menuitem", { name: "分类与设置" }).click();
  await expect(page.getByRole("button", { name: "删除" }).first()).toBeVisible();
  await page.getByRole("button", { name: /新增分类/ }).click();
  const form = page.getByRole("dialog", { name: "新增分类" });
  await form.getByRole("button", { name: /保\s*存/ }).click();
  await expect(form.getByText("请输入分类名称")).toBeVisible();
  const name = `测试分类${Date.now() % 100000}`;
  await form.getByLabel("分类名称").fill(name);
  await form.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText(`已新增分类“${name}”`)).toBeVisible();
  const row = rows(page).filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await shot(page, "13-categories");
  await row.getByRole("button", { name: "删除" }).click();
  await page.getByRole("button", { name: "删除", exact: true }).last().click();
  await expect(page.getByText(`已删除分类“${name}”`)).toBeVisible();
  await expect(rows(page).filter({ hasText: name })).toHaveCount(0);
});
