import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAdmin, loginPortal } from "./support/login";

// 提案 (issue 4), the member's and the handling unit's side: a member writes a joint proposal on the
// phone (Chinese rules first), a co-signer agrees, the member submits; the office's steps run through
// the API; 发改委 (dt.fgw) signs for it in the console's 承办工作台, asks for more time and replies with a
// document; the member reads the reply and gives the verdict, which the unit then sees.
// Screenshots: proposals-member-*.png.

const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};
const DESKTOP = { viewport: { width: 1440, height: 900 } };

// The smallest real PNG and PDF: the API checks the content, not the name.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/proposals-member-${name}.png` });
async function open(browser: Browser, baseURL: string | undefined, device: typeof PHONE | typeof DESKTOP) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...device });
  return { context, page: await context.newPage() };
}

async function api(request: APIRequestContext, username: string) {
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const r = await request.post("/graphql", { data: { query, variables } });
    const body = await r.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql(`mutation($i: LoginInput!) { login(input: $i) { mustChangePassword } }`, { i: { username, password: DEMO_PASSWORD } });
  return gql;
}

/** The office's part (review twice, file, assign to 发改委), through the API as staff would do it in the console. */
async function officeFilesAndAssigns(request: APIRequestContext, title: string) {
  const gql = await api(request, "staff");
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

test("a member writes a joint proposal with a document; the co-signer agrees; the member submits", async ({ browser, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const title = `关于优化城区公交线路的建议（${Date.now().toString(36)}）`;
  // Who dt.wy0001 is, so the member can find them by name.
  const probe = await playwright.request.newContext({ baseURL });
  const cosignerName: string = (await (await api(probe, "dt.wy0001"))(`{ myMemberProfile { name } }`)).myMemberProfile.name;
  await probe.dispose();

  const m = await open(browser, baseURL, PHONE);
  const page = m.page;
  await loginPortal(page, "member");
  await page.getByText("我的提案", { exact: true }).click();
  await expect(page.getByText(/^共 \d+ 件$/)).toBeVisible();
  await shot(page, "01-list");

  await page.getByRole("button", { name: "写提案" }).click();
  // The title bar's 使用帮助 opens the manual at the section for this screen.
  await expect(page.getByRole("link", { name: "使用帮助" })).toHaveAttribute("href", `/help/41-proposals-member.html#${encodeURIComponent("委员：写提案")}`);
  await page.getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("请输入提案标题")).toBeVisible();
  await expect(page.getByText("请输入提案内容")).toBeVisible();
  await page.getByText("请输入提案标题").scrollIntoViewIfNeeded();
  await shot(page, "02-form-errors");

  await page.getByPlaceholder("如：关于……的建议").fill(title);
  await page.getByPlaceholder("写明问题的现状和原因").fill("部分新建小区公交覆盖不足。\n早晚高峰换乘时间长。");
  await page.getByPlaceholder("具体、可行的建议").fill("增设社区微循环线路，优化换乘站点。");
  await page.getByRole("button", { name: "邀请联名委员（选填）" }).click();
  await page.getByPlaceholder("输入委员姓名或拼音").fill(cosignerName);
  await page.locator(".adm-check-list-item", { hasText: cosignerName }).first().click();
  await page.getByRole("button", { name: /完成（已选 1 人）/ }).click();
  await expect(page.locator(".adm-popup-body")).toBeHidden();
  await page.getByLabel("选择附件").setInputFiles({ name: "公交线路现状.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByText(/公交线路现状\.png（.*待上传）/)).toBeVisible();
  await page.getByRole("button", { name: "发出联名邀请" }).scrollIntoViewIfNeeded();
  await shot(page, "03-form-filled");
  await page.getByRole("button", { name: "发出联名邀请" }).click();
  await expect(page.getByText("已向 1 位委员发出联名邀请，全部答复后即可提交")).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("待联名确认").first()).toBeVisible();
  await expect(page.getByText(`${cosignerName} · 待确认`)).toBeVisible();
  await expect(page.getByText("公交线路现状.png")).toBeVisible();
  // The stage tabs narrow the list: waiting for co-signers counts as 草稿, not 审查中.
  await page.goto("/portal/proposals");
  await page.getByRole("tab", { name: "草稿" }).click();
  await expect(page.locator(".adm-list-item", { hasText: title })).toContainText("待联名确认");
  await expect(page.locator(".adm-list-item .adm-tag").filter({ hasText: /待一审|办理中|已办结/ })).toHaveCount(0);
  await page.getByRole("tab", { name: "审查中" }).click();
  await expect(page.getByText(/^共 \d+ 件$/).or(page.getByText("没有这一类的提案"))).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);

  // The co-signer finds the invitation under 联名邀请 and agrees.
  const c = await open(browser, baseURL, PHONE);
  await loginPortal(c.page, "dt.wy0001");
  await c.page.waitForURL(/\/portal\/(?!login)/);
  await c.page.goto("/portal/proposals?tab=cosign");
  const invite = c.page.locator(".adm-list-item", { hasText: title });
  await expect(invite).toContainText("待确认");
  await shot(c.page, "04-cosign-invitation");
  await invite.getByRole("button", { name: "同意联名" }).click();
  await c.page.getByRole("button", { name: "同意", exact: true }).click();
  await expect(c.page.getByText("已同意联名")).toBeVisible();
  await expect(invite).toContainText("已同意");
  await c.context.close();

  // Everyone answered: the member submits.
  await page.getByRole("tab", { name: "草稿" }).click();
  await page.getByText(title).click();
  await expect(page.getByText(`${cosignerName} · 已同意`)).toBeVisible();
  await expect(page.getByText("联名委员已全部答复，可以提交。")).toBeVisible();
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "提交" }).click();
  await expect(page.getByText("提案已提交，等待审查")).toBeVisible();
  await expect(page.getByText("待一审").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "修改" })).toHaveCount(0);
  await expect(page.getByText("提案已提交，等待审查")).toBeHidden({ timeout: 10_000 });
  await page.getByRole("heading", { name: title }).scrollIntoViewIfNeeded();
  await shot(page, "05-submitted");
  await m.context.close();
});

test("发改委 signs for and replies in the 承办工作台; the member is dissatisfied, the office sends it back, the unit replies again, the member is satisfied", async ({ browser, baseURL, playwright }) => {
  test.setTimeout(240_000);
  const title = `关于完善社区养老服务设施的建议（${Date.now().toString(36)}）`;
  const m = await open(browser, baseURL, PHONE);
  await loginPortal(m.page, "member");
  await m.page.waitForURL(/\/portal\/(?!login)/);
  await m.page.goto("/portal/proposals/new");
  await m.page.getByPlaceholder("如：关于……的建议").fill(title);
  await m.page.getByPlaceholder("写明问题的现状和原因").fill("社区养老服务设施不足，日间照料中心覆盖率低。");
  await m.page.getByRole("button", { name: "提交" }).click();
  await m.page.getByRole("dialog").getByRole("button", { name: "提交" }).click();
  await expect(m.page.getByText("提案已提交，等待审查")).toBeVisible();

  const office = await playwright.request.newContext({ baseURL });
  await officeFilesAndAssigns(office, title);
  await office.dispose();

  // The unit's account enters the console straight at its 承办工作台 (the staff home is not theirs).
  const u = await open(browser, baseURL, DESKTOP);
  const page = u.page;
  await loginAdmin(page, "dt.fgw");
  await expect(page).toHaveURL(/\/admin\/proposals\/handling/);
  await expect(page.getByRole("menuitem", { name: "承办工作台" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "提案办理" })).toHaveCount(0);
  await page.getByText(/^待签收（\d+）$/).click();
  await expect(page).toHaveURL(/stage=toSign/);
  await expect(page.locator(".ant-table-tbody tr").first()).toContainText("待签收");
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: "已交办待签收" })).toHaveCount(0);
  await expect(page.locator(".ant-table .ant-spin-spinning")).toHaveCount(0);
  await shot(page, "06-unit-workbench");

  await page.getByLabel("标题").fill(title);
  await page.getByRole("button", { name: /查\s*询/ }).click();
  await expect(rows).toHaveCount(1);
  await rows.first().getByText(title).click();
  const drawer = page.getByRole("dialog", { name: /^承办提案：/ });
  await expect(drawer.getByText("社区养老服务设施不足")).toBeVisible();
  await expect(drawer.getByRole("button", { name: "申请延期" })).toHaveCount(0);
  await page.waitForTimeout(500); // the drawer slides in
  await shot(page, "07-unit-detail");
  await drawer.getByRole("button", { name: "签收" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "签收" }).click();
  await expect(page.getByText("已签收，请在办理期限内答复")).toBeVisible();
  await expect(drawer.getByRole("button", { name: "申请退回" })).toHaveCount(0);

  // 申请延期: the date must be later than the deadline; the request waits for the office.
  await drawer.getByRole("button", { name: "申请延期" }).click();
  const ext = page.getByRole("dialog", { name: "申请延期" });
  await ext.getByRole("button", { name: "提交申请" }).click();
  await expect(ext.getByText("请选择申请延期至的日期")).toBeVisible();
  await expect(ext.getByText("请填写申请理由")).toBeVisible();
  await ext.getByPlaceholder("选择日期").fill("2027-12-31");
  await ext.getByPlaceholder("选择日期").press("Enter");
  await ext.getByLabel("延期理由").fill("需与民政、财政部门共同测算建设资金，待年度预算批复后答复。");
  await ext.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText("延期申请已提交，等待提案委审核")).toBeVisible();
  await expect(drawer.getByText("已申请延期至 2027-12-31，等待提案委审核")).toBeVisible();

  // 答复: result class and text are required (Chinese messages), a document goes with it.
  await drawer.getByRole("button", { name: "答复", exact: true }).click();
  const reply = page.getByRole("dialog", { name: "答复提案" });
  await reply.getByRole("button", { name: "提交答复" }).click();
  await expect(reply.getByText("请选择办理结果（A/B/C）")).toBeVisible();
  await expect(reply.getByText("请填写答复内容")).toBeVisible();
  await shot(page, "08-reply-errors");
  await reply.getByText("B 列入计划拟解决").click();
  await reply.getByLabel("答复函内容").fill("已将相关建议纳入明年工作计划，先行在两个城区试点建设日间照料中心。");
  await reply.locator("input[type=file]").setInputFiles({ name: "答复函.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(reply.getByText("答复函.pdf")).toBeVisible();
  await page.waitForTimeout(500); // the upload list slides in
  await shot(page, "09-reply-filled");
  await reply.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByText("答复已提交，提案人将收到通知")).toBeVisible();
  await expect(drawer.getByText("已答复待评价").first()).toBeVisible();
  await expect(drawer.getByText("答复函.pdf")).toBeVisible();
  await expect(drawer.getByText("等待提案人评价", { exact: true })).toBeVisible();
  await shot(page, "10-replied");

  // The member reads the reply; the verdict's rules are in Chinese; 满意 closes the proposal.
  await m.page.goto("/portal/proposals?stage=replied");
  await m.page.getByRole("tab", { name: "待评价" }).click();
  await m.page.getByText(title).first().click();
  await expect(m.page.getByText("已将相关建议纳入明年工作计划")).toBeVisible();
  await expect(m.page.getByText("B 列入计划拟解决")).toBeVisible();
  await expect(m.page.getByText("答复函.pdf")).toBeVisible();
  await m.page.getByRole("heading", { name: "办理答复" }).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(m.page, "11-member-reply");
  await m.page.getByRole("button", { name: "提交评价" }).click();
  await expect(m.page.getByText("请选择满意度")).toBeVisible();
  await m.page.getByRole("region", { name: "评价办理结果" }).getByText("不满意").click();
  await m.page.getByRole("button", { name: "提交评价" }).click();
  await expect(m.page.getByText("不满意时请填写意见")).toBeVisible();
  // 第 1 轮：不满意, with the reason; the office sends it back to the unit (重新办理).
  await m.page.getByPlaceholder("请说明不满意的原因（必填）").fill("试点范围太小，请明确全市推开的时间表。");
  await m.page.getByRole("button", { name: "提交评价" }).click();
  await m.page.getByRole("button", { name: "确认" }).click();
  await expect(m.page.getByText("评价已提交")).toBeVisible();
  await expect(m.page.getByText("不满意待审核").first()).toBeVisible();
  const proposalUrl = m.page.url();
  const proposalId = proposalUrl.split("/").pop()!;

  const o = await open(browser, baseURL, DESKTOP);
  await loginAdmin(o.page, "staff");
  await expect(o.page.getByRole("menuitem", { name: "提案办理" })).toBeVisible();
  await o.page.goto(`/admin/proposals?id=${proposalId}`);
  const officeDrawer = o.page.getByRole("dialog", { name: `提案：${title}` });
  await officeDrawer.getByRole("button", { name: "重新办理" }).click();
  const again = o.page.getByRole("dialog", { name: /重新办理/ });
  await again.getByRole("button", { name: /确\s*定/ }).click();
  await expect(again.getByText("请填写重新办理的要求")).toBeVisible();
  await again.getByLabel("重新办理要求").fill("请结合提案人意见，补充全市推开的时间表后重新答复。");
  await again.getByRole("button", { name: /确\s*定/ }).click();
  await expect(o.page.getByText("已交承办单位重新办理")).toBeVisible();
  await expect(officeDrawer.locator(".ant-descriptions")).toContainText("办理中");
  await o.context.close();

  // 第 2 轮答复 by the unit.
  await page.reload();
  await drawer.getByRole("button", { name: "答复", exact: true }).click();
  const reply2 = page.getByRole("dialog", { name: "答复提案" });
  await reply2.getByText("A 已解决或采纳").click();
  await reply2.getByLabel("答复函内容").fill("已明确明年六月前在全市推开日间照料中心建设，并纳入民生实事项目。");
  await reply2.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByText("答复已提交，提案人将收到通知")).toBeVisible();

  // 第 2 轮：满意 closes it.
  await m.page.goto(proposalUrl);
  await expect(m.page.getByText("已明确明年六月前在全市推开").first()).toBeVisible();
  await m.page.getByRole("region", { name: "评价办理结果" }).getByText("满意", { exact: true }).click();
  await m.page.getByPlaceholder("对办理工作的意见（选填）").fill("答复及时，措施具体，期待试点早日见效。");
  await expect(m.page.getByText("不满意时请填写意见")).toHaveCount(0);
  await m.page.getByRole("button", { name: "提交评价" }).click();
  await m.page.getByRole("button", { name: "确认" }).click();
  await expect(m.page.getByText("评价已提交")).toBeVisible();
  await expect(m.page.getByText(/第 1 轮评价：试点范围太小/)).toBeVisible();
  await expect(m.page.getByText(/第 2 轮评价：答复及时/)).toBeVisible();
  await expect(m.page.locator(".adm-tag", { hasText: /^满意$/ })).toBeVisible();
  await expect(m.page.getByText("已办结").first()).toBeVisible();
  await expect(m.page.getByRole("button", { name: "提交评价" })).toHaveCount(0);
  await expect(m.page.getByText("评价已提交")).toBeHidden({ timeout: 10_000 });
  await m.page.getByText(/第 2 轮评价/).scrollIntoViewIfNeeded();
  await shot(m.page, "12-rated");
  await m.context.close();

  // The unit sees the verdict.
  await page.reload();
  await expect(drawer.getByText(/^意见：答复及时，措施具体/)).toBeVisible();
  await expect(drawer.locator(".ant-tag", { hasText: /^满意$/ })).toBeVisible();
  await drawer.getByText("提案人评价").scrollIntoViewIfNeeded();
  await page.waitForTimeout(500); // the drawer slides in
  await shot(page, "13-unit-verdict");
  await u.context.close();
});

test("what a member types while offline is kept on the phone and restored, and saved once the network is back", async ({ browser, baseURL }) => {
  const m = await open(browser, baseURL, PHONE);
  await loginPortal(m.page, "dt.wy0022");
  await m.page.waitForURL(/\/portal\/(?!login)/);
  await m.page.goto("/portal/proposals/new");
  const title = `关于改善城郊公交夜班线路的建议（${Date.now().toString(36)}）`;
  await expect(m.page.getByPlaceholder("如：关于……的建议")).toBeVisible();

  // The connection drops while writing: saving fails, the text is not lost.
  await m.context.setOffline(true);
  await m.page.getByPlaceholder("如：关于……的建议").fill(title);
  await m.page.getByPlaceholder("写明问题的现状和原因").fill("城郊夜班公交线路少、间隔长，夜间返程困难。");
  await m.page.getByRole("button", { name: "保存草稿" }).click();
  await expect(m.page).toHaveURL(/\/portal\/proposals\/new$/);
  await m.context.setOffline(false);

  // Reopened later on the same phone: restored, with a way to drop it.
  await m.page.reload();
  await expect(m.page.getByText("已恢复您在本机上次未保存的内容。")).toBeVisible();
  await expect(m.page.getByPlaceholder("如：关于……的建议")).toHaveValue(title);
  await expect(m.page.getByPlaceholder("写明问题的现状和原因")).toHaveValue("城郊夜班公交线路少、间隔长，夜间返程困难。");
  await shot(m.page, "14-offline-draft-restored");
  await m.page.getByRole("button", { name: "保存草稿" }).click();
  await expect(m.page.getByText("已保存草稿")).toBeVisible();
  await expect(m.page).toHaveURL(/\/portal\/proposals\/[0-9a-f-]{36}$/);

  // Saved to the server: the next new proposal starts empty.
  await m.page.goto("/portal/proposals/new");
  await expect(m.page.getByPlaceholder("如：关于……的建议")).toHaveValue("");
  await expect(m.page.getByText("已恢复您在本机上次未保存的内容。")).toHaveCount(0);
  await m.context.close();
});
