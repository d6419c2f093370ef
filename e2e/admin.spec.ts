import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAdmin } from "./support/login";

// Screenshots of the main screens land in the (ignored) output folder, to be looked at by a person.
async function shot(page: Page, name: string) {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.waitForTimeout(400); // antd fades the table back in after loading
  await page.screenshot({ path: `test-results/screenshots/admin-${name}.png` });
}

// Whatever the console says at error level is a defect (React and antd warnings, failed requests).
const consoleErrors = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
});
test.afterEach(({ page }) => {
  expect(consoleErrors.get(page) ?? [], "browser console errors").toEqual([]);
});

const header = (page: Page) => page.getByRole("banner");
const activeTenant = (page: Page) => page.getByTestId("active-tenant");
const usersTable = (page: Page) => page.locator(".ant-table-tbody");

/**
 * Picks an option of an antd Select (its options live in a popup outside the field). Under load a click
 * can land while the popup is still sliding in and be lost: pick until the field shows the option. A
 * multiple select would deselect on a second click, so an option the field already shows is left alone.
 */
async function pickOption(page: Page, select: Locator, label: string) {
  const popup = page.locator(".ant-select-dropdown:visible");
  await expect(async () => {
    if ((await select.textContent())?.includes(label)) return;
    // A multiple select keeps its popup open after a pick; clicking the field again would close it.
    if ((await popup.count()) === 0) await select.click();
    await popup.locator(".ant-select-item-option", { hasText: label }).first().click({ timeout: 3_000 });
    await expect(select).toContainText(label, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

async function searchUsers(page: Page, text: string) {
  const box = page.getByPlaceholder("按用户名或姓名搜索");
  await box.fill(text);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/\./g, "\\.")}`));
  await expect(page.locator(".ant-table .ant-spin-spinning")).toHaveCount(0);
}

test("a wrong password shows the server's Chinese message", async ({ page }) => {
  await page.goto("/admin/");
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByRole("button", { name: /登\s*录/ })).toBeVisible();
  await shot(page, "01-login");

  await loginAdmin(page, "sysadmin", "wrong-password-1");
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await shot(page, "02-login-error");
});

test("staff switches committee with the tenant switcher", async ({ page }) => {
  await loginAdmin(page, "staff");
  await expect(header(page)).toContainText("智慧政协 管理端");
  await expect(header(page)).toContainText("王晓东");
  await expect(activeTenant(page)).toContainText("大同市政协");
  await expect(page.getByRole("heading", { name: "大同市政协" })).toBeVisible();
  // Staff may read users but not manage them; nothing of the audit administrator's.
  await expect(page.getByRole("menuitem", { name: "用户管理" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "审计日志" })).toHaveCount(0);
  await shot(page, "03-home-staff");

  // Under load the dropdown may still be sliding in when the option is clicked, and the click is lost:
  // pick again until the switch shows (switching to the committee already active does nothing).
  await expect(async () => {
    await pickOption(page, activeTenant(page).locator(".ant-select"), "平城区政协");
    await expect(activeTenant(page)).toContainText("平城区政协", { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "平城区政协" })).toBeVisible();
  await expect(page.getByText("已切换到平城区政协")).toBeVisible();
  await shot(page, "04-home-switched");

  // The switch is on the server: a reload keeps the committee.
  await page.reload();
  await expect(activeTenant(page)).toContainText("平城区政协");

  // The user list is now the county's, and read-only for staff.
  await page.getByRole("menuitem", { name: "用户管理" }).click();
  await expect(usersTable(page)).toContainText("pingcheng.");
  await expect(page.getByRole("button", { name: "新建用户" })).toHaveCount(0);
});

test("city system administrator manages users of the city only", async ({ page }) => {
  await loginAdmin(page, "sysadmin");
  await page.getByRole("menuitem", { name: "用户管理" }).click();
  await expect(page).toHaveURL(/\/admin\/users/);
  await expect(page.getByRole("columnheader", { name: "用户名" })).toBeVisible();
  await expect(usersTable(page)).toContainText("系统管理员");
  await shot(page, "05-users-city");
  // 使用帮助 opens the manual at this screen's page, in a new tab.
  await expect(page.getByTestId("help-link")).toHaveAttribute("href", "/help/20-users.html");
  await expect(page.getByTestId("help-link")).toHaveAttribute("target", "_blank");

  // Tenant isolation: the county's members do not exist for the city administrator.
  await searchUsers(page, "pingcheng.wy");
  await expect(usersTable(page)).toContainText("没有符合条件的用户");
  await searchUsers(page, "dt.wy0001");
  await expect(usersTable(page).getByRole("cell", { name: "dt.wy0001", exact: true })).toBeVisible();

  // Role filter.
  await page.getByPlaceholder("按用户名或姓名搜索").fill("");
  await page.getByPlaceholder("按用户名或姓名搜索").press("Enter");
  await pickOption(page, page.locator(".ant-select", { has: page.getByRole("combobox", { name: "按角色筛选" }) }), "审计管理员");
  await expect(usersTable(page).getByRole("cell", { name: "auditor", exact: true })).toBeVisible();
  await expect(usersTable(page).getByRole("cell", { name: "dt.wy0001", exact: true })).toHaveCount(0);
  await page.goto("/admin/users");

  // Create a user: the client checks the shared schema, the server the three-administrators rule.
  await page.getByRole("button", { name: "新建用户" }).click();
  const dialog = page.getByRole("dialog", { name: "新建用户" });
  await dialog.getByRole("button", { name: "创建" }).click();
  await expect(dialog).toContainText("请输入用户名");
  await expect(dialog).toContainText("至少选择一个角色");
  await dialog.getByLabel("用户名").fill("e2");
  await dialog.getByRole("button", { name: "创建" }).click();
  await expect(dialog).toContainText("用户名至少 3 个字符");
  await dialog.getByLabel("用户名").fill("e2e.clerk01");
  await dialog.getByLabel("姓名").fill("李文静");
  await dialog.getByLabel("初始密码").fill("short");
  await dialog.getByRole("button", { name: "创建" }).click();
  await expect(dialog).toContainText("密码至少 10 位");
  await dialog.getByLabel("初始密码").fill("Welcome#2026ab");
  await pickOption(page, dialog.locator(".ant-select"), "系统管理员");
  await pickOption(page, dialog.locator(".ant-select"), "机关工作人员");
  await dialog.getByText("新建用户", { exact: true }).click(); // closes the option popup
  await dialog.getByRole("button", { name: "创建" }).click();
  await expect(dialog.getByRole("alert")).toContainText("三员账号不得兼任其他业务角色");
  await shot(page, "06-create-user-server-error");

  await dialog.locator(".ant-select-selection-item", { hasText: "系统管理员" }).locator(".ant-select-selection-item-remove").click();
  await dialog.getByRole("button", { name: "创建" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("已新建用户 e2e.clerk01")).toBeVisible();

  await searchUsers(page, "e2e.clerk");
  const row = usersTable(page).getByRole("row", { name: /e2e\.clerk01/ });
  await expect(row).toContainText("李文静");
  await expect(row).toContainText("机关工作人员");
  await expect(row).toContainText("待改密");
  await expect(row).toContainText("从未登录");

  // Disable and enable again.
  await row.getByRole("button", { name: "停用" }).click();
  await page.getByRole("button", { name: "确定" }).click();
  await expect(row).toContainText("已停用");
  await row.getByRole("button", { name: "启用" }).click();
  await page.getByRole("button", { name: "确定" }).click();
  await expect(row).not.toContainText("已停用");

  // Set roles through the modal.
  await row.getByRole("button", { name: "设置角色" }).click();
  const rolesDialog = page.getByRole("dialog", { name: /设置角色/ });
  await pickOption(page, rolesDialog.locator(".ant-select"), "提案委");
  await rolesDialog.getByText(/^设置角色/).click();
  await rolesDialog.getByRole("button", { name: "保存" }).click();
  await expect(rolesDialog).toBeHidden();
  await expect(row).toContainText("提案委");
  await shot(page, "07-users-after-create");
});

test("county system administrator sees the county's users only", async ({ page }) => {
  await loginAdmin(page, "pingcheng.admin");
  await expect(activeTenant(page)).toContainText("平城区政协");
  await page.getByRole("menuitem", { name: "用户管理" }).click();
  await expect(usersTable(page).getByRole("cell", { name: "pingcheng.admin", exact: true })).toBeVisible();
  await expect(usersTable(page)).toContainText("pingcheng.wy0001");
  await expect(usersTable(page)).not.toContainText("dt.wy");
  await shot(page, "08-users-county");

  await searchUsers(page, "dt.wy0001");
  await expect(usersTable(page)).toContainText("没有符合条件的用户");
  await searchUsers(page, "pingcheng.wy0001");
  await expect(usersTable(page).getByRole("cell", { name: "pingcheng.wy0001", exact: true })).toBeVisible();
});

test("the bootstrap admin must change the password first", async ({ page }) => {
  const newPassword = "Datong#2026xy";
  await loginAdmin(page, "admin");
  await expect(page).toHaveURL(/\/admin\/change-password$/);
  await expect(page.getByText("须先修改密码才能继续使用")).toBeVisible();
  await expect(page.getByText(/密码至少 10 位/).first()).toBeVisible();
  await shot(page, "09-change-password-forced");

  // The console itself stays closed until then.
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/change-password$/);

  await page.getByLabel("当前密码", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("新密码", { exact: true }).fill("weakpassword");
  await page.getByLabel("确认新密码", { exact: true }).fill("weakpassword");
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByText("密码须包含大写字母、小写字母、数字、符号中的至少 3 类")).toBeVisible();

  // A server-side rule: the current password has to be right.
  await page.getByLabel("当前密码", { exact: true }).fill("Not#TheRight1");
  await page.getByLabel("新密码", { exact: true }).fill(newPassword);
  await page.getByLabel("确认新密码", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "当前密码不正确" })).toBeVisible();
  await shot(page, "10-change-password-server-error");

  await page.getByLabel("当前密码", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page).toHaveURL(/\/admin\/?$/);
  await expect(header(page)).toContainText("系统管理员");
  await expect(activeTenant(page)).toContainText("大同市政协");

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin/");
  await expect(page).toHaveURL(/\/admin\/login$/);

  // The new password works and nothing is forced any more.
  await loginAdmin(page, "admin", newPassword);
  await expect(page).toHaveURL(/\/admin\/?$/);
  await expect(page.getByRole("menuitem", { name: "用户管理" })).toBeVisible();
});

test("audit administrator reads the audit log, and only that", async ({ page }) => {
  await loginAdmin(page, "auditor", "wrong-password-2");
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await loginAdmin(page, "auditor");
  await expect(page.getByRole("menuitem", { name: "审计日志" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "用户管理" })).toHaveCount(0);

  await page.getByRole("menuitem", { name: "审计日志" }).click();
  await expect(page.getByRole("columnheader", { name: "操作" })).toBeVisible();
  await expect(page.locator(".ant-table-tbody")).toContainText("登录");
  await pickOption(page, page.locator(".ant-select", { has: page.getByRole("combobox", { name: /^操作/ }) }), "登录与账号安全（全部）");
  await page.getByLabel("用户名").fill("auditor");
  await page.getByRole("button", { name: "查询" }).click();
  const failed = page.locator(".ant-table-tbody tr", { hasText: "失败" }).first();
  await expect(failed).toContainText("原因：密码错误");
  await expect(page.locator(".ant-table-tbody")).toContainText("成功");
  await shot(page, "11-audit-log");

  // The chain verifies; the filtered list exports; a purge inside the retention period cannot be chosen.
  await page.getByRole("button", { name: "校验完整性" }).click();
  const verified = page.getByRole("dialog", { name: "审计日志完整" });
  await expect(verified).toContainText(/已校验 \d+ 条记录，哈希链完整/);
  await shot(page, "11b-audit-verified");
  await verified.getByRole("button").click();
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 Excel" }).click();
  expect((await file).suggestedFilename()).toMatch(/^审计日志-\d{8}\.xlsx$/);
  await expect(page.getByText(/已导出 \d+ 条审计日志/)).toBeVisible();
  await page.getByRole("button", { name: "清理过期日志" }).click();
  const purge = page.getByRole("dialog", { name: "清理过期审计日志" });
  await expect(purge).toContainText("审计日志至少保留 180 天");
  await shot(page, "11c-audit-purge");
  await purge.getByRole("button", { name: "取消" }).click();

  // A page the auditor may not use, and one that does not exist.
  await page.goto("/admin/users");
  await expect(page.getByText("无权访问", { exact: true })).toBeVisible();
  await shot(page, "12-forbidden");
  await page.goto("/admin/no-such-page");
  await expect(page.getByText("页面不存在", { exact: true })).toBeVisible();
  await shot(page, "13-not-found");
});

test("a member cannot use the staff console", async ({ page }) => {
  await loginAdmin(page, "member");
  await expect(page.getByText("无权访问", { exact: true })).toBeVisible();
  await expect(page.getByText("没有使用管理端的权限")).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
});

test("a session that ends on the server sends the user back to the login page", async ({ page, context }) => {
  await loginAdmin(page, "sysadmin");
  await page.getByRole("menuitem", { name: "用户管理" }).click();
  await expect(usersTable(page)).toContainText("dt.wy0001");
  await context.clearCookies();
  await page.getByPlaceholder("按用户名或姓名搜索").fill("dt.wy0002");
  await page.getByPlaceholder("按用户名或姓名搜索").press("Enter");
  await expect(page).toHaveURL(/\/admin\/login$/);
  // Logging in again returns to the page the session ended on.
  await page.getByLabel("用户名").fill("sysadmin");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/admin\/users\?q=dt\.wy0002$/);
  await expect(usersTable(page).getByRole("cell", { name: "dt.wy0002", exact: true })).toBeVisible();
});
