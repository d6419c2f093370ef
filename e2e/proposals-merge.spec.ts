import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAdmin } from "./support/login";

// 并案 (issue 4): two members submit near-identical proposals; the office finds the pair in 查重 and
// merges one into the other. The merged one ends 不予立案（并案处理）pointing at its target, whose detail
// keeps both texts and lists the second member as co-signer. Screenshots: proposals-merge-*.png.

const shot = async (page: Page, name: string) => {
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0);
  await page.screenshot({ path: `test-results/screenshots/proposals-merge-${name}.png` });
};

async function submitAs(request: APIRequestContext, username: string, title: string, text: string) {
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const r = await request.post("/graphql", { data: { query, variables } });
    const body = await r.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql(`mutation($i: LoginInput!) { login(input: $i) { mustChangePassword } }`, { i: { username, password: DEMO_PASSWORD } });
  const sessions = (await gql(`{ committeeSessions { id isCurrent } }`)).committeeSessions;
  const sessionId = sessions.find((s: { isCurrent: boolean }) => s.isCurrent).id;
  const p = (await gql(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { id version } }`, { i: { sessionId, title, content: `<p>${text}</p>` } })).createProposal;
  await gql(`mutation($i: ProposalTransitionInput!) { submitProposal(input: $i) { id } }`, { i: { id: p.id, version: p.version } });
}

test("the office merges a duplicate found by 查重; both texts stay and the second member joins as co-signer", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36).slice(-4);
  const target = `关于建设御河生态廊道慢行系统的建议（${tag}）`;
  const duplicate = `关于御河生态廊道慢行系统建设的建议（${tag}）`;
  const text = "御河生态廊道沿线缺少连续的步行道和自行车道，建议统一规划慢行系统，增设驿站和无障碍设施。";
  for (const [user, title] of [["member", target], ["dt.wy0001", duplicate]] as const) {
    const request = await playwright.request.newContext({ baseURL });
    await submitAs(request, user, title, text);
    await request.dispose();
  }

  await loginAdmin(page, "staff");
  await page.getByRole("menuitem", { name: "提案办理" }).click();
  await page.getByRole("textbox", { name: /^关键词/ }).fill(duplicate);
  await page.getByRole("button", { name: /查\s*询/ }).click();
  await page.locator(".ant-table-tbody tr.ant-table-row", { hasText: duplicate }).getByText(duplicate).click();
  const drawer = page.getByRole("dialog", { name: `提案：${duplicate}` });
  await drawer.getByRole("tab", { name: "查重" }).click();
  const pair = drawer.locator(".ant-table-tbody tr.ant-table-row", { hasText: target });
  await expect(pair).toBeVisible();
  await shot(page, "01-similar");
  await pair.getByRole("button", { name: `并入《${target}》` }).click();
  await page.locator(".ant-popconfirm:visible").getByRole("button", { name: "并案" }).click();
  await expect(page.getByText(`已并入《${target}》`)).toBeVisible();
  await expect(drawer.getByText(`已并案：并入《${target}》`)).toBeVisible();
  await expect(drawer.locator(".ant-descriptions")).toContainText("不予立案");
  await shot(page, "02-merged");

  // The target: its own text, the merged one's text under 并案提案, the second member a confirmed co-signer.
  await drawer.getByRole("link", { name: target }).or(drawer.locator("a", { hasText: target })).first().click();
  const main = page.getByRole("dialog", { name: `提案：${target}` });
  await main.getByRole("tab", { name: "提案内容" }).click();
  await expect(main.getByText("并案提案（1 件，原文保留）")).toBeVisible();
  await main.getByText(`《${duplicate}》`, { exact: false }).click();
  await expect(main.locator(".ant-collapse")).toContainText("御河生态廊道沿线缺少连续的步行道");
  await expect(main.locator(".ant-table-tbody", { hasText: "已确认" })).toBeVisible();
  await main.getByRole("tab", { name: /办理进程/ }).click();
  await expect(main).toContainText("并案（并入其他提案）");
  await shot(page, "03-target");
});
