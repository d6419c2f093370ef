import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Zhzx@2026demo";

/** Logs in through the admin SPA's login form. */
export async function loginAdmin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/admin/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
}

/** Logs in through the portal's login form. */
export async function loginPortal(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/portal/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
}

export { expect };
