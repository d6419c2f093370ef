import { inflateRawSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// 社情民意 (issue 5): a member reports in the portal, staff review, adopt and edit it in the console, put it
// in a journal issue, export the issue as Word, publish it and record a leader's instruction; the member
// then sees 已采用 and 已批示. Screenshots land in test-results/screenshots/opinions-*.png.

const PORTAL_PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};

const problems = new WeakMap<Page, string[]>();
function watch(page: Page) {
  const list: string[] = [];
  problems.set(page, list);
  page.on("console", (m) => {
    if (m.type() === "error") list.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => list.push(`pageerror: ${e.message}`));
  return page;
}
test.beforeEach(({ page }) => void watch(page));
test.afterEach(({ page }) => expect(problems.get(page) ?? [], "browser console errors").toEqual([]));

async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  // Toasts fade by themselves; a screenshot is about what stays on the screen.
  await expect(page.locator(".ant-message-notice, .adm-toast-mask")).toHaveCount(0, { timeout: 8_000 });
  await page.waitForTimeout(400); // antd fades tables, drawers and charts in
  await page.screenshot({ path: `test-results/screenshots/opinions-${name}.png`, fullPage: opts.fullPage });
}

async function openWindow(browser: Browser, baseURL: string | undefined, opts: Parameters<Browser["newContext"]>[0] = {}) {
  const context: BrowserContext = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...opts });
  const page = watch(await context.newPage());
  return { context, page };
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** One file of a ZIP (a .docx is one): found through the central directory, inflated. */
function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd, "ZIP end record").toBeGreaterThan(0);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entry = zip.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not in the ZIP`);
}

/** A 2×2 PNG standing for a scanned instruction (real PNG bytes: the API checks the content). */
const INSTRUCTION_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFElEQVR42mP8z8DwnwEKGJEFAHVHA/1JqD8cAAAAAElFTkSuQmCC", "base64");

const drawerOf = (page: Page) => page.locator(".ant-drawer-content-wrapper");
/** A message toast of the console (antd), by its text. */
const toast = (page: Page, text: string | RegExp) => page.locator(".ant-message-notice").filter({ hasText: text });
const modal = (page: Page, title: string) => page.getByRole("dialog", { name: title });

test("a member's report is reviewed, adopted, edited, published in a journal issue with Word export, and instructed", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString().slice(-6);
  const title = `关于完善御河沿岸夜间照明设施的建议（${stamp}）`;
  const body = ["御河沿岸步道是市民夜间散步的主要场所，但部分路段照明不足。", "一是部分路灯损坏后长期未修复。二是桥下通道没有照明。", "建议：一是建立路灯巡检制度；二是增设桥下照明。"].join("\n");

  // ── Member: 写社情民意 in the portal ───────────────────────────────────────────────────────────
  const portal = await openWindow(browser, baseURL, PORTAL_PHONE);
  const p = portal.page;
  try {
    await loginPortal(p, "member");
    await expect(p).toHaveURL(/\/portal\/workbench$/);
    await p.getByRole("link", { name: "社情民意", exact: true }).click();
    await expect(p).toHaveURL(/\/portal\/opinions$/);
    await expect(p.getByRole("region", { name: "我的社情民意统计" }).or(p.getByLabel("我的社情民意统计"))).toContainText("已采用");
    await expect(p.locator(".adm-list-item").first().or(p.getByText("还没有社情民意"))).toBeVisible();
    await expectNoHorizontalOverflow(p);
    await shot(p, "01-portal-list");

    await p.getByRole("button", { name: /写社情民意/ }).first().click();
    await expect(p).toHaveURL(/\/portal\/opinions\/new$/);
    // A bad input first: no title, so the shared rule answers in Chinese and nothing is saved.
    await p.getByPlaceholder("请输入正文").fill(body);
    await p.getByRole("button", { name: "提交", exact: true }).click();
    await expect(p.getByText("请输入标题")).toBeVisible();
    await expectNoHorizontalOverflow(p);
    await shot(p, "02-portal-validation");

    await p.getByPlaceholder(/如：关于/).fill(title);
    await expect(p.getByText("请输入标题")).toBeHidden();
    // A document goes with it (checked by its content on the server).
    await p.locator("input[type=file]").setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64") });
    await expect(p.getByText("现场照片.png")).toBeVisible();
    await p.getByRole("button", { name: "提交", exact: true }).click();
    await p.locator(".adm-dialog").getByRole("button", { name: "提交" }).click();
    await expect(p).toHaveURL(/\/portal\/opinions\/[0-9a-f-]{36}$/);
    await expect(p.getByRole("heading", { name: title })).toBeVisible();
    await expect(p.getByText("待审核").first()).toBeVisible();
    await expect(p.getByTestId("opinion-body")).toContainText("桥下通道没有照明");
    await expectNoHorizontalOverflow(p);
    await shot(p, "03-portal-submitted", { fullPage: true });
  } catch (e) {
    await portal.context.close();
    throw e;
  }

  // ── Staff: 一审, 采编修改 with versions and diff, 采用 ────────────────────────────────────────────
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "信息审核" }).click();
  await expect(page).toHaveURL(/\/admin\/opinions$/);
  await page.getByRole("tab", { name: "待一审" }).click();
  await expect(page).toHaveURL(/queue=first/);
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(rows.first()).toBeVisible();
  // The search narrows the queue to our item.
  await page.getByPlaceholder("标题或报送者").fill(stamp);
  await page.getByRole("button", { name: /查\s*询/ }).click();
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("张华强");
  await expect(rows.first()).toContainText("待一审");
  await expect(page.getByText("待一审 共 1 篇")).toBeVisible();
  await shot(page, "04-admin-queue");

  await rows.first().getByText(title).click();
  const drawer = drawerOf(page);
  await expect(drawer.getByRole("heading", { name: title })).toBeVisible();
  // The member's document is there, and downloads.
  const picture = page.waitForEvent("download");
  await drawer.getByText("现场照片.png").click();
  expect((await picture).suggestedFilename()).toBe("现场照片.png");
  // Only what the machine allows now: 一审通过, 退回, 不采用 — not 采用 yet.
  await expect(drawer.getByRole("button", { name: "一审通过" })).toBeVisible();
  await expect(drawer.getByRole("button", { name: "退回" })).toBeVisible();
  await expect(drawer.getByRole("button", { name: "不采用（转弃）" })).toBeVisible();
  await expect(drawer.getByRole("button", { name: "采用（二审通过）" })).toHaveCount(0);
  await shot(page, "05-admin-detail");

  await drawer.getByRole("button", { name: "一审通过" }).click();
  await modal(page, "一审通过").getByLabel("审核意见").fill("情况属实，建议采用。");
  await modal(page, "一审通过").getByRole("button", { name: "确定一审通过" }).click();
  await expect(toast(page, "一审已通过，进入二审")).toBeVisible();
  await expect(drawer.locator(".ant-tag", { hasText: "待二审" })).toBeVisible();

  // 采编修改: the original stays as version 1; the diff shows what changed.
  await drawer.getByRole("button", { name: "采编修改" }).click();
  const edit = modal(page, "采编修改");
  await edit.getByLabel("正文").fill(body.replace("建议：", "建议：一是由市城管局牵头；").replace("二是增设桥下照明。", "二是增设桥下照明，优先使用太阳能灯具。"));
  await edit.getByLabel("修改说明").fill("补充牵头单位");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(toast(page, "已保存修改，原文保留在版本记录中")).toBeVisible();
  await drawer.getByRole("tab", { name: /版本与修改（2）/ }).click();
  const diff = drawer.getByTestId("opinion-diff");
  await expect(diff).toContainText("新增 1 行，删除 1 行");
  await expect(diff).toContainText("优先使用太阳能灯具");
  await diff.scrollIntoViewIfNeeded();
  await shot(page, "06-admin-diff");

  await drawer.getByRole("button", { name: "采用（二审通过）" }).click();
  await modal(page, "采用（二审通过）").getByRole("button", { name: "确定采用" }).click();
  await expect(toast(page, /^已采用$/)).toBeVisible();
  await expect(drawer.locator(".ant-tag", { hasText: "已采用待编辑" })).toBeVisible();
  await page.locator(".ant-drawer-close").click();
  await expect(drawer).toBeHidden();

  // ── 刊物: a new issue, the adopted item in it, Word export, publish ───────────────────────────
  await page.getByRole("menuitem", { name: "刊物管理" }).click();
  await expect(page).toHaveURL(/\/admin\/opinions\/journals$/);
  await expect(rows.first()).toBeVisible();
  await page.getByRole("button", { name: "新建期刊" }).click();
  const create = modal(page, "新建期刊");
  await create.getByRole("button", { name: /新\s*建/ }).click();
  await expect(create.getByText("请选择刊物")).toBeVisible();
  await create.getByLabel("刊物").click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "《社情民意》" }).first().click();
  await create.getByLabel("本期标题").fill(`城市管理专辑 ${stamp}`);
  await create.getByLabel("责任编辑").fill("王晓东");
  await create.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page).toHaveURL(/\/admin\/opinions\/journals\/[0-9a-f-]{36}$/);
  const heading = page.locator(".ant-card-head-title").first();
  await expect(heading).toContainText(/《社情民意》\d{4}年第\d+期/);
  const issueLabel = ((await heading.textContent()) ?? "").match(/\d{4}年第\d+期/)![0];
  await expect(page.getByText("本期还没有信息")).toBeVisible();

  await page.getByRole("button", { name: "添加信息" }).click();
  const pick = page.getByRole("dialog", { name: /添加信息到/ });
  await pick.getByLabel("查找已采用信息").fill(stamp);
  await pick.getByRole("button", { name: "查询" }).click();
  const candidate = pick.locator("tr.ant-table-row", { hasText: title });
  await expect(candidate).toBeVisible();
  await candidate.locator(".ant-checkbox-input").check();
  await pick.getByRole("button", { name: "编入本期（1 篇）" }).click();
  await expect(toast(page, "已编入 1 篇")).toBeVisible();
  const issueRows = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(issueRows).toHaveCount(1);
  await expect(issueRows.first()).toContainText(title);
  await shot(page, "07-admin-issue");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 Word" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const docx = await readFile(await file.path());
  expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
  const xml = unzipEntry(docx, "word/document.xml").replace(/<[^>]+>/g, "");
  expect(xml).toContain(issueLabel);
  expect(xml).toContain(title);
  expect(xml).toContain("优先使用太阳能灯具"); // the edited text, not the original
  await expect(toast(page, /已导出 .*\.docx/)).toBeVisible();

  await page.getByRole("button", { name: "打印预览" }).click();
  await expect(page.getByTestId("issue-print")).toContainText(title);
  await shot(page, "08-admin-print");
  await page.getByRole("dialog", { name: "打印预览" }).locator(".ant-modal-footer").getByRole("button", { name: "关闭" }).click();

  await page.getByRole("button", { name: "刊发" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "刊发" }).click();
  await expect(toast(page, `《社情民意》${issueLabel}已刊发`)).toBeVisible();
  await expect(page.locator(".ant-card-head-title").first()).toContainText("已刊发");
  await expect(page.getByRole("button", { name: "添加信息" })).toHaveCount(0);

  // ── 批示: a leader's instruction on the published item; the red 已批示 mark shows ─────────────
  await issueRows.first().getByText(title).click();
  await expect(drawer.getByRole("heading", { name: title })).toBeVisible();
  await drawer.getByRole("button", { name: "登记批示" }).click();
  const instr = modal(page, "登记批示反馈");
  await instr.getByRole("button", { name: "登记" }).click();
  await expect(instr.getByText("请输入批示人或单位")).toBeVisible();
  await instr.getByLabel("批示人或单位").fill("李建华");
  await instr.getByLabel("职务").fill("市长");
  await instr.getByLabel("批示内容").fill("请市城管局认真研究，提出具体落实措施。");
  // The scanned instruction goes with it: a file that is not a document is refused in the picker already.
  await instr.locator("input[type=file]").setInputFiles({ name: "批示.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
  await expect(toast(page, "批示.exe：只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG 文件")).toBeVisible();
  await instr.locator("input[type=file]").setInputFiles({ name: "领导批示件.png", mimeType: "image/png", buffer: INSTRUCTION_PNG });
  await expect(instr.locator(".ant-upload-list-item")).toHaveCount(1);
  await expect(instr.locator(".ant-upload-list-item")).toContainText("领导批示件.png");
  await shot(page, "09a-admin-instruction-form");
  await instr.getByRole("button", { name: "登记" }).click();
  await expect(toast(page, "已登记领导批示，附件 1 个")).toBeVisible();
  await expect(drawer.locator(".ant-tag", { hasText: "已批示" })).toBeVisible();
  // The file is listed with the instruction, and downloads as it was uploaded.
  await drawer.getByRole("tab", { name: "批示反馈（1）" }).click();
  const scan = drawer.getByTestId("instruction-attachments").getByText("领导批示件.png");
  await expect(scan).toBeVisible();
  await shot(page, "09b-admin-instruction-files");
  const scanned = page.waitForEvent("download");
  await scan.click();
  const scannedFile = await scanned;
  expect(scannedFile.suggestedFilename()).toBe("领导批示件.png");
  expect(await readFile((await scannedFile.path())!)).toEqual(INSTRUCTION_PNG);
  await page.locator(".ant-drawer-close").click();
  await expect(drawer).toBeHidden();
  const mark = issueRows.first().getByRole("button", { name: /已批示/ });
  await expect(mark).toBeVisible();
  await mark.click();
  await expect(page.locator(".ant-popover")).toContainText("请市城管局认真研究");
  await expect(page.locator(".ant-popover")).toContainText("领导批示件.png");
  await shot(page, "09-admin-instructed");

  // The 已批示 filter finds it in the full list.
  await page.getByRole("menuitem", { name: "信息审核" }).click();
  await page.getByPlaceholder("标题或报送者").fill(stamp);
  await page.locator(".ant-form-item", { hasText: "批示" }).locator(".ant-select").click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "已批示" }).click();
  await page.getByRole("button", { name: /查\s*询/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("已刊发");
  await expect(rows.first().getByRole("button", { name: /已批示/ })).toBeVisible();

  await page.getByRole("menuitem", { name: "社情民意统计" }).click();
  await expect(page.getByTestId("opinion-chart").first()).toBeVisible();
  await expect(page.getByText("社情民意报送统计表")).toBeVisible();
  await page.waitForTimeout(1_000); // the charts draw themselves in
  await shot(page, "10-admin-statistics", { fullPage: true });

  // ── Member: 已采用 and the instruction show in the portal ─────────────────────────────────────
  try {
    await p.goto("/portal/opinions");
    const item = p.locator(".adm-list-item", { hasText: title });
    await expect(item).toContainText("已采用");
    await expect(item).toContainText("已批示");
    await expect(item).toContainText("已刊发");
    await shot(p, "11-portal-adopted");
    await item.click();
    const feedback = p.getByLabel("采用与批示");
    await expect(feedback).toContainText("已采用");
    await expect(feedback).toContainText(`编入《社情民意》${issueLabel}`);
    await expect(feedback).toContainText("领导批示");
    await expect(feedback).toContainText("李建华（市长）");
    // The instruction's file is there for the member, and downloads.
    const files = p.locator(".adm-list", { hasText: "领导批示附件（李建华）" });
    await expect(files).toContainText("领导批示件.png");
    const got = p.waitForEvent("download");
    await files.getByText("领导批示件.png").click();
    const gotFile = await got;
    expect(gotFile.suggestedFilename()).toBe("领导批示件.png");
    expect(await readFile((await gotFile.path())!)).toEqual(INSTRUCTION_PNG);
    await expectNoHorizontalOverflow(p);
    await shot(p, "12-portal-feedback", { fullPage: true });
    expect(problems.get(p) ?? []).toEqual([]);
  } finally {
    await portal.context.close();
  }
});

test("a returned report carries its reason back to the member, who revises and resubmits it", async ({ page, browser, baseURL }) => {
  const stamp = Date.now().toString().slice(-6);
  const title = `关于增设社区老年食堂的建议（${stamp}）`;
  const portal = await openWindow(browser, baseURL, PORTAL_PHONE);
  const p = portal.page;
  try {
    await loginPortal(p, "member");
    await expect(p).toHaveURL(/\/portal\/workbench$/);
    await p.goto("/portal/opinions/new");
    await p.getByPlaceholder(/如：关于/).fill(title);
    await p.getByPlaceholder("请输入正文").fill("我市老年人口增多，社区就餐需求大。建议增设社区老年食堂。");
    await p.getByRole("button", { name: "保存草稿" }).click();
    await expect(p.getByText("草稿已保存")).toBeVisible();
    await expect(p.getByText("草稿", { exact: true }).first()).toBeVisible();
    await p.getByRole("button", { name: "提交", exact: true }).click();
    await p.locator(".adm-dialog").getByRole("button", { name: "提交" }).click();
    await expect(p.getByText("待审核").first()).toBeVisible();

    await loginAdmin(page, "staff");
    await expect(page.getByRole("menuitem", { name: "信息审核" })).toBeVisible();
    await page.goto(`/admin/opinions?queue=first&q=${stamp}`);
    await page.locator(".ant-table-tbody tr.ant-table-row", { hasText: title }).getByText(title).click();
    const drawer = drawerOf(page);
    await drawer.getByRole("button", { name: "退回" }).click();
    const ret = modal(page, "退回报送者");
    await ret.getByRole("button", { name: "确定退回" }).click();
    await expect(ret.getByText("请填写退回理由")).toBeVisible();
    await ret.getByLabel("退回理由").fill("请补充所在社区的老年人口和就餐需求数据。");
    await ret.getByRole("button", { name: "确定退回" }).click();
    await expect(toast(page, "已退回报送者")).toBeVisible();
    await expect(drawer.getByText("请补充所在社区的老年人口和就餐需求数据。")).toBeVisible();

    await p.reload();
    await expect(p.getByText("已退回：请补充所在社区的老年人口和就餐需求数据。")).toBeVisible();
    await shot(p, "13-portal-returned");
    await p.getByRole("button", { name: "修改" }).click();
    await expect(p).toHaveURL(/\/edit$/);
    await p.getByPlaceholder("请输入正文").fill("我市 60 岁以上老年人口约 70 万，社区就餐需求大。建议增设社区老年食堂。");
    await p.getByRole("button", { name: "提交", exact: true }).click();
    await p.locator(".adm-dialog").getByRole("button", { name: "提交" }).click();
    await expect(p).toHaveURL(/\/portal\/opinions\/[0-9a-f-]{36}$/);
    await expect(p.getByText("待审核").first()).toBeVisible();
    expect(problems.get(p) ?? []).toEqual([]);
  } finally {
    await portal.context.close();
  }
});

test("joint submission (联名): the invited member confirms in the portal and the item goes to review", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString().slice(-6);
  const title = `关于规范共享单车停放的建议（${stamp}）`;
  const invitee = await openWindow(browser, baseURL, PORTAL_PHONE);
  const author = await openWindow(browser, baseURL, PORTAL_PHONE);
  try {
    const b = invitee.page;
    await loginPortal(b, "dt.wy0001");
    const greeting = b.getByRole("heading", { level: 1 });
    await expect(greeting).toContainText("，");
    const name = ((await greeting.textContent()) ?? "").split("，").pop()!.trim();

    const a = author.page;
    await loginPortal(a, "member");
    await expect(a).toHaveURL(/\/portal\/workbench$/);
    await a.goto("/portal/opinions/new");
    await a.getByPlaceholder(/如：关于/).fill(title);
    await a.getByPlaceholder("请输入正文").fill("共享单车乱停放占用盲道。建议划定停放区并加强企业管理责任。");
    await a.getByRole("button", { name: "邀请联名委员（选填）" }).click();
    await a.getByPlaceholder("输入委员姓名或拼音").fill(name);
    await a.locator(".adm-check-list-item", { hasText: name }).first().click();
    await a.getByRole("button", { name: "完成（已选 1 人）" }).click();
    await expect(a.getByLabel(`移除联名委员${name}`)).toBeVisible();
    await a.getByRole("button", { name: "提交", exact: true }).click();
    await expect(a.locator(".adm-dialog")).toContainText(`将请 ${name} 确认联名`);
    await a.locator(".adm-dialog").getByRole("button", { name: "提交" }).click();
    await expect(a.getByText("待联名确认").first()).toBeVisible();
    await expect(a.getByText("等待联名委员确认，全部答复后进入审核。")).toBeVisible();

    await b.goto("/portal/opinions");
    const invites = b.getByLabel("待我确认的联名");
    await expect(invites).toContainText(title);
    await invites.getByText(title).click();
    await expect(b.getByText(/邀请您联名报送这条社情民意/)).toBeVisible();
    await expectNoHorizontalOverflow(b);
    await shot(b, "14-portal-cosign");
    await b.getByRole("button", { name: "确认联名" }).click();
    await b.locator(".adm-dialog").getByRole("button", { name: "确认联名" }).click();
    await expect(b.getByText("已确认联名")).toBeVisible();
    await expect(b.getByText("待审核").first()).toBeVisible();

    await a.reload();
    await expect(a.getByText("待审核").first()).toBeVisible();
    await expect(a.locator(".adm-list-item", { hasText: name })).toContainText("已确认");
    expect(problems.get(a) ?? []).toEqual([]);
    expect(problems.get(b) ?? []).toEqual([]);
  } finally {
    await invitee.context.close();
    await author.context.close();
  }
});
