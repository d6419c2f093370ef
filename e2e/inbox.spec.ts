import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { loginAdmin, loginPortal } from "./support/login";

// The member portal is a phone app; the console is a desktop one.
const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 860 } };

// Screenshots land in the (ignored) output folder, to be looked at by a person.
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300); // antd and antd-mobile animate lists and badges in
  await page.screenshot({ path: `test-results/screenshots/inbox-${name}.png` });
};

async function newPage(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext({ ...options, baseURL: test.info().project.use.baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  return { context, page, problems };
}

/** Resolves once the page's live inbox stream (server-sent events) is connected. */
const eventsConnected = (page: Page) => page.waitForResponse((r) => new URL(r.url()).pathname === "/events" && r.status() === 200);

/** A GraphQL call with the page's session cookie, as the SPAs make it. */
async function gql<T>(page: Page, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await page.request.post("/graphql", { data: { query, variables } });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const inboxCounts = (page: Page) =>
  gql<{ inboxCounts: { openTodos: number; unreadNotifications: number } }>(page, "{ inboxCounts { openTodos unreadNotifications } }").then((d) => d.inboxCounts);

const portalTab = (page: Page, name: string) => page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: new RegExp(`^${name}`) });

test("a change request reaches the office's bell live, and the decision reaches the member's phone live", async ({ browser }) => {
  test.setTimeout(120_000);
  const staff = await newPage(browser, DESKTOP);
  const member = await newPage(browser, PHONE);

  // The office: 王晓东 holds member:manage in 大同市政协, so member change requests queue for him.
  const staffLive = eventsConnected(staff.page);
  await loginAdmin(staff.page, "staff");
  await expect(staff.page.getByTestId("viewer-name")).toHaveText("王晓东");
  await staffLive;
  const bell = staff.page.getByTestId("inbox-bell");
  // A member with the portal open on the 消息 tab.
  const memberLive = eventsConnected(member.page);
  await loginPortal(member.page, "dt.wy0020");
  await expect(member.page).toHaveURL(/\/portal\/workbench$/);
  await memberLive;
  const { me } = await gql<{ me: { displayName: string } }>(member.page, "{ me { displayName } }");
  // A request left pending by an earlier run against the same data would make the new one a conflict.
  const { myMemberChangeRequests } = await gql<{ myMemberChangeRequests: { id: string; status: string }[] }>(member.page, "{ myMemberChangeRequests { id status } }");
  for (const r of myMemberChangeRequests.filter((r) => r.status === "PENDING")) {
    await gql(member.page, "mutation Cancel($id: ID!) { cancelMemberChangeRequest(id: $id) { id } }", { id: r.id });
  }
  const memberBefore = await inboxCounts(member.page);
  await portalTab(member.page, "消息").click();
  await expect(member.page).toHaveURL(/\/portal\/messages$/);
  const { myNotifications } = await gql<{ myNotifications: { total: number } }>(member.page, "{ myNotifications { total } }");
  if (myNotifications.total === 0) {
    await expect(member.page.getByText("暂无消息")).toBeVisible();
    await shot(member.page, "00-portal-messages-empty");
  }
  const staffBefore = await inboxCounts(staff.page);
  const bellBefore = staffBefore.openTodos + staffBefore.unreadNotifications;
  await expect(bell).toHaveAttribute("data-count", String(bellBefore));

  // The member asks to change the work address (as the portal's profile form does); a new one each run.
  const address = `大同市平城区迎宾街 9 号 政协大楼 ${Date.now() % 1000} 室`;
  const { submitMemberChangeRequest } = await gql<{ submitMemberChangeRequest: { id: string } }>(
    member.page,
    "mutation Submit($input: MemberProfilePatch!) { submitMemberChangeRequest(input: $input) { id } }",
    { input: { workAddress: address } },
  );
  expect(submitMemberChangeRequest.id).toBeTruthy();

  // Pushed to the office: the bell counts it without a reload, and lists it.
  await expect(bell).toHaveAttribute("data-count", String(bellBefore + 1));
  await expect(bell).toHaveAccessibleName(new RegExp(`${staffBefore.openTodos + 1} 项待办`));
  await shot(staff.page, "01-admin-bell");
  await bell.click();
  const panel = staff.page.getByTestId("inbox-panel");
  const todoTitle = `${me.displayName} 申请修改委员信息，待审核`;
  await expect(panel.getByRole("button", { name: new RegExp(todoTitle) })).toBeVisible();
  await shot(staff.page, "02-admin-bell-open");

  // The same to-do on the phone, for staff who carry the queue in their pocket: it asks before leaving for the console.
  const staffPhone = await staff.context.newPage();
  await staffPhone.setViewportSize({ width: 360, height: 640 });
  await staffPhone.goto("/portal/todo");
  const phoneTodo = staffPhone.locator(".adm-list-item").filter({ hasText: todoTitle });
  await expect(phoneTodo).toBeVisible();
  await expect(phoneTodo).toContainText("岗位");
  await expect(phoneTodo).toContainText("信息修改");
  await expect(portalTab(staffPhone, "待办")).toContainText(String(staffBefore.openTodos + 1));
  await shot(staffPhone, "03-portal-todo-staff");
  await phoneTodo.click();
  await expect(staffPhone.getByRole("dialog")).toContainText("该事项需要在管理端办理");
  await shot(staffPhone, "04-portal-todo-to-console");
  await staffPhone.getByRole("dialog").getByRole("button", { name: "取消" }).click();
  await staffPhone.close();

  // The to-do opens the review screen inside the console; the office approves there.
  await panel.getByRole("button", { name: new RegExp(todoTitle) }).click();
  await expect(staff.page).toHaveURL(/\/admin\/members\/changes/);
  const row = staff.page.locator(".ant-table-row").filter({ hasText: me.displayName });
  await row.getByRole("button", { name: "审核" }).click();
  const drawer = staff.page.getByRole("dialog", { name: `审核修改申请：${me.displayName}` });
  await expect(drawer).toContainText(address);
  await drawer.getByRole("button", { name: "通过", exact: true }).click();
  await staff.page.locator(".ant-popconfirm").getByRole("button", { name: "通过", exact: true }).click();
  await expect(staff.page.getByText(`已通过 ${me.displayName} 的修改申请`)).toBeVisible();

  // Pushed to the member: the 消息 badge and the open list, without a reload; unread shows bold with a dot.
  const message = member.page.locator(".adm-list-item").filter({ hasText: "您的信息修改申请已通过，已生效" }).first();
  await expect(message).toBeVisible();
  await expect(message).toHaveAttribute("data-unread", "true");
  await expect(portalTab(member.page, "消息").locator("[data-badge]")).toHaveText(String(memberBefore.unreadNotifications + 1));
  await expect(portalTab(member.page, "消息")).toHaveAccessibleName(/条未读/);
  await shot(member.page, "05-portal-message-pushed");

  // Tapping it marks it read and opens the profile it is about.
  await message.click();
  await expect(member.page).toHaveURL(/\/portal\/profile$/);
  await member.page.goBack();
  await expect(member.page).toHaveURL(/\/portal\/messages$/);
  await expect(message).not.toHaveAttribute("data-unread", "true");
  if (memberBefore.unreadNotifications === 0) await expect(portalTab(member.page, "消息").locator("[data-badge]")).toHaveCount(0);
  expect((await inboxCounts(member.page)).unreadNotifications).toBe(memberBefore.unreadNotifications);
  await shot(member.page, "06-portal-message-read");

  // The office's to-do was closed by the decision: off the bell, and under 已办 on 我的待办.
  await expect(bell).toHaveAttribute("data-count", String(bellBefore));
  await staff.page.getByRole("menuitem", { name: "我的待办" }).click();
  await expect(staff.page).toHaveURL(/\/admin\/inbox$/);
  await expect(staff.page.locator(".ant-table-row").filter({ hasText: todoTitle })).toHaveCount(0);
  await staff.page.getByRole("tab", { name: "已办" }).click();
  const done = staff.page.locator(".ant-table-row").filter({ hasText: todoTitle }).first();
  await expect(done).toBeVisible();
  await expect(done).toContainText("信息修改");
  await shot(staff.page, "07-admin-inbox-done");

  expect(staff.problems).toEqual([]);
  expect(member.problems).toEqual([]);
  await staff.context.close();
  await member.context.close();
});

test("offline, the portal still opens from the service worker's cache and says it is offline", async ({ browser }) => {
  const { context, page } = await newPage(browser, PHONE);
  await loginPortal(page, "dt.wy0021");
  await expect(page).toHaveURL(/\/portal\/workbench$/);
  // The worker has installed the shell and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "离线状态：显示的是缓存内容" })).toBeVisible();
  // Who is signed in is personal data, never cached: the gate says the network is missing, in Chinese.
  await expect(page.getByText("网络不可用")).toBeVisible();
  await expect(page.getByRole("button", { name: "重试" })).toBeVisible();
  await shot(page, "08-portal-offline");

  // Nothing from /graphql went into Cache Storage.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  expect(cached).toContain("/portal/index.html");
  expect(cached.filter((u) => !u.startsWith("/portal/"))).toEqual([]);

  // Back online, the screen recovers by itself.
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "离线状态" })).toHaveCount(0);
  await expect(page.getByRole("banner")).toContainText("大同市政协");
  await shot(page, "09-portal-back-online");
  await context.close();
});
