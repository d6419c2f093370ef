import ExcelJS from "exceljs";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// Members, sessions and organisation (issue 3): the staff console screens and the member's own profile.
// Screenshots land in test-results/screenshots/members-*.png, to be looked at by a person.

const PORTAL_PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};

// Whatever a page says at error level is a defect (failed requests, React and antd warnings).
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
  await page.waitForTimeout(400); // antd fades tables and drawers in
  await page.screenshot({ path: `test-results/screenshots/members-${name}.png`, fullPage: opts.fullPage });
}

/** A second browser window (its own cookies) for the other side of a workflow. */
async function openWindow(browser: Browser, baseURL: string | undefined, opts: Parameters<Browser["newContext"]>[0] = {}) {
  const context: BrowserContext = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...opts });
  const page = watch(await context.newPage());
  return { context, page };
}

/** Picks an option of a single antd Select (its options live in a popup outside the field). */
async function pickOption(page: Page, select: Locator, label: string) {
  const popup = page.locator(".ant-select-dropdown:visible");
  // Under load a click can land while the popup is still sliding in and be lost: pick until it shows.
  // A popup still open is either this one from a lost click (already filtered: pick again) or the previous
  // select's, fading out (no such option there: the next round opens this one).
  await expect(async () => {
    if ((await popup.count()) === 0) {
      await select.click();
      // Long lists are virtual: type to bring the option into the rendered part.
      await page.keyboard.type(label);
    }
    await popup.locator(".ant-select-item-option", { hasText: label }).first().click({ timeout: 3_000 });
    await expect(select).toContainText(label, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

const formItem = (scope: Locator, label: string) => scope.locator(".ant-form-item").filter({ has: scope.page().locator(`label[title="${label}"]`) });
const membersTable = (page: Page) => page.locator(".ant-table-tbody").first();

async function openMembers(page: Page) {
  await page.getByRole("menuitem", { name: "委员信息" }).click();
  await expect(page).toHaveURL(/\/admin\/members$/);
  await expect(membersTable(page).locator("tr.ant-table-row").first()).toBeVisible();
}

async function searchMembersByName(page: Page, text: string) {
  const box = page.getByPlaceholder("姓名/拼音/首字母，如 zhq");
  await box.fill(text);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`name=${encodeURIComponent(text)}`));
  await expect(page.locator(".ant-table .ant-spin-spinning")).toHaveCount(0);
}

/** No sideways scrolling on a phone. */
async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** A 3:4 portrait drawn in the browser (a silhouette on a blue backdrop, like an ID photo), as PNG bytes. */
async function portraitPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement("canvas");
    c.width = 300;
    c.height = 400;
    const g = c.getContext("2d")!;
    g.fillStyle = "#3b7dd8";
    g.fillRect(0, 0, 300, 400);
    g.fillStyle = "#f2d6bd";
    g.beginPath();
    g.arc(150, 150, 70, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = "#2b2b2b";
    g.beginPath();
    g.ellipse(150, 400, 130, 150, 0, Math.PI, 0);
    g.fill();
    return c.toDataURL("image/png");
  });
  return Buffer.from(dataUrl.split(",")[1]!, "base64");
}

test("staff find 张华强 by the pinyin initials zhq, reveal the phone and read the profile", async ({ page }) => {
  await loginAdmin(page, "staff");
  await expect(page.getByRole("menuitem", { name: "委员信息" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "修改审核" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "委员统计" })).toBeVisible();
  await openMembers(page);
  // The current session is the default.
  await expect(formItem(page.locator('form[aria-label="委员查询条件"]'), "届次")).toContainText("第十五届");
  await expect(page.getByText(/第十五届 共 \d+ 名委员/)).toBeVisible();
  await shot(page, "01-list");

  await searchMembersByName(page, "zhq");
  const row = membersTable(page).locator("tr.ant-table-row", { hasText: "张华强" });
  await expect(row).toBeVisible();
  await expect(row).toContainText("中国民主同盟");
  await expect(row).toContainText("经济界");
  await expect(row.getByTestId("phone-masked")).toHaveText("138****5678");
  await shot(page, "02-search-zhq");

  // The filter lives in the address: a reload shows the same list.
  await page.reload();
  await expect(page.getByPlaceholder("姓名/拼音/首字母，如 zhq")).toHaveValue("zhq");
  await expect(membersTable(page).locator("tr.ant-table-row", { hasText: "张华强" })).toBeVisible();

  // Revealing the full number is allowed with member:reveal-pii, and said to be recorded.
  await membersTable(page).getByRole("button", { name: "查看张华强的完整手机号码" }).click();
  await expect(page.getByText("已记录查看操作").first()).toBeVisible();
  await expect(membersTable(page).getByTestId("phone-full")).toHaveText("13812345678");

  // Full pinyin and Chinese substrings find the same person.
  await searchMembersByName(page, "华强");
  await expect(membersTable(page).locator("tr.ant-table-row", { hasText: "张华强" })).toBeVisible();

  // 导出 Excel of the filtered list; full numbers are offered with member:reveal-pii.
  await page.getByRole("button", { name: "导出 Excel" }).click();
  const exportDialog = page.getByRole("dialog", { name: "导出 Excel" });
  await expect(exportDialog).toContainText("按当前查询条件与排序导出 1 名委员");
  await exportDialog.getByText("含完整手机号").click();
  const file = page.waitForEvent("download");
  await exportDialog.getByRole("button", { name: "导出", exact: true }).click();
  expect((await file).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByText(/已导出 1 名委员（含完整手机号/)).toBeVisible();
  await expect(exportDialog).toBeHidden();

  await membersTable(page).getByText("张华强", { exact: true }).click();
  const drawer = page.getByRole("dialog", { name: "委员详情：张华强" });
  await expect(drawer).toContainText("1975-06-18");
  await expect(drawer).toContainText("研究生（硕士）");
  await expect(drawer).toContainText("大同市新能源发展有限公司 总经理");
  await expect(drawer).toContainText("历届任职");
  await expect(drawer.locator(".ant-table-tbody tr", { hasText: "第十五届" })).toContainText("经济委员会");
  await expect(drawer.locator(".ant-table-tbody tr", { hasText: "第十四届" })).toBeVisible();
  await shot(page, "03-detail");

  // 委员照片: a file that is not an image is refused in Chinese; a PNG shows at once.
  await expect(drawer.getByRole("img", { name: "暂无照片" })).toBeVisible();
  const picker = drawer.locator('input[type="file"]');
  await picker.setInputFiles({ name: "简历.txt", mimeType: "text/plain", buffer: Buffer.from("不是图片") });
  await expect(page.getByText("照片须为 JPG、PNG 或 WebP 图片")).toBeVisible();
  const png = await portraitPng(page);
  await picker.setInputFiles({ name: "张华强.png", mimeType: "image/png", buffer: png });
  await expect(page.getByText("已更新 张华强 的照片")).toBeVisible();
  await expect(drawer.getByRole("img", { name: "张华强的照片" })).toBeVisible();
  await expect(drawer.getByRole("button", { name: "更换" })).toBeVisible();
  await expect(page.locator(".ant-message-notice")).toHaveCount(0, { timeout: 15_000 });
  await shot(page, "03b-photo");
});

test("staff add a member with the form: shared rules and Chinese messages on the fields", async ({ page }) => {
  await loginAdmin(page, "staff");
  await openMembers(page);
  await page.getByRole("button", { name: "新增委员" }).click();
  const drawer = page.getByRole("dialog", { name: "新增委员" });
  await drawer.getByRole("button", { name: "保存" }).click();
  for (const msg of ["请输入姓名", "请选择性别", "请输入出生日期", "请选择民族", "请选择学历", "请输入工作单位职务", "请输入手机号码", "请选择界别", "请选择党派"]) {
    await expect(drawer.locator(".ant-form-item-explain-error", { hasText: msg })).toBeVisible();
  }
  await shot(page, "04-create-errors");

  await drawer.getByLabel("姓名", { exact: true }).fill("欧阳明远");
  await drawer.getByLabel("男").check();
  await drawer.getByLabel("出生日期").fill("1979-09-12");
  await drawer.getByLabel("出生日期").press("Enter");
  await pickOption(page, formItem(drawer, "民族").locator(".ant-select"), "回族");
  await drawer.getByLabel("籍贯").fill("山西朔州");
  await pickOption(page, formItem(drawer, "学历").locator(".ant-select"), "大学本科");
  await drawer.getByLabel("工作单位职务").fill("大同市第一中学 校长");
  await drawer.getByLabel("手机号码").fill("1234567");
  await pickOption(page, formItem(drawer, "界别").locator(".ant-select"), "教育界");
  await pickOption(page, formItem(drawer, "党派").locator(".ant-select"), "中国民主促进会");
  await drawer.getByRole("button", { name: "保存" }).click();
  await expect(drawer.getByText("手机号码应为 11 位大陆手机号")).toBeVisible();
  await drawer.getByLabel("手机号码").fill("13512340099");
  await drawer.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已新增委员 欧阳明远")).toBeVisible();
  // antd gives the focus back to the opening button once the drawer has gone: wait for that.
  await expect(drawer).toBeHidden();

  await searchMembersByName(page, "oymy");
  const row = membersTable(page).locator("tr.ant-table-row", { hasText: "欧阳明远" });
  await expect(row).toContainText("教育界");
  await expect(row).toContainText("中国民主促进会");
  await expect(row).toContainText("135****0099");

  // Edit: the form opens filled in; an empty phone field keeps the number on file.
  await row.getByRole("button", { name: "编辑" }).click();
  const edit = page.getByRole("dialog", { name: "编辑委员：欧阳明远" });
  await expect(edit.getByLabel("工作单位职务")).toHaveValue("大同市第一中学 校长");
  await expect(edit.getByText("当前号码 135****0099；留空则不修改")).toBeVisible();
  await edit.getByLabel("工作单位职务").fill("大同市第一中学 党委书记、校长");
  await pickOption(page, formItem(edit, "委员类型").locator(".ant-select"), "常委");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存委员 欧阳明远 的信息")).toBeVisible();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("党委书记、校长");
  await expect(row).toContainText("常委");
  await expect(row).toContainText("135****0099");

  // Delete with confirmation.
  await row.getByRole("button", { name: "删除" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "删除" }).click();
  await expect(page.getByText("已删除委员 欧阳明远 的档案")).toBeVisible();
  await expect(membersTable(page)).toContainText("没有符合条件的委员");
});

test("a member changes their phone in the portal, staff approve it, and the new number shows", async ({ page, browser, baseURL }) => {
  const newPhone = "13900001234";
  const portal = await openWindow(browser, baseURL, PORTAL_PHONE);
  const p = portal.page;
  try {
    await loginPortal(p, "dt.wy0010");
    await expect(p).toHaveURL(/\/portal\/workbench$/);
    await p.getByRole("link", { name: "我的档案", exact: true }).click();
    await expect(p).toHaveURL(/\/portal\/profile$/);
    const name = (await p.locator("h2").first().textContent())!.trim();
    expect(name.length).toBeGreaterThan(1);
    const oldPhone = (await p.getByTestId("my-mobile").textContent())!.trim();
    expect(oldPhone).toMatch(/^1\d{10}$/); // the member sees their own number in full
    await expect(p.getByText("暂无修改申请")).toBeVisible();
    await expectNoHorizontalOverflow(p);
    await p.screenshot({ path: "test-results/screenshots/members-05-portal-profile.png", fullPage: true });

    await p.getByRole("button", { name: "申请修改" }).click();
    await expect(p).toHaveURL(/\/portal\/profile\/edit$/);
    await expect(p.getByText("审核通过后生效").first()).toBeVisible();
    const mobile = p.locator(".adm-form-item", { hasText: "手机号码" }).locator("input");
    await mobile.fill("1390000");
    await p.getByRole("button", { name: "提交审核" }).click();
    await expect(p.getByText("手机号码应为 11 位大陆手机号")).toBeVisible();
    await mobile.fill(newPhone);
    await expectNoHorizontalOverflow(p);
    await p.screenshot({ path: "test-results/screenshots/members-06-portal-edit.png" });
    await p.getByRole("button", { name: "提交审核" }).click();
    await expect(p).toHaveURL(/\/portal\/profile$/);
    await expect(p.getByText("您有一份修改申请正在审核中")).toBeVisible();
    // Nothing changes before staff approve.
    await expect(p.getByTestId("my-mobile")).toHaveText(oldPhone);
    const request = p.locator(".adm-list-item", { hasText: "修改手机号码" });
    await expect(request).toContainText("待审核");
    await expect(p.getByRole("button", { name: "申请修改" })).toBeDisabled();
    await request.click();
    const sheet = p.locator(".adm-popup-body");
    await expect(sheet).toContainText(oldPhone);
    await expect(sheet).toContainText(newPhone);
    await expect(sheet.getByRole("button", { name: "撤回申请" })).toBeVisible();
    await expectNoHorizontalOverflow(p);
    await p.screenshot({ path: "test-results/screenshots/members-07-portal-request.png" });
    await p.locator(".adm-popup-close-icon").click();

    // Staff review it: old value (masked) → new value, then approve.
    await loginAdmin(page, "staff");
    await page.getByRole("menuitem", { name: "修改审核" }).click();
    const pendingRow = page.locator(".ant-table-tbody tr", { hasText: name }).filter({ hasText: "手机号码" });
    await expect(pendingRow).toContainText("待审核");
    await shot(page, "08-review-list");
    await pendingRow.getByRole("button", { name: "审核" }).click();
    const drawer = page.getByRole("dialog", { name: `审核修改申请：${name}` });
    const diff = drawer.getByTestId("change-diff");
    await expect(diff).toContainText("手机号码");
    await expect(diff).toContainText(`${oldPhone.slice(0, 3)}****${oldPhone.slice(-4)}`);
    await expect(diff).toContainText(newPhone);
    await shot(page, "09-review-drawer");
    await drawer.getByRole("button", { name: "通过" }).click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: "通过" }).click();
    await expect(page.getByText(`已通过 ${name} 的修改申请，修改已生效`)).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(page.locator(".ant-table-tbody tr", { hasText: name }).filter({ hasText: "手机号码" })).toHaveCount(0);

    // Staff see the new number when they reveal it.
    await page.getByRole("menuitem", { name: "委员信息" }).click();
    await searchMembersByName(page, name);
    const row = membersTable(page).locator("tr.ant-table-row", { hasText: name });
    await expect(row.getByTestId("phone-masked")).toHaveText(`139****1234`);
    await row.getByRole("button", { name: `查看${name}的完整手机号码` }).click();
    await expect(row.getByTestId("phone-full")).toHaveText(newPhone);

    // …and so does the member, with the outcome of the request.
    await p.reload();
    await expect(p.getByTestId("my-mobile")).toHaveText(newPhone);
    await expect(p.locator(".adm-list-item", { hasText: "修改手机号码" })).toContainText("已通过");
    await expect(p.getByRole("button", { name: "申请修改" })).toBeEnabled();
    await p.screenshot({ path: "test-results/screenshots/members-10-portal-approved.png", fullPage: true });
    expect(problems.get(p) ?? []).toEqual([]);
  } finally {
    await portal.context.close();
  }
});

test("a rejection needs a reason, the member reads it, and another member withdraws a request", async ({ page, browser, baseURL }) => {
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "修改审核" }).click();
  // dt.wy0003's seeded request changes 工作单位职务.
  const row = page.locator(".ant-table-tbody tr", { hasText: "工作单位职务" }).first();
  const name = (await row.locator("td").first().textContent())!.trim();
  await row.getByRole("button", { name: "审核" }).click();
  const drawer = page.getByRole("dialog", { name: `审核修改申请：${name}` });
  await expect(drawer.getByTestId("change-diff")).toContainText("大同市人民政府办公室 副主任");
  await drawer.getByRole("button", { name: "驳回" }).click();
  await drawer.getByRole("button", { name: "确认驳回" }).click();
  await expect(drawer.getByText("请填写驳回理由")).toBeVisible();
  await drawer.getByLabel("驳回理由").fill("任职文件尚未下达，请下达后再提交");
  await shot(page, "11-reject");
  await drawer.getByRole("button", { name: "确认驳回" }).click();
  await expect(page.getByText(`已驳回 ${name} 的修改申请`)).toBeVisible();
  await page.locator(".ant-segmented-item", { hasText: "已驳回" }).click();
  await expect(page.locator(".ant-table-tbody tr", { hasText: name }).first()).toContainText("已驳回");

  const portal = await openWindow(browser, baseURL, PORTAL_PHONE);
  try {
    await loginPortal(portal.page, "dt.wy0003");
    await portal.page.getByRole("link", { name: "我的档案", exact: true }).click();
    const item = portal.page.locator(".adm-list-item", { hasText: "修改工作单位职务" });
    await expect(item).toContainText("已驳回");
    await expect(item).toContainText("驳回理由：任职文件尚未下达，请下达后再提交");
    await expectNoHorizontalOverflow(portal.page);
    await portal.page.screenshot({ path: "test-results/screenshots/members-12-portal-rejected.png", fullPage: true });
    expect(problems.get(portal.page) ?? []).toEqual([]);
  } finally {
    await portal.context.close();
  }

  // Another member withdraws their pending request (dt.wy0004's seeded 单位联系地址 change).
  const other = await openWindow(browser, baseURL, PORTAL_PHONE);
  try {
    const p = other.page;
    await loginPortal(p, "dt.wy0004");
    await p.getByRole("link", { name: "我的档案", exact: true }).click();
    await expect(p.getByText("您有一份修改申请正在审核中")).toBeVisible();
    await expect(p.getByRole("button", { name: "申请修改" })).toBeDisabled();
    await p.locator(".adm-list-item", { hasText: "修改单位联系地址" }).click();
    await p.locator(".adm-popup-body").getByRole("button", { name: "撤回申请" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "撤回", exact: true }).click();
    await expect(p.getByText("已撤回", { exact: true }).first()).toBeVisible();
    await expect(p.locator(".adm-list-item", { hasText: "修改单位联系地址" })).toContainText("已撤回");
    await expect(p.getByRole("button", { name: "申请修改" })).toBeEnabled();
    expect(problems.get(p) ?? []).toEqual([]);
  } finally {
    await other.context.close();
  }
});

test("the statistics page draws its pie and bar charts", async ({ page }) => {
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "委员统计" }).click();
  await expect(page).toHaveURL(/\/admin\/members\/statistics$/);
  await expect(page.getByText(/第十五届委员总数/)).toBeVisible();
  const charts = page.getByTestId("stat-chart").locator("canvas");
  await expect(async () => expect(await charts.count()).toBeGreaterThanOrEqual(8)).toPass();
  for (const t of ["党派", "界别", "性别", "年龄段", "学历", "专委会", "委员类型", "民族"]) await expect(page.getByTestId(`stat-${t}`)).toBeVisible();
  await expect(page.getByTestId("stat-党派").locator(".ant-table-tbody")).toContainText("中国民主同盟");
  await expect(page.getByTestId("stat-性别").locator(".ant-table-tbody")).toContainText("%");
  await page.waitForTimeout(800); // chart animations
  await shot(page, "13-statistics", { fullPage: true });
  await page.getByTestId("stat-党派").scrollIntoViewIfNeeded();
  await shot(page, "14-statistics-viewport");

  // A chart can switch between pie and bar.
  await page.getByTestId("stat-界别").getByText("柱状图").click();
  await page.getByTestId("stat-界别").scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  await page.getByTestId("stat-界别").screenshot({ path: "test-results/screenshots/members-15-sector-bar.png" });

  // Excel export is a real .xlsx download.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});

const IMPORT_HEADERS = ["姓名", "性别", "出生日期", "民族", "籍贯", "学历", "工作单位职务", "单位联系地址", "手机号码", "曾用名", "界别", "党派", "专委会", "委员类型", "用户名"];

async function xlsx(rows: (string | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("委员");
  ws.addRow(IMPORT_HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const goodRow = (name: string, birth: string, mobile: string) => [name, "女", birth, "汉族", "山西大同", "大学本科", "大同市第三人民医院 主任医师", "大同市平城区", mobile, null, "医药卫生界", "中国农工民主党", "教科卫体委员会", "委员", null];

test("a bad import file shows every bad row; a good one imports", async ({ page }) => {
  await loginAdmin(page, "staff");
  await openMembers(page);
  await page.getByRole("button", { name: "批量导入" }).click();
  const dialog = page.getByRole("dialog", { name: "批量导入委员" });
  await expect(formItem(dialog, "导入到届次")).toContainText("第十五届");

  const template = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "下载导入模板" }).click();
  expect((await template).suggestedFilename()).toMatch(/\.xlsx$/);

  const bad = await xlsx([
    goodRow("导入测试甲", "1980-05-01", "13700000001"),
    ["导入测试乙", "未知", "1981-02-30", "汉族", null, "大学本科", "大同市某公司 经理", null, "12345", null, "经济界", "中国民主同盟", null, "委员", null],
    ["导入测试丙", "女", "1982-03-03", "汉族", null, "大学本科", "大同市某公司 会计", null, "13700000003", null, "不存在的界别", "中国民主同盟", null, "委员", null],
  ]);
  await dialog.locator("input[type=file]").setInputFiles({ name: "委员导入-有错误.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bad });
  await expect(dialog.getByText("校验未通过：2 行有错误")).toBeVisible();
  const errors = dialog.getByTestId("import-errors");
  await expect(errors.locator("thead")).toContainText("行号");
  await expect(errors.locator("thead")).toContainText("列");
  await expect(errors.locator("thead")).toContainText("错误");
  await expect(errors.locator("tr", { hasText: "性别应为“男”或“女”" })).toContainText("3");
  await expect(errors.locator("tr", { hasText: "手机号码应为 11 位大陆手机号" })).toContainText("手机号码");
  await expect(errors.locator("tr", { hasText: "出生日期不是有效日期" })).toContainText("出生日期");
  await expect(errors.locator("tr", { hasText: "界别“不存在的界别”不存在" })).toContainText("4");
  await expect(dialog.getByRole("button", { name: "开始导入" })).toBeDisabled();
  await shot(page, "16-import-errors");

  const good = await xlsx([goodRow("导入测试甲", "1980-05-01", "13700000001"), goodRow("导入测试丁", "1984-07-21", "13700000004")]);
  await dialog.locator("input[type=file]").setInputFiles({ name: "委员导入.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: good });
  await expect(dialog.getByText("校验通过，共 2 行")).toBeVisible();
  await shot(page, "17-import-ok");
  await dialog.getByRole("button", { name: "确认导入 2 名委员" }).click();
  await expect(dialog.getByText("导入完成：已导入 2 名委员")).toBeVisible();
  await dialog.getByRole("button", { name: "完成" }).click();
  await expect(dialog).toBeHidden();

  await searchMembersByName(page, "导入测试");
  await expect(membersTable(page).locator("tr.ant-table-row")).toHaveCount(2);
  await expect(membersTable(page)).toContainText("医药卫生界");
});

test("organisation: sessions, dictionaries and units", async ({ page }) => {
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "届次管理" }).click();
  // Rows of the sessions table (the expanded meetings are rows of a nested table).
  const current = page.locator("tr.ant-table-row", { hasText: "2022—2026 年" });
  await expect(current).toContainText("本届");
  await expect(current).toContainText("2022—2026 年");
  // The current session opens with its meetings.
  await expect(page.getByText("第十五届 第三次会议")).toBeVisible();
  await shot(page, "18-sessions");

  // A session with members cannot be deleted: the server says why, in Chinese.
  await current.getByRole("button", { name: "删除" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "删除" }).click();
  await expect(page.getByText(/第十五届已有 \d+ 名委员、5 次会议的数据，不能删除/)).toBeVisible();

  // A new, empty session can be added, given a meeting, and removed again.
  await page.getByRole("button", { name: "新增届次" }).click();
  const modal = page.getByRole("dialog", { name: "新增届次" });
  await modal.getByLabel("届次名称").fill("第十六届");
  await modal.getByLabel("届次序号").fill("16");
  await modal.getByLabel("开始年份").fill("2031");
  await modal.getByLabel("结束年份").fill("2027");
  await modal.getByRole("button", { name: "保存" }).click();
  await expect(modal.getByText("结束年份不能早于开始年份")).toBeVisible();
  await modal.getByLabel("开始年份").fill("2027");
  await modal.getByLabel("结束年份").fill("2031");
  await modal.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已新增 第十六届")).toBeVisible();
  const added = page.locator("tr.ant-table-row", { hasText: "2027—2031 年" });
  await expect(added).toContainText("2027—2031 年");
  await added.getByRole("button", { name: "删除" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "删除" }).click();
  await expect(page.getByText("已删除 第十六届")).toBeVisible();

  await page.getByRole("menuitem", { name: "字典管理" }).click();
  await expect(page).toHaveURL(/\/admin\/organisation\/dictionaries$/);
  const dictTable = page.getByRole("tabpanel").locator(".ant-table-tbody");
  await expect(dictTable).toContainText("经济界");
  await page.getByRole("tab", { name: "党派" }).click();
  await expect(page).toHaveURL(/kind=PARTY/);
  await expect(dictTable).toContainText("中国民主同盟");
  await shot(page, "19-dictionaries");
  // In use: refused with the server's reason.
  await dictTable.locator("tr", { hasText: "中国民主同盟" }).getByRole("button", { name: "删除" }).click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: "删除" }).click();
  await expect(page.getByText(/党派“中国民主同盟”已被 \d+ 条委员记录使用，不能删除/)).toBeVisible();

  await page.getByRole("menuitem", { name: "承办单位" }).click();
  await expect(page).toHaveURL(/\/admin\/organisation\/handling-units$/);
  const fgw = page.locator(".ant-table-tbody tr", { hasText: "大同市发展和改革委员会" });
  await expect(fgw).toContainText("dt.fgw");
  await shot(page, "20-handling-units");
  await page.getByPlaceholder("按名称或简称搜索").fill("不存在的单位");
  await page.getByPlaceholder("按名称或简称搜索").press("Enter");
  await expect(page.locator(".ant-table-tbody")).toContainText("没有符合条件的承办单位");

  await page.getByRole("menuitem", { name: "集体用户" }).click();
  await expect(page).toHaveURL(/\/admin\/organisation\/collectives$/);
  await expect(page.locator(".ant-table-tbody tr", { hasText: "民盟大同市委员会" })).toContainText("dt.minmeng");
  await page.getByRole("button", { name: "新增集体用户" }).click();
  const unit = page.getByRole("dialog", { name: "新增集体用户" });
  await unit.getByLabel("单位名称").fill("致公党大同市委员会");
  await unit.getByLabel("联系电话").fill("电话");
  await unit.getByRole("button", { name: "保存" }).click();
  await expect(unit.getByText("联系电话格式不正确")).toBeVisible();
  await unit.getByLabel("联系电话").fill("0352-5550123");
  await unit.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存集体用户“致公党大同市委员会”")).toBeVisible();
  await expect(page.locator(".ant-table-tbody tr", { hasText: "致公党大同市委员会" })).toContainText("0352-5550123");
  await shot(page, "21-collectives");
});
