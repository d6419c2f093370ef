import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { loginAdmin } from "./support/login";

// Article files (issue 9): the editor uploads a cover, a body image and a PDF attachment; the reviewer
// publishes; the public page lists the attachment (downloaded, never rendered), the channel list shows
// the cover, and the public search finds the article by a word that appears only inside the PDF.
// Screenshots land in test-results/screenshots/cms-files-*.png.

const TITLE = "市政协调研古树名木保护工作";
const PDF_WORD = "ginkgoarchive"; // only in the PDF's text, nowhere in the demo data or the article body
const PDF_NAME = "古树名木保护调研报告.pdf";

/** A one-page PDF with one line of text (hand-written objects, offsets computed). */
function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 14 Tf 20 100 Td (${text}) Tj ET`;
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const problems: string[] = [];
function watch(page: Page) {
  page.on("console", (m) => {
    // The one refused upload (a text file named .png) is expected to answer 400.
    if (m.type() === "error" && !(m.text().includes("400") && m.location().url.includes("/files/cms/articles/"))) problems.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screenshots/cms-files-${name}.png`, fullPage: opts.fullPage });
}
const label = (text: string) => new RegExp(`^${text.length === 2 ? [...text].join("\\s*") : text}$`);
const stateTag = (page: Page) => page.locator(".ant-card-head-title .ant-tag").first();
async function workflow(page: Page, action: string) {
  await page.getByRole("button", { name: label(action) }).click();
  const dialog = page.getByRole("dialog").filter({ hasText: `${action}：` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText(`已${action}`)).toBeVisible();
}
async function waitForPublic(request: APIRequestContext, url: string, text: string, timeout = 25_000) {
  await expect.poll(async () => {
    const r = await request.get(url);
    return r.ok() ? (await r.text()).includes(text) : false;
  }, { timeout, intervals: [500, 1000] }).toBe(true);
}

test("an editor attaches a cover, an image and a PDF; after publishing the site lists the file and its text is searchable", async ({ page, browser, baseURL, request }) => {
  test.setTimeout(180_000);
  watch(page);

  // A real picture for the cover and the body: a rendered block, captured as PNG.
  const painter = await browser.newPage({ viewport: { width: 400, height: 260 } });
  await painter.setContent(`<div id="p" style="width:360px;height:220px;display:flex;align-items:center;justify-content:center;background:linear-gradient(135deg,#2f7d32,#a5d6a7);color:#fff;font:bold 40px sans-serif">古树名木</div>`);
  const picture = await painter.locator("#p").screenshot();
  await painter.close();

  await loginAdmin(page, "cms.editor");
  await page.getByRole("menu").getByRole("menuitem", { name: "内容管理" }).click();
  await page.locator(".ant-tree-title", { hasText: /^政协要闻$/ }).click();
  await expect(page.getByText("当前栏目：政协要闻")).toBeVisible();
  await page.getByRole("button", { name: "写文章" }).click();
  await page.getByLabel("标题", { exact: true }).fill(TITLE);
  await page.getByLabel("作者").fill("赵文静");
  const prose = page.locator(".ProseMirror");
  await expect(prose).toBeVisible();
  await prose.click();
  await page.keyboard.type("市政协组织委员对全市古树名木保护情况开展专题调研，调研报告见附件。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存为草稿")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/cms\/articles\/[0-9a-f-]{36}$/);

  // The body image: uploaded from the toolbar, placed at the cursor (end of the paragraph).
  await prose.click();
  await page.keyboard.press("End");
  await page.getByTestId("rte-image-file").setInputFiles({ name: "调研现场.png", mimeType: "image/png", buffer: picture });
  await expect(page.getByText("图片已插入正文")).toBeVisible();
  await expect(prose.locator("img")).toHaveAttribute("src", /^\/site\/datong\/assets\/[0-9a-f-]{36}\/.+\.png$/);
  await expect.poll(() => prose.locator("img").evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0); // staff preview before publishing

  const files = page.getByLabel("封面与附件");
  // A wrong type, by content: a text file named .png is refused with a Chinese message.
  await files.locator('input[type=file][accept^=".jpg"]').setInputFiles({ name: "假图片.png", mimeType: "image/png", buffer: Buffer.from("not a picture at all") });
  await expect(page.getByText("图片只能是 JPEG、PNG、GIF 或 WebP 格式（按文件内容识别）")).toBeVisible();
  await files.locator('input[type=file][accept^=".jpg"]').setInputFiles({ name: "封面.png", mimeType: "image/png", buffer: picture });
  await expect(page.getByText("已设置封面")).toBeVisible();
  await expect(files.getByRole("img", { name: "封面图片" })).toBeVisible();
  await files.locator('input[type=file][accept^=".pdf"]').setInputFiles({ name: PDF_NAME, mimeType: "application/pdf", buffer: tinyPdf(`Survey of ancient trees ${PDF_WORD} 2026`) });
  await expect(page.getByText(`已上传：${PDF_NAME}（文字已提取，可被检索）`)).toBeVisible();
  await expect(files.locator(".ant-list-item", { hasText: PDF_NAME })).toContainText("文字可检索");
  await files.scrollIntoViewIfNeeded();
  await shot(page, "01-editor");

  await workflow(page, "送审"); // saves the body with the image first
  await expect(stateTag(page)).toHaveText("待审核");
  await expect(files.getByRole("button", { name: "上传附件" })).toHaveCount(0); // no longer the editor's to change

  // ── The reviewer publishes.
  const rctx = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 800 } });
  const rpage = watch(await rctx.newPage());
  await loginAdmin(rpage, "cms.reviewer");
  await rpage.getByRole("menu").getByRole("menuitem", { name: "内容审核" }).click();
  const row = rpage.locator(".ant-table-tbody tr.ant-table-row", { hasText: TITLE });
  await row.getByRole("button", { name: label("审核") }).click();
  await expect(rpage.getByLabel("封面与附件").locator(".ant-list-item", { hasText: PDF_NAME })).toBeVisible();
  await workflow(rpage, "审核通过并发布");
  await expect(stateTag(rpage)).toHaveText("已发布");
  const publicPath = (await rpage.getByRole("link", { name: "预览" }).getAttribute("href"))!;
  await rctx.close();

  // ── The public site.
  await waitForPublic(request, publicPath, PDF_NAME);
  const pub = await browser.newContext({ baseURL, locale: "zh-CN", viewport: { width: 1280, height: 800 } });
  // The public page: no script may run (the browser's own favicon.ico request is no defect of ours).
  const ppage = await pub.newPage();
  ppage.on("dialog", (d) => {
    problems.push(`dialog on the public site: ${d.message()}`);
    void d.dismiss();
  });
  await ppage.goto(publicPath);
  await expect(ppage.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const link = ppage.getByRole("region", { name: "附件" }).getByRole("link", { name: PDF_NAME });
  await expect(link).toBeVisible();
  await expect.poll(() => ppage.locator(".body img").evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  await ppage.screenshot({ path: "test-results/screenshots/cms-files-02-public-article.png", fullPage: true });
  const file = await request.get((await link.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await ppage.goto("/site/datong/news/");
  const entry = ppage.locator("ul.list li", { hasText: TITLE });
  await expect(entry.locator("img.cover")).toBeVisible();
  await ppage.screenshot({ path: "test-results/screenshots/cms-files-03-public-list.png" });

  // The WAP list: the cover beside the title, nothing wider than a 360 px screen.
  const phone = await browser.newContext({ baseURL, locale: "zh-CN", viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const mpage = await phone.newPage();
  await mpage.goto("/site/datong/m/news/");
  await expect(mpage.locator("ul.list li", { hasText: TITLE }).locator("img.cover")).toBeVisible();
  expect(await mpage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await mpage.screenshot({ path: "test-results/screenshots/cms-files-05-public-list-mobile.png" });
  await phone.close();

  await ppage.goto(`/site/datong/search?q=${PDF_WORD}`);
  await expect(ppage.getByRole("status")).toHaveText(`检索“${PDF_WORD}”，共找到 1 篇文章`);
  await expect(ppage.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(ppage.locator("mark", { hasText: PDF_WORD }).first()).toBeVisible();
  await ppage.screenshot({ path: "test-results/screenshots/cms-files-04-public-search.png" });
  await pub.close();
  expect(problems, "browser console errors").toEqual([]);
});
