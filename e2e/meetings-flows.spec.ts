import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAdmin, loginPortal } from "./support/login";

// 会议活动 (issue 6), the paths meetings.spec.ts does not walk: on a meeting of its own, with six batch
// member accounts no other spec uses (dt.wy0033 … dt.wy0038, so other specs' numbers stay put),
//  - two members ask for leave on the phone; the office approves one and refuses the other with a reason;
//    each sees the outcome, the approved one's attendance is 请假;
//  - the office marks 出席 / 缺席 one by one and in bulk, the counts follow;
//  - a member writes a speech, the office selects it and marks it delivered, the member sees each state;
//  - the office finishes the meeting: the one left without a result becomes 缺席, and the members'
//    我的履职 shows the 会议缺席 / 会议请假 / 大会发言 lines;
//  - a 履职风采 story about the meeting, published with a picture, is what the portal shows.
// Screenshots: meetings-flows-*.png.

const PHONE = {
  viewport: { width: 360, height: 720 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const fmt = (d: Date) => d.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16);

async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await expect(page.locator(".ant-message-notice")).toHaveCount(0, { timeout: 10_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/meetings-flows-${name}.png` });
}

/** A phone screenshot once the toast has gone. */
async function phoneShot(m: Page, name: string) {
  await expect(m.locator(".adm-toast-main")).toHaveCount(0, { timeout: 10_000 });
  await m.screenshot({ path: `test-results/screenshots/meetings-flows-${name}.png` });
}

/** A batch account's display name, read from its own login answer. */
async function displayName(request: APIRequestContext, username: string) {
  const res = await request.post("/graphql", {
    data: { query: "mutation L($input: LoginInput!) { login(input: $input) { viewer { displayName } } }", variables: { input: { username, password: DEMO_PASSWORD } } },
  });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.login.viewer.displayName as string;
}

async function phone(browser: Browser, baseURL: string | undefined, username: string) {
  const ctx = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...PHONE });
  const page = await ctx.newPage();
  await loginPortal(page, username);
  await expect(page).toHaveURL(/\/portal\/workbench$/);
  return page;
}

/** From the workbench to the meeting, tapping like a member (the list swaps once after the cached render). */
async function openMeeting(m: Page, title: string) {
  await m.getByRole("link", { name: "会议活动", exact: true }).click();
  await expect(async () => {
    await m.getByText(title).click({ timeout: 3_000 });
    await expect(m.getByRole("heading", { name: title })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

async function askLeave(m: Page, title: string, reason: string) {
  await openMeeting(m, title);
  await m.getByRole("button", { name: "请假", exact: true }).click();
  await m.getByLabel("请假事由").fill(reason);
  await m.getByRole("button", { name: "提交" }).click();
  await expect(m.getByText("请假已提交，等待审批")).toBeVisible();
  await expect(m.locator("article").getByText("请假待审批")).toBeVisible();
  await expect(m.getByText(`请假事由：${reason}`)).toBeVisible();
}

const counts = (page: Page) => page.getByTestId("attendance-counts");
const row = (page: Page, name: string) => page.locator(".ant-table-tbody tr.ant-table-row:visible", { hasText: name });

/** 登记 on one row (or 批量登记出勤 for the ticked rows), pick the state, confirm. */
async function mark(page: Page, opener: Locator, state: "出席" | "缺席" | "请假", confirmTitle: RegExp) {
  await expect(async () => {
    await opener.hover();
    await opener.click();
    await page.locator(".ant-dropdown:visible").getByRole("menuitem", { name: state, exact: true }).click({ timeout: 2_000 });
    await expect(page.getByRole("dialog").filter({ hasText: confirmTitle })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("dialog").filter({ hasText: confirmTitle }).getByRole("button", { name: "确定" }).click();
}

test("leave approval, attendance marking, speeches, finishing a meeting and a photo story, each walked by its users", async ({ page, browser, baseURL, playwright }) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36);
  const title = `委员履职培训会（${tag}）`;
  const api = await playwright.request.newContext({ baseURL });
  const accounts = ["dt.wy0033", "dt.wy0034", "dt.wy0035", "dt.wy0036", "dt.wy0037", "dt.wy0038"];
  const names: string[] = [];
  for (const a of accounts) names.push(await displayName(api, a));
  await api.dispose();
  const [leaveOk, leaveNo, speaker, absent, bulk1, bulk2] = names as [string, string, string, string, string, string];

  // The office creates the meeting (it started half an hour ago) for the six, by name, and publishes it.
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "会议活动管理" }).click();
  await page.getByRole("button", { name: "新建会议活动" }).click();
  const drawer = page.getByRole("dialog", { name: "新建会议活动" });
  await expect(async () => {
    await drawer.getByLabel("类型").click();
    await drawer.getByLabel("类型").fill("专题议政会");
    await drawer.getByLabel("类型").press("Enter");
    await expect(drawer.getByTitle("专题议政会")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await drawer.getByLabel("名称").fill(title);
  await drawer.getByPlaceholder("开始时间").click();
  await drawer.getByPlaceholder("开始时间").fill(fmt(new Date(Date.now() - 30 * 60_000)));
  await drawer.getByPlaceholder("开始时间").press("Enter");
  await drawer.getByPlaceholder("结束时间").click();
  await drawer.getByPlaceholder("结束时间").fill(fmt(new Date(Date.now() + 3 * 3600_000)));
  await drawer.getByPlaceholder("结束时间").press("Enter");
  await drawer.getByLabel("地点").fill("市政协机关二楼报告厅");
  const picker = drawer.getByLabel("邀请个人");
  for (const name of names) {
    await expect(async () => {
      await picker.click();
      await picker.fill(name);
      const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: name });
      await expect(option).toHaveCount(1, { timeout: 3_000 });
      await option.click({ timeout: 2_000 });
      await expect(drawer.locator(".ant-select-selection-item", { hasText: name })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存为草稿")).toBeVisible();
  await page.getByRole("searchbox", { name: "名称或地点" }).fill(title);
  await page.getByRole("searchbox", { name: "名称或地点" }).press("Enter");
  await expect(page.locator(".ant-table-tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("草稿尚未通知委员")).toBeVisible();
  await page.getByRole("button", { name: "发布" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "发布" }).click();
  await expect(page.getByText("已发布，邀请 6 名委员")).toBeVisible();
  const meetingUrl = page.url();

  // Two members ask for leave on the phone; a third writes a speech (the form refuses it empty first).
  const a = await phone(browser, baseURL, accounts[0]!);
  await askLeave(a, title, "参加省里的专题培训，时间冲突");
  await phoneShot(a, "01-leave-asked");
  const b = await phone(browser, baseURL, accounts[1]!);
  await askLeave(b, title, "单位有事");
  const c = await phone(browser, baseURL, accounts[2]!);
  await openMeeting(c, title);
  await c.getByText("提交书面发言").click();
  await c.getByRole("button", { name: "提交" }).click();
  await expect(c.locator(".adm-form-item-feedback-error").first()).toBeVisible();
  const speech = `关于提升委员履职能力的几点建议（${tag}）`;
  await c.getByPlaceholder("如：关于推进城乡养老服务一体化的建议").fill(speech);
  await c.getByPlaceholder("请输入书面发言稿").fill("一、加强学习培训。\n二、完善履职档案。\n三、健全联系群众制度。");
  await c.getByRole("button", { name: "提交" }).click();
  await expect(c.getByText("已提交，等待审核")).toBeVisible();
  await expect(c.getByRole("heading", { name: title })).toBeVisible();
  const mySpeech = c.locator(".adm-list-item", { hasText: speech });
  await expect(mySpeech).toContainText("待审核");
  await phoneShot(c, "02-speech-submitted");

  // The office: the two requests wait; finishing is refused while they do.
  await page.goto(meetingUrl);
  await expect(page.getByRole("tab", { name: "回执与出勤（待批假 2）" })).toBeVisible();
  await page.getByRole("button", { name: "结束", exact: true }).click();
  const finishDialog = page.getByRole("dialog").filter({ hasText: `结束“${title}”？` });
  await expect(finishDialog.getByText("还有 2 条请假待审批，请先审批后再结束。")).toBeVisible();
  await expect(finishDialog.getByRole("button", { name: "结束", exact: true })).toBeDisabled();
  await finishDialog.getByRole("button", { name: "取消" }).click();
  await page.getByRole("tab", { name: /回执与出勤/ }).click();
  await expect(counts(page)).toContainText("受邀 6 人 · 回执参加 0 · 请假待审批 2 · 出席 0 · 请假 0 · 缺席 0 · 尚无结果 6");
  await page.getByText("请假待审批", { exact: true }).click();
  await expect(page.locator(".ant-table-tbody tr.ant-table-row:visible")).toHaveCount(2);
  await expect(row(page, leaveOk)).toContainText("参加省里的专题培训，时间冲突");
  await shot(page, "03-leave-pending");

  await row(page, leaveOk).getByRole("button", { name: "准假", exact: true }).click();
  const approve = page.getByRole("dialog", { name: `准假：${leaveOk}` });
  await expect(approve.getByText("请假事由：参加省里的专题培训，时间冲突")).toBeVisible();
  await approve.getByLabel("审批意见").fill("同意，请会后学习会议材料");
  await approve.getByRole("button", { name: "准假", exact: true }).click();
  await expect(page.getByText(`已准假：${leaveOk}`)).toBeVisible();
  await row(page, leaveNo).getByRole("button", { name: "不准假", exact: true }).click();
  const reject = page.getByRole("dialog", { name: `不准假：${leaveNo}` });
  await reject.getByLabel("审批意见").fill("本次会议须全体参加，请调整安排");
  await shot(page, "04-leave-reject");
  await reject.getByRole("button", { name: "不准假", exact: true }).click();
  await expect(page.getByText(`不准假：${leaveNo}，已通知其按时出席`)).toBeVisible();
  await expect(page.locator(".ant-table-tbody tr.ant-table-row:visible")).toHaveCount(0);
  await expect(counts(page)).toContainText("请假待审批 0 · 出席 0 · 请假 1 · 缺席 0 · 尚无结果 5");
  await expect(page.getByRole("tab", { name: "回执与出勤", exact: true })).toBeVisible();

  // Each member sees the outcome and the note.
  await a.reload();
  await expect(a.locator("article").getByText("请假已批准")).toBeVisible();
  await expect(a.getByText("审批意见：同意，请会后学习会议材料")).toBeVisible();
  await phoneShot(a, "05-leave-approved");
  await b.reload();
  await expect(b.locator("article").getByText("请假未批准")).toBeVisible();
  await expect(b.getByText("审批意见：本次会议须全体参加，请调整安排")).toBeVisible();
  await expect(b.getByRole("button", { name: "参加", exact: true })).toBeVisible();
  await phoneShot(b, "06-leave-rejected");

  // Attendance by the office: one 出席, one 缺席, two 出席 in bulk.
  await page.getByText("全部", { exact: true }).click();
  await expect(row(page, leaveOk)).toContainText("请假");
  await expect(row(page, leaveOk)).toContainText("准假");
  await mark(page, row(page, speaker).getByRole("button", { name: "登记" }), "出席", new RegExp(`将 ${speaker} 登记为“出席”`));
  await expect(page.getByText("已登记 1 人")).toBeVisible();
  await expect(counts(page)).toContainText("出席 1 · 请假 1 · 缺席 0 · 尚无结果 4");
  await expect(row(page, speaker)).toContainText("工作人员登记");
  await mark(page, row(page, absent).getByRole("button", { name: "登记" }), "缺席", new RegExp(`将 ${absent} 登记为“缺席”`));
  await expect(counts(page)).toContainText("出席 1 · 请假 1 · 缺席 1 · 尚无结果 3");
  await row(page, bulk1).getByRole("checkbox").check();
  await row(page, bulk2).getByRole("checkbox").check();
  await mark(page, page.getByRole("button", { name: /批量登记出勤/ }), "出席", /将 选中的 2 名委员 登记为“出席”/);
  await expect(page.getByText("已登记 2 人")).toBeVisible();
  await expect(counts(page)).toContainText("受邀 6 人 · 回执参加 0 · 请假待审批 0 · 出席 3 · 请假 1 · 缺席 1 · 尚无结果 1");
  await expect(row(page, bulk1)).toContainText("出席");
  await expect(row(page, bulk2)).toContainText("出席");
  await shot(page, "07-attendance-marked");

  // The speech: selected, the member sees it; then marked delivered.
  await page.getByRole("tab", { name: "大会发言" }).click();
  const sp = page.locator(".ant-table-tbody tr.ant-table-row:visible", { hasText: speech });
  await expect(sp.locator(".ant-tag")).toHaveText("待审核");
  await sp.getByRole("link", { name: speech }).click();
  const reading = page.getByRole("dialog", { name: speech });
  await expect(reading.getByText("二、完善履职档案。", { exact: false })).toBeVisible();
  await shot(page, "08-speech-reading");
  await reading.getByRole("button", { name: "选用", exact: true }).click();
  const selectDialog = page.getByRole("dialog", { name: `选用：${speech}` });
  await selectDialog.getByLabel("审核意见").fill("拟安排大会口头发言");
  await selectDialog.getByRole("button", { name: "选用", exact: true }).click();
  await expect(page.getByText(`已选用：${speech}`)).toBeVisible();
  await expect(sp.locator(".ant-tag")).toHaveText("已选用");
  await c.reload();
  await expect(mySpeech).toContainText("已选用");
  await expect(mySpeech).toContainText("审核意见：拟安排大会口头发言");
  await phoneShot(c, "09-speech-selected");
  await sp.getByRole("button", { name: "标记已发言" }).click();
  await page.getByRole("dialog", { name: `标记已发言：${speech}` }).getByRole("button", { name: "标记已发言" }).click();
  await expect(page.getByText(`已标记已发言：${speech}`)).toBeVisible();
  await expect(sp.locator(".ant-tag")).toHaveText("已发言");
  await shot(page, "10-speech-delivered");

  // Finish: the one left without a result (the refused leave) becomes 缺席.
  await page.getByRole("button", { name: "结束", exact: true }).click();
  const finish = page.getByRole("dialog").filter({ hasText: `结束“${title}”？` });
  await expect(finish.getByText("尚未签到且未请假的 1 名委员记为缺席")).toBeVisible();
  await finish.getByRole("button", { name: "结束", exact: true }).click();
  await expect(page.getByText("已结束：出席 3 人，请假 1 人，缺席 2 人")).toBeVisible();
  await expect(page.locator(".ant-card-head").getByText("已结束")).toBeVisible();
  await expect(page.getByRole("button", { name: "签到二维码" })).toHaveCount(0);
  await page.getByRole("tab", { name: /回执与出勤/ }).click();
  await expect(counts(page)).toContainText("出席 3 · 请假 1 · 缺席 2 · 尚无结果 0");
  await expect(row(page, leaveNo)).toContainText("缺席");
  await expect(row(page, leaveNo)).toContainText("结束时未签到");
  await shot(page, "11-finished");

  // The members: status and the 履职 lines each act left.
  await b.reload();
  await expect(b.locator("article").getByText("缺席", { exact: true })).toBeVisible();
  await expect(b.getByRole("button", { name: "参加", exact: true })).toHaveCount(0);
  await b.goto("/portal/performance");
  const absentLine = b.locator(".adm-list-item", { hasText: title });
  await expect(absentLine).toContainText("会议缺席");
  await absentLine.scrollIntoViewIfNeeded();
  await phoneShot(b, "12-portal-absent");
  await a.goto("/portal/performance");
  await expect(a.locator(".adm-list-item", { hasText: title })).toContainText("会议请假");
  await c.reload();
  await expect(mySpeech).toContainText("已发言");
  await phoneShot(c, "13-speech-delivered");
  await c.goto("/portal/performance");
  await expect(c.locator(".adm-list-item", { hasText: speech })).toContainText("大会发言");
  await expect(c.locator(".adm-list-item", { hasText: title })).toContainText("出席会议");

  // 履职风采 about this meeting, published with a picture; the portal lists it and opens it.
  const storyTitle = `委员履职培训会侧记（${tag}）`;
  await page.getByRole("menuitem", { name: "履职风采" }).click();
  await page.getByRole("button", { name: "新建履职风采" }).click();
  const story = page.getByRole("dialog", { name: "新建履职风采" });
  await story.getByLabel("标题").fill(storyTitle);
  await expect(async () => {
    await story.getByLabel("所报道的会议活动").click();
    await story.getByLabel("所报道的会议活动").fill(tag);
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: title }).click({ timeout: 3_000 });
    await expect(story.getByTitle(title)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await story.getByLabel("正文").fill("委员们围绕提升履职能力开展学习交流，六位委员应邀参加。");
  await story.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存为草稿，请上传图片")).toBeVisible();
  const editor = page.getByRole("dialog", { name: "编辑履职风采" });
  await editor.getByLabel("图片说明").fill("学习交流现场");
  await editor.locator('input[type="file"]').setInputFiles({ name: "培训会.png", mimeType: "image/png", buffer: PNG });
  await expect(editor.getByText("【封面】学习交流现场")).toBeVisible();
  await editor.getByRole("button", { name: "发布" }).click();
  await expect(page.getByText("已发布，委员端“履职风采”可见")).toBeVisible();
  await editor.getByRole("button", { name: "关闭" }).first().click();
  await expect(page.locator(".ant-table-tbody tr.ant-table-row", { hasText: storyTitle })).toContainText("已发布");

  await c.goto("/portal/meetings?tab=stories");
  const item = c.locator(".adm-list-item", { hasText: storyTitle });
  await expect(item).toContainText(title);
  await expect(item.locator("img")).toBeVisible();
  await phoneShot(c, "14-portal-stories");
  await expect(async () => {
    await c.locator(".adm-list-item", { hasText: storyTitle }).click({ timeout: 3_000 });
    await expect(c.locator("article h1")).toHaveText(storyTitle, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(c.getByText("六位委员应邀参加")).toBeVisible();
  await expect(c.getByText("学习交流现场")).toBeVisible();
  await phoneShot(c, "15-portal-story");
  for (const p of [a, b, c]) await p.context().close();
});
