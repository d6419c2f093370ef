import { expect, test, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// 会议活动 (issue 6): the office publishes a meeting, a member replies in the portal, checks in by the
// QR's address, and the office sees it. Screenshots: meetings-*.png.

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
  await page.screenshot({ path: `test-results/screenshots/meetings-${name}.png` });
}

test("the office publishes a meeting, the member replies and checks in by the QR, the office sees the attendance", async ({ page, browser, baseURL }) => {
  const title = `专题协商会（${Date.now().toString(36)}）`;
  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "会议活动管理" }).click();
  await page.getByRole("button", { name: "新建会议活动" }).click();
  const drawer = page.getByRole("dialog", { name: "新建会议活动" });
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(drawer.getByText("请选择会议活动类型")).toBeVisible();
  await expect(drawer.getByText("请输入名称")).toBeVisible();
  await shot(page, "01-form-errors");

  await drawer.getByLabel("类型").click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
  await drawer.getByLabel("名称").fill(title);
  const start = new Date(Date.now() - 30 * 60_000);
  const end = new Date(Date.now() + 3 * 3600_000);
  const fmt = (d: Date) => d.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16);
  // antd's range picker with time: type each end and confirm it with Enter.
  await drawer.getByPlaceholder("开始时间").click();
  await drawer.getByPlaceholder("开始时间").fill(fmt(start));
  await drawer.getByPlaceholder("开始时间").press("Enter");
  await drawer.getByPlaceholder("结束时间").fill(fmt(end));
  await drawer.getByPlaceholder("结束时间").press("Enter");
  await expect(drawer.getByPlaceholder("结束时间")).toHaveValue(fmt(end));
  await drawer.getByLabel("地点").fill("市政协机关三楼会议室");
  await drawer.getByText("邀请本届全体委员").click();
  await drawer.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存为草稿")).toBeVisible();

  const row = page.locator(".ant-table-tbody tr", { hasText: title });
  await row.getByRole("button", { name: "发布" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "发布" }).click();
  await expect(page.getByText(/已发布，邀请 \d+ 名委员/)).toBeVisible();
  await shot(page, "02-published");

  // The member replies 参加 on the phone.
  const ctx = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...PHONE });
  const m = await ctx.newPage();
  await loginPortal(m, "member");
  await m.getByRole("link", { name: "会议活动", exact: true }).click();
  await m.getByText(title).click();
  await expect(m.getByRole("heading", { name: title })).toBeVisible();
  await expect(m.locator("article").getByText("待回执")).toBeVisible();
  await m.getByRole("button", { name: "参加" }).click();
  await expect(m.getByText("已回执：参加")).toBeVisible();
  await m.screenshot({ path: "test-results/screenshots/meetings-03-portal-detail.png" });

  // The office shows the check-in QR; the member opens its address (what scanning does).
  await row.getByRole("button", { name: /签到码/ }).click();
  const qr = page.getByRole("dialog", { name: `扫码签到：${title}` });
  await expect(qr.getByLabel("签到二维码")).toBeVisible();
  await shot(page, "04-qr");
  const url = await qr.getByTestId("checkin-url").getAttribute("data-url");
  expect(url).toMatch(/\/portal\/checkin\?m=.+&c=.+/);
  await m.goto(new URL(url!).pathname + new URL(url!).search);
  await expect(m.getByText("签到成功")).toBeVisible();
  await m.screenshot({ path: "test-results/screenshots/meetings-05-checked-in.png" });
  // A forged code is refused in Chinese.
  await m.goto(`/portal/checkin?m=${new URL(url!).searchParams.get("m")}&c=v1.forged`);
  await expect(m.getByText("签到未成功")).toBeVisible();
  await ctx.close();

  await qr.getByRole("button", { name: /Close|关闭/ }).click();
  await expect(row).toContainText(/签到 1/);
  await row.getByText(/邀请 \d+ · 参加 \d+ · 签到 \d+/).click();
  const att = page.getByRole("dialog", { name: `回执与出勤：${title}` });
  await expect(att.locator(".ant-table-tbody tr", { hasText: "张华强" })).toContainText("已签到");
  await shot(page, "06-attendance");
});
