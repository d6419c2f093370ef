import { expect, test, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// 会议活动 (issue 6): the office creates a meeting (bad input is refused in Chinese first), invites a
// sector (经济界: the demo member 张华强's) and a guest, attaches a document and publishes; the member
// replies 参加 on the phone and sees the document; the office shows the check-in QR, the member opens its
// address (what scanning does) and is checked in — a forged code and another meeting's code are refused;
// the office sees 出席 in the attendance list and one more 出席 in the member statistics.
// Screenshots: meetings-*.png.

const PHONE = {
  viewport: { width: 360, height: 720 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};
async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/meetings-${name}.png` });
}
const fmt = (d: Date) => d.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16);

/** 张华强's 出席 count in 出勤统计 (current session). */
async function attendedOfDemoMember(page: Page) {
  await page.goto("/admin/meeting-statistics");
  await page.getByRole("searchbox", { name: "委员姓名" }).fill("张华强");
  await page.getByRole("searchbox", { name: "委员姓名" }).press("Enter");
  const row = page.locator(".ant-table-tbody tr", { hasText: "张华强" });
  await expect(page.locator(".ant-table-tbody tr")).toHaveCount(1);
  await expect(row).toBeVisible();
  return Number(await row.locator("td").nth(4).innerText());
}

test("the office publishes a meeting to a sector, the member replies and checks in by the QR, attendance and statistics update", async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000);
  const title = `专题协商会（${Date.now().toString(36)}）`;
  await loginAdmin(page, "staff");
  await expect(page.getByRole("menuitem", { name: "会议活动管理" })).toBeVisible();
  const attendedBefore = await attendedOfDemoMember(page);

  // Create: empty form, then an end before the start, are refused in Chinese.
  await page.getByRole("menuitem", { name: "会议活动管理" }).click();
  await page.getByRole("button", { name: "新建会议活动" }).click();
  const drawer = page.getByRole("dialog", { name: "新建会议活动" });
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(drawer.getByText("请选择会议活动类型")).toBeVisible();
  await expect(drawer.getByText("请输入名称")).toBeVisible();
  await expect(drawer.getByText("请选择开始时间")).toBeVisible();

  await drawer.getByLabel("类型").click();
  await drawer.getByLabel("类型").fill("专题议政会");
  await drawer.getByLabel("类型").press("Enter");
  await expect(drawer.getByTitle("专题议政会")).toBeVisible();
  await drawer.getByLabel("名称").fill(title);
  const start = new Date(Date.now() - 30 * 60_000);
  const end = new Date(Date.now() + 3 * 3600_000);
  await drawer.getByPlaceholder("开始时间").click();
  await drawer.getByPlaceholder("开始时间").fill(fmt(start));
  await drawer.getByPlaceholder("开始时间").press("Enter");
  await drawer.getByPlaceholder("结束时间").click();
  await drawer.getByPlaceholder("结束时间").fill(fmt(new Date(start.getTime() - 3600_000)));
  await drawer.getByPlaceholder("结束时间").press("Enter");
  await drawer.getByLabel("地点").fill("市政协机关三楼会议室");
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(drawer.getByText("结束时间须晚于开始时间")).toBeVisible();
  await expect(drawer.getByText("请选择邀请对象", { exact: false })).toHaveCount(0);
  await shot(page, "01-form-errors");

  await drawer.getByPlaceholder("结束时间").click();
  await drawer.getByPlaceholder("结束时间").fill(fmt(end));
  await drawer.getByPlaceholder("结束时间").press("Enter");
  await expect(drawer.getByText("结束时间须晚于开始时间")).toHaveCount(0);
  await drawer.getByLabel("组织单位").fill("经济委员会");
  await drawer.getByLabel("议程").fill("一、通报全市新能源产业发展情况\n二、委员协商发言\n三、市领导讲话");
  // Nobody invited yet: refused.
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(drawer.getByText(/请选择邀请对象/)).toBeVisible();
  await drawer.getByLabel("按界别邀请").click();
  await drawer.getByLabel("按界别邀请").fill("经济界");
  await drawer.getByLabel("按界别邀请").press("Enter");
  await drawer.getByRole("button", { name: "添加列席人员" }).click();
  await drawer.getByLabel("列席人员姓名").fill("李明");
  await drawer.getByLabel("列席人员单位").fill("市发展和改革委员会");
  await drawer.getByLabel("列席人员职务").fill("副主任");
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存为草稿")).toBeVisible();

  // The draft in the list, found by the search; open its page.
  await page.getByRole("searchbox", { name: "名称或地点" }).fill(title);
  await page.getByRole("searchbox", { name: "名称或地点" }).press("Enter");
  await expect(page.locator(".ant-table-tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("界别：经济界")).toBeVisible();
  await expect(page.getByRole("cell", { name: "市发展和改革委员会" })).toBeVisible();

  // A document (a tiny PDF) through the upload route.
  await page.getByRole("tab", { name: /会议文件/ }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: "会议须知.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await expect(page.getByText("已上传：会议须知.pdf")).toBeVisible();
  await expect(page.getByRole("link", { name: "下载 会议须知" })).toBeVisible();

  await page.getByRole("button", { name: "发布" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "发布" }).click();
  await expect(page.getByText(/已发布，邀请 \d+ 名委员/)).toBeVisible();
  await page.getByRole("tab", { name: "基本信息" }).click();
  await shot(page, "02-published");

  // The member replies 参加 on the phone and sees the document.
  const ctx = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...PHONE });
  const m = await ctx.newPage();
  await loginPortal(m, "member");
  await m.getByRole("link", { name: "会议活动", exact: true }).click();
  // The list refreshes from the network once after the cached render; a tap during that swap is lost.
  await expect(async () => {
    await m.getByText(title).click({ timeout: 3_000 });
    await expect(m.getByRole("heading", { name: title })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(m.locator("article").getByText("待回执")).toBeVisible();
  await expect(m.getByText("会议须知")).toBeVisible();
  await expect(m.getByText("李明")).toBeVisible();
  await m.getByRole("button", { name: "参加" }).click();
  await expect(m.getByText("已回执：参加")).toBeVisible();
  await expect(m.locator("article").getByText("已回执参加")).toBeVisible();
  await expect(m.getByText("已回执：参加")).toBeHidden();
  await m.screenshot({ path: "test-results/screenshots/meetings-03-portal-detail.png" });

  // The office shows the check-in QR; the member opens its address (what scanning does).
  await page.getByRole("button", { name: "签到二维码" }).click();
  const qr = page.getByRole("dialog", { name: `扫码签到：${title}` });
  await expect(qr.getByLabel("签到二维码")).toBeVisible();
  await expect(qr.getByText("已签到")).toBeVisible();
  await shot(page, "04-qr");
  const url = new URL((await qr.getByTestId("checkin-url").getAttribute("data-url"))!);
  expect(url.pathname).toBe("/portal/checkin");
  const meetingId = url.searchParams.get("m")!;
  const code = url.searchParams.get("c")!;

  // Refused first, each in its own words: a forged code, and this code on another meeting.
  await m.goto(`/portal/checkin?m=${meetingId}&c=v1.forged`);
  await expect(m.getByText("签到码无效", { exact: true })).toBeVisible();
  await m.goto(`/portal/checkin?m=00000000-0000-4000-8000-000000000000&c=${encodeURIComponent(code)}`);
  await expect(m.getByText("不是本场会议的签到码")).toBeVisible();
  await expect(m.getByText("该签到码属于另一场会议活动")).toBeVisible();
  await m.screenshot({ path: "test-results/screenshots/meetings-05-wrong-code.png" });

  await m.goto(url.pathname + url.search);
  await expect(m.getByText("签到成功")).toBeVisible();
  await expect(m.getByText(title)).toBeVisible();
  await m.screenshot({ path: "test-results/screenshots/meetings-06-checked-in.png" });

  // 履职风采 in the portal: the published stories, one opened with its pictures.
  await m.goto("/portal/meetings?tab=stories");
  await m.locator(".adm-list-item").first().click();
  await expect(m.getByRole("img").first()).toBeVisible();
  await expect(m.locator("article h1")).toBeVisible();
  await m.screenshot({ path: "test-results/screenshots/meetings-09-portal-story.png" });
  await ctx.close();

  // The screen's count moves within its polling interval; the attendance list shows 出席 by QR.
  await expect(qr.locator(".ant-statistic", { hasText: "已签到" })).toContainText("1", { timeout: 15_000 });
  await qr.getByRole("button", { name: /Close|关闭/ }).click();
  await page.getByRole("tab", { name: /回执与出勤/ }).click();
  await page.getByText("已签到", { exact: true }).click();
  const mine = page.locator(".ant-table-tbody tr.ant-table-row:visible", { hasText: "张华强" });
  await expect(mine).toContainText("出席");
  await expect(mine).toContainText("扫码签到");
  await expect(page.locator(".ant-table-tbody tr.ant-table-row:visible")).toHaveCount(1);
  await shot(page, "07-attendance");

  // 出勤统计: one more 出席 for 张华强.
  expect(await attendedOfDemoMember(page)).toBe(attendedBefore + 1);
  await page.getByRole("searchbox", { name: "委员姓名" }).fill("");
  await page.getByRole("searchbox", { name: "委员姓名" }).press("Enter");
  await expect(page.getByRole("img", { name: "按类型的出勤柱状图" })).toBeVisible();
  await shot(page, "08-statistics");

  // 履职风采 editor: a new story as a draft, refused for publishing until it has a picture.
  await page.getByRole("menuitem", { name: "履职风采" }).click();
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").first()).toBeVisible();
  await page.getByRole("button", { name: "新建履职风采" }).click();
  const story = page.getByRole("dialog", { name: "新建履职风采" });
  await story.getByRole("button", { name: "保存草稿" }).click();
  await expect(story.getByText("请输入标题")).toBeVisible();
  await story.getByLabel("标题").fill(`委员视察新能源项目（${Date.now().toString(36)}）`);
  await story.getByLabel("正文").fill("市政协委员赴云冈区视察新能源项目建设情况，并提出意见建议。");
  await story.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存为草稿，请上传图片")).toBeVisible();
  const editor = page.getByRole("dialog", { name: "编辑履职风采" });
  await expect(editor.getByText("还没有图片")).toBeVisible();
  await editor.getByRole("button", { name: "发布" }).click();
  await expect(page.locator(".ant-message").getByText("请先上传至少一张图片再发布")).toBeVisible();
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  await editor.getByLabel("图片说明").fill("视察现场");
  await editor.locator('input[type="file"]').setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: png });
  await expect(page.getByText("已上传：现场.png")).toBeVisible();
  await expect(editor.getByText("【封面】视察现场")).toBeVisible();
  await expect(page.locator(".ant-message-notice")).toHaveCount(0, { timeout: 15_000 });
  await editor.getByText("【封面】视察现场").scrollIntoViewIfNeeded();
  await shot(page, "10-story-editor");
  await editor.getByRole("button", { name: "发布" }).click();
  await expect(page.getByText("已发布，委员端“履职风采”可见")).toBeVisible();
  await expect(editor.getByRole("button", { name: "撤回" })).toBeVisible();
  await editor.getByRole("button", { name: "关闭" }).first().click();

  // 大会发言: the seeded speeches, filtered to those waiting for review.
  await page.getByRole("menuitem", { name: "大会发言" }).click();
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").first()).toBeVisible();
  await page.getByText("待审核", { exact: true }).first().click();
  await expect(page.locator(".ant-table-tbody tr.ant-table-row .ant-tag").first()).toHaveText("待审核");
  await shot(page, "11-speeches");
});
