import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginPortal } from "./support/login";

// 提案 on the phone (issue 4): a member writes and submits; a handling unit signs for and replies to
// an assigned proposal; the member gives the verdict. Screenshots: proposals-member-*.png.

const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};
test.use(PHONE);

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/proposals-member-${name}.png` });
async function phone(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...PHONE });
  return { context, page: await context.newPage() };
}

test("a member writes and submits a proposal; the Chinese rule shows first", async ({ page }) => {
  await loginPortal(page, "member");
  await page.getByText("我的提案", { exact: true }).click();
  await expect(page.getByText(/^共 \d+ 件$/)).toBeVisible();
  await shot(page, "01-list");
  await page.getByRole("button", { name: "写提案" }).click();
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("请输入提案标题")).toBeVisible();
  await expect(page.getByText("请输入提案内容")).toBeVisible();
  await shot(page, "02-form-errors");
  await page.getByPlaceholder("如：关于……的建议").fill("关于优化城区公交线路的建议");
  await page.getByPlaceholder("写明问题的现状和原因").fill("部分新建小区公交覆盖不足。\n早晚高峰换乘时间长。");
  await page.getByPlaceholder("具体、可行的建议").fill("增设社区微循环线路。");
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("提案已提交，等待审查")).toBeVisible();
  await expect(page.getByRole("heading", { name: "关于优化城区公交线路的建议" })).toBeVisible();
  await expect(page.getByText("待一审").first()).toBeVisible();
  await shot(page, "03-submitted");
});

/** The office's part, through the API as staff would do it in the console (proposals.spec.ts covers those screens). */
async function officeFilesAndAssigns(request: APIRequestContext, title: string) {
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const r = await request.post("/graphql", { data: { query, variables } });
    const body = await r.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql(`mutation($i: LoginInput!) { login(input: $i) { mustChangePassword } }`, { i: { username: "staff", password: DEMO_PASSWORD } });
  const found = await gql(`query($f: ProposalFilter) { proposals(filter: $f) { items { id version title } } }`, { f: { title } });
  let p = found.proposals.items.find((x: { title: string }) => x.title === title);
  const step = async (name: string, input: Record<string, unknown>, type = "ProposalTransitionInput") => {
    const d = await gql(`mutation($i: ${type}!) { ${name}(input: $i) { id version } }`, { i: { id: p.id, version: p.version, ...input } });
    p = d[name];
  };
  await step("passFirstReview", {});
  await step("passSecondReview", {});
  const categories = (await gql(`{ proposalCategories { id } }`)).proposalCategories;
  await step("fileProposal", { categoryId: categories[0].id, isKey: false }, "FileProposalInput");
  const units = (await gql(`{ orgUnits(kind: HANDLING_UNIT, search: "发展和改革") { items { id } } }`)).orgUnits.items;
  await step("assignProposal", { leadUnitId: units[0].id }, "AssignProposalInput");
}

test("a handling unit signs for and replies; the member reads the reply and gives the verdict", async ({ page, browser, baseURL, playwright }) => {
  const title = `关于完善社区养老服务设施的建议（${Date.now().toString(36)}）`;
  const m = await phone(browser, baseURL);
  await loginPortal(m.page, "member");
  await m.page.getByText("我的提案", { exact: true }).click();
  await m.page.getByRole("button", { name: "写提案" }).click();
  await m.page.getByPlaceholder("如：关于……的建议").fill(title);
  await m.page.getByPlaceholder("写明问题的现状和原因").fill("社区养老服务设施不足。");
  await m.page.getByRole("button", { name: "提交" }).click();
  await expect(m.page.getByText("提案已提交，等待审查")).toBeVisible();

  const office = await playwright.request.newContext({ baseURL });
  await officeFilesAndAssigns(office, title);
  await office.dispose();

  // 大同市发展和改革委员会 (dt.fgw) signs for it and replies as the lead unit.
  await loginPortal(page, "dt.fgw");
  await page.getByText("承办提案", { exact: true }).click();
  const row = page.locator(".adm-list-item").filter({ hasText: title });
  await expect(row).toContainText("待签收");
  await shot(page, "04-unit-list");
  await row.click();
  await page.getByRole("button", { name: "签收" }).click();
  await expect(page.getByText("已签收")).toBeVisible();
  await page.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByText("请填写答复内容")).toBeVisible();
  await page.getByPlaceholder("答复内容：办理情况、措施和结果").fill("已将相关建议纳入明年工作计划，先行在两个城区试点。");
  await page.getByText("B 列入计划拟解决").click();
  await shot(page, "05-unit-reply");
  await page.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByText("答复已提交，提案人将收到通知")).toBeVisible();

  // The member reads the reply and gives the verdict: 不满意 needs a reason (Chinese message).
  await m.page.goto("/portal/proposals");
  await m.page.getByText(title).first().click();
  await expect(m.page.getByText("已将相关建议纳入明年工作计划")).toBeVisible();
  await m.page.getByText("不满意").click();
  await m.page.getByRole("button", { name: "提交评价" }).click();
  await expect(m.page.getByText("请说明不满意的原因")).toBeVisible();
  await m.page.getByText("基本满意", { exact: true }).click();
  await m.page.getByRole("button", { name: "提交评价" }).click();
  await m.page.getByRole("button", { name: "确认" }).click();
  await expect(m.page.getByText("评价已提交")).toBeVisible();
  await expect(m.page.getByText(/第 1 轮评价：基本满意/)).toBeVisible();
  await expect(m.page.getByText("评价已提交")).toBeHidden({ timeout: 10_000 });
  await m.page.getByText(/第 1 轮评价/).scrollIntoViewIfNeeded();
  await shot(m.page, "06-rated");
  await m.context.close();
});
