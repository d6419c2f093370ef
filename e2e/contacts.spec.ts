import { expect, test } from "@playwright/test";
import { loginPortal } from "./support/login";

// 通讯录 (issue 8) on a phone: find a colleague by pinyin initials, browse by group; phones masked.

test.use({
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
});

test("a member finds a colleague by pinyin initials and browses the address book by group", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await loginPortal(page, "dt.wy0001");
  await page.getByText("通讯录", { exact: true }).click();
  await expect(page.getByText(/^共 \d+ 人$/)).toBeVisible();
  const everyone = Number((await page.getByText(/^共 \d+ 人$/).textContent())!.match(/\d+/)![0]);
  expect(everyone).toBeGreaterThan(10);
  await page.screenshot({ path: "test-results/screenshots/contacts-01-list.png" });

  // A group narrows the list.
  await page.getByRole("tab", { name: "界别" }).click();
  await page.locator(".adm-capsule-tabs-tab").nth(1).click();
  await expect.poll(async () => Number(((await page.getByText(/^共 \d+ 人$/).textContent()) ?? "").match(/\d+/)?.[0] ?? 0)).toBeLessThan(everyone);

  // Pinyin initials find 张华强; the phone is masked.
  await page.getByPlaceholder("姓名、全拼或首字母，如 zhq").fill("zhq");
  await expect(page.getByText("共 1 人")).toBeVisible();
  await expect(page.getByLabel("张华强的手机号码")).toHaveText(/^1\d{2}\*{4}\d{4}$/);
  await page.screenshot({ path: "test-results/screenshots/contacts-02-search.png" });
  await page.getByPlaceholder("姓名、全拼或首字母，如 zhq").fill("没有这个人");
  await expect(page.getByText("没有找到匹配的委员")).toBeVisible();
  expect(errors).toEqual([]);
});
