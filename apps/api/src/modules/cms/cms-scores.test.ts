import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { cmsTenant, drainWorker, publishedArticle, useTempSitesDir, userWith } from "./cms.test-support";

useTempSitesDir();
const DAY = 86_400_000;
const SCORES = `query($f: DateTimeISO!, $t: DateTimeISO!) { cmsChannelScores(from: $f, to: $t) { periodDays scanFinishedAt channels { channelName departmentName updateDays published staleDays brokenLinks brokenImages sensitiveWords timeliness volume quality score } departments { departmentName channels published staleDays brokenLinks sensitiveWords score } } }`;
const EXPORT = `mutation($f: DateTimeISO!, $t: DateTimeISO!) { exportCmsChannelScores(from: $f, to: $t) { filename base64 rowCount } }`;

describe("栏目考核", () => {
  it("scores channels and departments for a period by the shared formula (computed by hand), exports a watermarked, audited workbook", async () => {
    const { tenant, admin, chA, chB } = await cmsTenant();
    const dep = await owner.cmsDepartment.create({ data: { tenantId: tenant.id, name: "宣传信息处" } });
    await owner.cmsChannel.update({ where: { tenantId_id: { tenantId: tenant.id, id: chA } }, data: { updateDays: 10, departmentId: dep.id } });
    await execAs(admin, `mutation { addCmsSensitiveWords(input: { words: "某某词", level: "WARN" }) { added } }`);
    const from = new Date(Math.floor((Date.now() - 60 * DAY) / DAY) * DAY);
    const to = new Date(from.getTime() + 30 * DAY);
    const at = async (id: string, days: number) => owner.cmsArticle.update({ where: { tenantId_id: { tenantId: tenant.id, id } }, data: { publishedAt: new Date(from.getTime() + days * DAY) } });
    await at((await publishedArticle(admin, chA, "考核期前的要闻", "<p>前</p>")).id, -5);
    await at((await publishedArticle(admin, chA, "第十天的要闻", `<p>出现某某词。<a href="/site/${tenant.code}/news/99999.html">坏链接</a></p>`)).id, 10);
    await at((await publishedArticle(admin, chA, "第十二天的要闻", "<p>正常</p>")).id, 12);
    await at((await publishedArticle(admin, chA, "考核期后的要闻", "<p>后</p>")).id, 40);
    await at((await publishedArticle(admin, chB, "一则通知", "<p>通知</p>")).id, 3);
    await execAs(admin, `mutation { requestCmsCheck { id } }`);
    await drainWorker([tenant.id]);

    const r = await execAs(admin, SCORES, { f: from.toISOString(), t: to.toISOString() });
    expect(r.errors).toBeUndefined();
    const s = r.data.cmsChannelScores;
    expect(s.periodDays).toBe(30);
    expect(s.scanFinishedAt).not.toBeNull();
    // 政协要闻: every 10 days. Due by day 5 (last before: day −5), published day 10 → 5 stale days; then due by
    // day 22, none until day 30 → 8 more = 13. 2 published of 3 expected → 30 × 2/3 = 20. Time: 40 × 17/30 = 22.67.
    // Latest scan: 1 broken link, 1 错敏词 → 30 − 3 − 5 = 22. Total 64.67 → 64.7.
    expect(s.channels).toEqual([
      { channelName: "政协要闻", departmentName: "宣传信息处", updateDays: 10, published: 2, staleDays: 13, brokenLinks: 1, brokenImages: 0, sensitiveWords: 1, timeliness: 22.7, volume: 20, quality: 22, score: 64.7 },
      { channelName: "通知公告", departmentName: "未指定部门", updateDays: null, published: 1, staleDays: 0, brokenLinks: 0, brokenImages: 0, sensitiveWords: 0, timeliness: 40, volume: 30, quality: 30, score: 100 },
    ]);
    expect(s.departments).toEqual([
      { departmentName: "宣传信息处", channels: 1, published: 2, staleDays: 13, brokenLinks: 1, sensitiveWords: 1, score: 64.7 },
      { departmentName: "未指定部门", channels: 1, published: 1, staleDays: 0, brokenLinks: 0, sensitiveWords: 0, score: 100 },
    ]);
    const bad = await execAs(admin, SCORES, { f: to.toISOString(), t: from.toISOString() });
    expect([bad.code, bad.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "结束日期须晚于开始日期"]);

    // An editor of 通知公告 sees that channel only, and may not export.
    const editor = await userWith(tenant.id, ["STAFF", "CMS_EDITOR"], [{ channelId: chB, edit: true }]);
    expect((await execAs(editor, SCORES, { f: from.toISOString(), t: to.toISOString() })).data.cmsChannelScores.channels.map((c: { channelName: string }) => c.channelName)).toEqual(["通知公告"]);
    expect((await execAs(editor, EXPORT, { f: from.toISOString(), t: to.toISOString() })).code).toBe("FORBIDDEN");

    const x = (await execAs(admin, EXPORT, { f: from.toISOString(), t: to.toISOString() })).data.exportCmsChannelScores;
    expect(x.rowCount).toBe(2);
    expect(x.filename).toMatch(/^栏目考核-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}-\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, "base64") as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("栏目考核")!;
    expect(ws.getRow(2).getCell(1).value).toBe("政协要闻");
    expect(ws.getRow(2).getCell(12).value).toBe(64.7);
    expect(wb.getWorksheet("部门考核")!.getRow(3).getCell(1).value).toBe("未指定部门");
    expect(await owner.auditLog.count({ where: { tenantId: tenant.id, action: "cms.scores.export" } })).toBe(1);
  });
});
