import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { loginAdmin } from "./support/login";

// The committee website (issue 9): an editor writes, a reviewer publishes, the public site (desktop and
// WAP) shows it, its search finds it, and HTML typed into the editor cannot run on the site.
// Screenshots land in test-results/screenshots/cms-*.png, to be looked at by a person.

const WORD = "琉璃"; // a two-character word the demo data never uses (jieba keeps it as one word)
const TITLE = `政协委员调研${WORD}工艺传承保护`;
const BODY = `委员们走进${WORD}工坊，了解${WORD}烧制技艺，为非物质文化遗产保护建言献策。`;
// Typed into the editor's HTML source: every piece must be gone from the public page.
const XSS = `<p>附图：<img src="x" onerror="alert('xss-img')"></p><script>alert('xss-script')</script><p><a href="javascript:alert('xss-link')">恶意链接</a></p>`;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};

// Whatever a console page says at error level is a defect (failed requests, React and antd warnings).
const problems = new WeakMap<Page, string[]>();
function watch(page: Page) {
  const list: string[] = [];
  problems.set(page, list);
  page.on("console", (m) => {
    if (m.type() === "error") list.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => list.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    list.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}
const watched: Page[] = [];
test.beforeEach(({ page }) => void watched.push(watch(page)));
test.afterEach(() => {
  for (const p of watched.splice(0)) expect(problems.get(p) ?? [], "browser console errors").toEqual([]);
});

async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400); // antd fades tables, tabs and modals in
  await page.screenshot({ path: `test-results/screenshots/cms-${name}.png`, fullPage: opts.fullPage });
}

async function openWindow(browser: Browser, baseURL: string | undefined, opts: Parameters<Browser["newContext"]>[0] = {}) {
  const context: BrowserContext = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...opts });
  const page = await context.newPage();
  return { context, page };
}

const treeNode = (page: Page, name: string) => page.locator(".ant-tree-treenode").filter({ has: page.locator(".ant-tree-title", { hasText: new RegExp(`^${name}`) }) }).first();
const stateTag = (page: Page) => page.locator(".ant-card-head-title .ant-tag").first();

/** antd puts a space between the two characters of a two-character button label. */
const label = (text: string) => new RegExp(`^${text.length === 2 ? [...text].join("\\s*") : text}$`);

/** Fires a workflow action from the editor's 流程 card: its button, then 确定 in the dialog it opens. */
async function workflow(page: Page, action: string) {
  await page.getByRole("button", { name: label(action) }).click();
  const dialog = page.getByRole("dialog").filter({ hasText: `${action}：` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText(`已${action}`)).toBeVisible();
}

/** Polls a public URL until its body contains `text` (the worker publishes queued jobs every ~2 s). */
async function waitForPublic(request: APIRequestContext, url: string, text: string, timeout = 25_000) {
  await expect
    .poll(
      async () => {
        const r = await request.get(url);
        return r.ok() ? (await r.text()).includes(text) : false;
      },
      { timeout, intervals: [500, 1000] },
    )
    .toBe(true);
}

test("an editor writes, a reviewer publishes, the public site shows it and its search finds it; typed HTML cannot run", async ({ page, browser, baseURL, request }) => {
  test.setTimeout(180_000);

  // ── The editor (赵文静, 大同市政协) writes in 政协要闻.
  await loginAdmin(page, "cms.editor");
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "内容管理" })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "栏目管理" })).toHaveCount(0); // cms:admin only
  await menu.getByRole("menuitem", { name: "内容管理" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/articles$/);
  await expect(page.locator(".ant-table-tbody tr.ant-table-row").first()).toBeVisible();
  await page.locator(".ant-tree-title", { hasText: /^政协要闻$/ }).click();
  await expect(page).toHaveURL(/channel=/);
  await expect(page.getByText("当前栏目：政协要闻")).toBeVisible();
  await shot(page, "01-articles-editor");

  await page.getByRole("button", { name: "写文章" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/articles\/new\?channel=/);
  await page.getByLabel("标题", { exact: true }).fill(TITLE);
  await page.getByLabel("作者").fill("赵文静");
  await page.getByLabel("来源").fill("大同市政协办公室");
  const prose = page.locator(".ProseMirror");
  await expect(prose).toBeVisible(); // the lazily loaded editor
  await prose.click();
  await page.keyboard.type(BODY);
  await page.getByRole("button", { name: "加粗" }).click();
  await page.keyboard.type("以文化人。");
  await expect(prose.locator("strong")).toHaveText("以文化人。");
  // The HTML source view: what is typed there goes to the server as it is.
  await page.getByRole("button", { name: "源码" }).click();
  const source = page.getByLabel("正文 HTML 源码");
  await expect(source).toHaveValue(new RegExp(`${WORD}工坊`));
  await source.fill(`${await source.inputValue()}${XSS}`);
  await shot(page, "02-editor-new");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存为草稿")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/cms\/articles\/[0-9a-f-]{36}$/);
  await expect(stateTag(page)).toHaveText("草稿");
  // What came back is the server's sanitised body: the script and the handler are gone before publishing.
  await page.getByRole("button", { name: "源码" }).click();
  await expect(source).toHaveValue(/琉璃工坊/);
  await expect(source).not.toHaveValue(/onerror|<script|javascript:/);
  await page.getByRole("button", { name: "可视化" }).click();
  // Summary and keywords were left empty: the server derived them (Chinese segmentation).
  await expect(page.getByLabel("摘要")).toHaveValue(new RegExp(WORD));
  await shot(page, "03-editor-saved");

  await workflow(page, "送审");
  await expect(stateTag(page)).toHaveText("待审核");
  await expect(page.getByRole("button", { name: "撤回送审" })).toBeVisible();
  await expect(page.getByRole("button", { name: "审核通过并发布" })).toHaveCount(0); // the editor holds no review right
  const articleUrl = page.url();

  // ── The reviewer (孙立新) approves and publishes, in a browser of their own.
  const reviewer = await openWindow(browser, baseURL, { viewport: DESKTOP });
  const rpage = watch(reviewer.page);
  watched.push(rpage);
  await loginAdmin(rpage, "cms.reviewer");
  await rpage.getByRole("menu").getByRole("menuitem", { name: "内容审核" }).click();
  await expect(rpage).toHaveURL(/\/admin\/cms\/review$/);
  const row = rpage.locator(".ant-table-tbody tr.ant-table-row", { hasText: TITLE });
  await expect(row).toBeVisible();
  await expect(row).toContainText("待审核");
  await shot(rpage, "04-review-queue");
  await row.getByRole("button", { name: label("审核") }).click();
  await expect(rpage).toHaveURL(/\/admin\/cms\/review\/[0-9a-f-]{36}$/);
  await expect(rpage.getByLabel("标题", { exact: true })).toHaveValue(TITLE);
  await workflow(rpage, "审核通过并发布");
  await expect(stateTag(rpage)).toHaveText("已发布");
  await rpage.getByRole("tab", { name: "流转记录" }).click();
  const timeline = rpage.locator(".ant-timeline");
  await expect(timeline).toContainText("送审");
  await expect(timeline).toContainText("赵文静");
  await expect(timeline).toContainText("审核通过并发布");
  await expect(timeline).toContainText("孙立新");
  await rpage.getByRole("tab", { name: "版本记录" }).click();
  await expect(rpage.locator(".ant-table-tbody")).toContainText("第 1 版");
  await shot(rpage, "05-review-published");
  const publicPath = await rpage.getByRole("link", { name: "预览" }).getAttribute("href");
  expect(publicPath).toMatch(/^\/site\/datong\/news\/\d+\.html$/);
  await reviewer.context.close();

  // ── The public site: the worker writes the page within seconds.
  await waitForPublic(request, publicPath!, TITLE);
  await waitForPublic(request, "/site/datong/", TITLE);
  const html = await (await request.get(publicPath!)).text();
  expect(html).toContain(`${WORD}工坊`);
  expect(html).toContain("<strong>以文化人。</strong>");
  for (const bad of ["onerror", "<script", "javascript:", "xss-"]) expect(html).not.toContain(bad);

  const desktop = await openWindow(browser, baseURL, { viewport: DESKTOP });
  const dialogs: string[] = [];
  desktop.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await desktop.page.goto("/site/datong/");
  await expect(desktop.page.getByRole("link", { name: TITLE }).first()).toBeVisible();
  await desktop.page.screenshot({ path: "test-results/screenshots/cms-06-public-home-desktop.png" });
  await desktop.page.getByRole("link", { name: TITLE }).first().click();
  await expect(desktop.page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(desktop.page.locator("main")).toContainText(`了解${WORD}烧制技艺`);
  await expect(desktop.page.locator("main")).toContainText("恶意链接"); // the text stays, the script link does not
  await expect(desktop.page.locator("main a[href]", { hasText: "恶意链接" })).toHaveCount(0);
  await desktop.page.screenshot({ path: "test-results/screenshots/cms-07-public-article-desktop.png", fullPage: true });
  // The WAP rendering, linked from the desktop page's footer.
  const wapHref = await desktop.page.getByRole("link", { name: "手机版" }).getAttribute("href");
  expect(wapHref).toBe(publicPath!.replace("/site/datong/", "/site/datong/m/"));

  // Public search: a two-character word, highlighted.
  await desktop.page.goto(`/site/datong/search?q=${encodeURIComponent(WORD)}`);
  await expect(desktop.page.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(desktop.page.locator("mark", { hasText: WORD }).first()).toBeVisible();
  await desktop.page.screenshot({ path: "test-results/screenshots/cms-08-public-search.png" });
  expect(dialogs, "no script ran on the public site").toEqual([]);
  await desktop.context.close();

  const phone = await openWindow(browser, baseURL, PHONE);
  phone.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await waitForPublic(request, wapHref!, TITLE);
  await phone.page.goto("/site/datong/m/");
  await expect(phone.page.getByRole("link", { name: TITLE }).first()).toBeVisible();
  await phone.page.screenshot({ path: "test-results/screenshots/cms-09-public-home-mobile.png" });
  await phone.page.goto(wapHref!);
  await expect(phone.page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the WAP page fits a 360 px screen").toBeLessThanOrEqual(0);
  await phone.page.screenshot({ path: "test-results/screenshots/cms-10-public-article-mobile.png", fullPage: true });
  expect(dialogs, "no script ran on the public site").toEqual([]);
  await phone.context.close();

  // ── Staff search, back in the editor's console: the same word, highlighted safely.
  await page.goto(articleUrl);
  await expect(stateTag(page)).toHaveText("已发布");
  await expect(page.getByLabel("标题", { exact: true })).toBeDisabled(); // live articles are the reviewers' to correct
  await page.getByRole("menu").getByRole("menuitem", { name: "站内检索" }).click();
  await page.getByLabel("检索词").fill(WORD);
  await page.getByLabel("检索词").press("Enter");
  const hit = page.locator(".ant-list-item", { hasText: TITLE });
  await expect(hit).toBeVisible();
  await expect(hit.locator("mark", { hasText: WORD }).first()).toBeVisible();
  await expect(hit).toContainText("已发布");
  await shot(page, "11-staff-search");
});

test("the site administrator edits the channel tree: properties, statistics, grants, add, drag, delete; publishes the site", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAdmin(page, "sysadmin");
  await page.getByRole("menu").getByRole("menuitem", { name: "栏目管理" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/channels$/);
  await expect(treeNode(page, "政协要闻")).toBeVisible();
  await expect(page.getByText("请在左侧选择一个栏目")).toBeVisible();

  // Properties of 领导之窗: its custom field definitions.
  await treeNode(page, "领导之窗").locator(".ant-tree-title").click();
  await expect(page.getByRole("tab", { name: "栏目属性" })).toHaveAttribute("aria-selected", "true");
  const props = page.getByRole("form", { name: "栏目属性" });
  await expect(props.getByLabel("栏目名称")).toHaveValue("领导之窗");
  await expect(props.getByLabel("字段名称").first()).toHaveValue("职务");
  await shot(page, "12-channel-properties");

  // 政协要闻: statistics (published per month, ECharts loaded on demand) and grants.
  await treeNode(page, "政协要闻").locator(".ant-tree-title").click();
  await expect(props.getByLabel("栏目名称")).toHaveValue("政协要闻");
  await props.getByLabel("每页条数").fill("12");
  await props.getByRole("button", { name: "保存属性" }).click();
  await expect(page.getByText("已保存栏目“政协要闻”的属性")).toBeVisible();
  await page.getByRole("tab", { name: "栏目统计" }).click();
  await expect(page.getByTestId("cms-stats-chart").locator("canvas")).toBeVisible();
  await expect(page.getByText("含下级已发布")).toBeVisible();
  await shot(page, "13-channel-stats");
  await page.getByRole("tab", { name: "栏目权限" }).click();
  const grants = page.locator(".ant-table-tbody", { hasText: "网站编辑" });
  await expect(grants).toContainText("网站编辑");
  await expect(grants).toContainText("网站审核");
  await shot(page, "14-channel-acl");

  // A new top-level channel, dragged above 政协要闻, then deleted.
  await page.locator(".ant-tree-node-selected .ant-tree-title").click(); // unselect: the new channel goes to the top level
  await page.getByRole("button", { name: "新建栏目" }).click();
  const dialog = page.getByRole("dialog", { name: "新建栏目" });
  await dialog.getByLabel("栏目名称").fill("测试专栏");
  await dialog.getByLabel("目录名").fill("e2e-test");
  await dialog.getByRole("button", { name: /创\s*建/ }).click();
  await expect(page.getByText("已新建栏目“测试专栏”")).toBeVisible();
  await expect(treeNode(page, "测试专栏")).toBeVisible();
  const titles = page.locator(".ant-tree-list .ant-tree-treenode .ant-tree-title");
  await treeNode(page, "测试专栏").locator(".ant-tree-title").dragTo(treeNode(page, "政协要闻").locator(".ant-tree-title"), { targetPosition: { x: 10, y: 2 } });
  await expect(page.getByText("已调整“测试专栏”的顺序")).toBeVisible();
  await expect(titles.first()).toHaveText("测试专栏");
  await shot(page, "15-channel-tree-dragged");

  // A channel with articles cannot go: the server says why, in Chinese.
  await treeNode(page, "政协要闻").locator(".ant-tree-title").click();
  await expect(page.locator(".ant-card-head-title", { hasText: "政协要闻" })).toBeVisible();
  await page.getByRole("button", { name: "删除" }).click();
  await page.locator(".ant-popconfirm:visible", { hasText: "确定删除栏目“政协要闻”吗？" }).getByRole("button", { name: /删\s*除/ }).click();
  await expect(page.getByRole("dialog").filter({ hasText: "不能删除该栏目" })).toContainText(/篇文章，不能删除/);
  await page.getByRole("button", { name: "知道了" }).click();
  await treeNode(page, "测试专栏").locator(".ant-tree-title").click();
  // The confirmation names the channel: wait for the selection to reach it before confirming.
  await expect(page.locator(".ant-card-head-title", { hasText: "测试专栏" })).toBeVisible();
  await page.getByRole("button", { name: "删除" }).click();
  const confirmDelete = page.locator(".ant-popconfirm:visible", { hasText: "确定删除栏目“测试专栏”吗？" });
  await confirmDelete.getByRole("button", { name: /删\s*除/ }).click();
  await expect(page.getByText("已删除栏目“测试专栏”")).toBeVisible();
  await expect(treeNode(page, "测试专栏")).toHaveCount(0);

  // 发布管理 (reached through the screen links): a full publish, followed live to the end.
  await page.getByRole("button", { name: "发布管理" }).click();
  await expect(page).toHaveURL(/\/admin\/cms\/publish$/);
  await page.getByRole("button", { name: "发布网站" }).click();
  const publish = page.getByRole("dialog", { name: "发布网站" });
  await publish.getByText("完全发布：重新生成整个网站").click();
  await publish.getByRole("button", { name: "开始发布" }).click();
  await expect(page.getByText("已提交完全发布任务")).toBeVisible();
  const job = page.locator(".ant-table-tbody tr.ant-table-row").first();
  await expect(job).toContainText("完全发布");
  await expect(job).toContainText("已完成", { timeout: 30_000 });
  await expect(job.locator(".ant-progress")).toBeVisible();
  await shot(page, "16-publish-jobs");
});


test("the site administrator keeps the 错敏词 list and the site-wide check lists the articles that contain them", async ({ page }) => {
  await loginAdmin(page, "sysadmin");
  await page.getByRole("menuitem", { name: "错敏词" }).click();
  await page.getByRole("button", { name: "添加词语" }).click();
  const dialog = page.getByRole("dialog", { name: "添加错敏词" });
  await dialog.getByRole("button", { name: "添 加" }).or(dialog.getByRole("button", { name: "添加" })).click();
  await expect(dialog.getByText("请输入词语")).toBeVisible();
  await dialog.getByLabel("词语").fill("政协\n委员会");
  await dialog.getByLabel("建议用词或说明").fill("请核对机构全称");
  await dialog.getByRole("button", { name: /添\s*加/ }).click();
  await expect(page.getByText(/已添加 2 个词/)).toBeVisible();
  await expect(page.locator(".ant-table-tbody")).toContainText("委员会");
  await shot(page, "20-words");

  await page.getByRole("tab", { name: "全站检查" }).click();
  await expect(page.getByText(/\d+ 篇文章含错敏词/)).toBeVisible();
  await expect(page.locator(".ant-table-tbody .ant-tag").filter({ hasText: "委员会" }).first()).toBeVisible();
  await shot(page, "21-words-scan");
});
