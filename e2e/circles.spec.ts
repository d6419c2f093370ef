import zlib from "node:zlib";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// 圈子 (issue 8): the office opens a circle; on the phone (360×640) the member joins it and posts — an
// empty post and a file that is not a picture are refused in Chinese first — with a picture that opens
// full screen; a colleague joins, likes, comments and reports the post; the office finds it first in
// 内容审核 (reported first), hides it — a missing reason is refused in Chinese — and the author no longer
// sees it and has the notice with the reason. Screenshots: circles-NN-*.png.

const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 860 } };

async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await expect(page.locator(".adm-toast-mask")).toHaveCount(0);
  await expect(page.locator(".ant-message-notice")).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/circles-${name}.png` });
}

async function open(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext({ ...options, baseURL: test.info().project.use.baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  return context.newPage();
}

/** A small real PNG (sky, buildings, ground), drawn here so the repository holds no binary fixture. */
function photo(width = 320, height = 200): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const building = y > height * 0.45 + 30 * Math.sin(x / 23) && y < height * 0.8;
      const c = y >= height * 0.8 ? [110, 120, 90] : building ? [160, 60, 50] : [120 + (y * 100) / height, 170 + (y * 60) / height, 230];
      raw.set(c.map(Math.round), y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** Opens 圈子 from the 工作台 tile, joins `name` (an open circle) and enters it. */
async function joinAndEnter(m: Page, name: string) {
  await m.getByRole("link", { name: "圈子", exact: true }).click();
  const row = m.locator(".adm-list-item", { hasText: name });
  await row.getByRole("button", { name: "加入" }).click();
  await expect(m.getByText(`已加入“${name}”`)).toBeVisible();
  await m.locator(".adm-list-item", { hasText: name }).click();
  await expect(m.getByRole("heading", { name })).toBeVisible();
}

test("a member posts in a circle, a colleague likes, comments and reports, the office hides the post with a reason and the author is told", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const circle = `乡村振兴交流圈${stamp}`;
  const text = `今天随经济委员会到云州区调研黄花产业，合作社带动了三百多户增收。（${stamp}）`;

  // The office opens a circle (专委会 and 界别 circles are there already, from the dictionary).
  const staff = await open(browser, DESKTOP);
  await loginAdmin(staff, "staff");
  await expect(staff.getByTestId("viewer-name")).toHaveText("王晓东");
  await staff.goto("/admin/circles");
  await expect(staff.getByText("专委会圈子").first()).toBeVisible();
  await staff.getByRole("button", { name: "新建开放圈子" }).click();
  const form = staff.getByRole("dialog", { name: "新建开放圈子" });
  await form.getByRole("button", { name: /保\s*存/ }).click();
  await expect(form.getByText("请输入圈子名称")).toBeVisible();
  await form.getByLabel("圈子名称").fill(circle);
  await form.getByLabel("简介").fill("交流乡村振兴调研见闻与建议");
  await form.getByRole("button", { name: /保\s*存/ }).click();
  await expect(staff.getByText("已新建开放圈子")).toBeVisible();
  await staff.getByRole("searchbox", { name: "圈子名称" }).fill(stamp);
  await staff.getByRole("searchbox", { name: "圈子名称" }).press("Enter");
  await expect(staff.locator(".ant-table-tbody tr")).toHaveCount(1);
  await shot(staff, "01-admin-circles");

  // The member joins and posts: empty first, then a file that is not a picture, then text and a photo.
  const m = await open(browser, PHONE);
  await loginPortal(m, "member");
  await joinAndEnter(m, circle);
  await m.getByLabel("发帖").click();
  await m.getByRole("button", { name: "发布" }).click();
  await expect(m.getByRole("alert")).toHaveText("请输入帖子内容或添加图片");
  await shot(m, "02-empty-post");
  await m.locator('input[type="file"]').setInputFiles({ name: "调研报告.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await expect(m.getByRole("alert")).toHaveText("只能上传 PNG、JPEG、GIF 或 WebP 图片");
  await m.getByPlaceholder("分享履职见闻、调研心得……").fill(text);
  await m.locator('input[type="file"]').setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: photo() });
  await expect(m.locator(".adm-image-uploader-cell img")).toHaveCount(1);
  await expect(m.getByRole("button", { name: "发布" })).toBeEnabled();
  await shot(m, "03-composer");
  await m.getByRole("button", { name: "发布" }).click();
  const post = m.getByRole("article", { name: "张华强的帖子" });
  await expect(post.getByText(text)).toBeVisible();
  await expect(post.getByRole("img", { name: "图片 1" })).toBeVisible();
  await shot(m, "04-feed");
  await post.getByRole("img", { name: "图片 1" }).click();
  await expect(m.locator(".adm-image-viewer-content")).toBeVisible();
  await shot(m, "05-image-enlarged");

  // A colleague joins, likes (once), comments and reports it.
  const c = await open(browser, PHONE);
  await loginPortal(c, "dt.wy0001");
  await joinAndEnter(c, circle);
  const seen = c.getByRole("article", { name: "张华强的帖子" });
  await seen.getByRole("button", { name: "点赞" }).click();
  await expect(seen.getByRole("button", { name: "取消点赞" })).toContainText("1");
  await seen.getByRole("button", { name: "评论" }).click();
  await expect(c.getByText("还没有评论，来说两句吧。")).toBeVisible();
  await c.getByRole("button", { name: "发送" }).click();
  await expect(c.getByRole("alert")).toHaveText("请输入评论内容");
  await c.getByPlaceholder("写评论…").fill("黄花产业大有可为，建议再谈谈冷链物流。");
  await c.getByRole("button", { name: "发送" }).click();
  await expect(c.getByText("评论 1")).toBeVisible();
  await expect(c.getByText("黄花产业大有可为，建议再谈谈冷链物流。")).toBeVisible();
  await c.getByRole("button", { name: "更多" }).click();
  await c.getByText("举报", { exact: true }).click();
  await c.getByRole("button", { name: "提交举报" }).click();
  await expect(c.getByRole("alert")).toHaveText("请选择举报类型");
  await c.getByText("广告营销").click();
  await c.getByPlaceholder("请简要说明举报理由").fill("疑似为合作社做宣传");
  await shot(c, "06-report");
  await c.getByRole("button", { name: "提交举报" }).click();
  await expect(c.getByText("已举报，工作人员会尽快处理")).toBeVisible();
  await shot(c, "07-post-comment");

  // The office: reported posts first; hiding without a reason is refused, then done with one.
  await staff.goto("/admin/circles/moderation");
  const row = staff.locator(".ant-table-tbody tr", { hasText: stamp });
  await expect(row).toBeVisible();
  await expect(row.locator(".ant-badge-count")).toHaveText("1");
  await shot(staff, "08-moderation-queue");
  await row.getByRole("button", { name: /处\s*理/ }).click();
  const drawer = staff.getByRole("dialog", { name: "帖子详情" });
  await expect(drawer.getByText("疑似为合作社做宣传")).toBeVisible();
  await drawer.getByRole("button", { name: /^隐\s*藏$/ }).click();
  const ask = staff.getByRole("dialog", { name: "隐藏帖子" });
  await ask.getByRole("button", { name: /^隐\s*藏$/ }).click();
  await expect(ask.getByText("请输入处理理由")).toBeVisible();
  await shot(staff, "09-reason-required");
  await ask.getByLabel("处理理由").fill("含商业宣传内容，不符合圈子交流约定");
  await ask.getByRole("button", { name: /^隐\s*藏$/ }).click();
  await expect(staff.getByText("已隐藏")).toBeVisible();
  await expect(drawer.getByText("已隐藏", { exact: true }).first()).toBeVisible();
  await drawer.getByRole("tab", { name: "处理记录" }).click();
  await expect(drawer.getByRole("cell", { name: "含商业宣传内容，不符合圈子交流约定", exact: true })).toBeVisible();
  await shot(staff, "10-hidden");

  // The author: the post is gone from the circle, and the notice says why.
  await m.reload();
  await expect(m.getByRole("heading", { name: circle })).toBeVisible();
  await expect(m.getByText("还没有帖子")).toBeVisible();
  await expect(m.getByText(text)).toHaveCount(0);
  await m.goto("/portal/messages");
  const notice = m.getByText(`您在“${circle}”的帖子已被隐藏`);
  await expect(notice).toBeVisible();
  await shot(m, "11-notification");
  await notice.click();
  const detail = m.getByRole("dialog");
  await expect(detail.getByText("处理理由：含商业宣传内容，不符合圈子交流约定", { exact: false })).toBeVisible();
  await shot(m, "12-notification-detail");
  await detail.getByRole("button", { name: "知道了" }).click();
});
