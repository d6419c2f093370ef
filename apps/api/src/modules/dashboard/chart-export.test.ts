import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { readXlsx } from "../members/members.fixtures";

const EXPORT = `mutation($i: ChartDataInput!) { exportChartData(input: $i) { filename rowCount base64 } }`;

describe("驾驶舱图表导出数据", () => {
  it("writes the chart's rows to a watermarked sheet (numbers stay numbers, a formula stays text) and audits it", async () => {
    const tenant = await createTenant();
    const { viewer } = await createUser(tenant.id, ["STAFF"]);
    const rows = [["已办结", "120"], ["办理中", "35.5"], ['=HYPERLINK("http://x")', "1"]];
    const r = await execAs(viewer, EXPORT, { i: { title: "提案办理状态", headers: ["状态", "件数"], rows } });
    expect(r.errors).toBeUndefined();
    expect(r.data.exportChartData).toMatchObject({ rowCount: 3, filename: expect.stringMatching(/^提案办理状态-\d{8}\.xlsx$/) });
    const wb = await readXlsx(r.data.exportChartData.base64);
    const ws = wb.getWorksheet("提案办理状态")!;
    expect([1, 2, 3, 4].map((i) => ws.getRow(i).values)).toEqual([
      [undefined, "状态", "件数"], [undefined, "已办结", 120], [undefined, "办理中", 35.5], [undefined, '=HYPERLINK("http://x")', 1],
    ]);
    expect(ws.getCell("A4").formula).toBeUndefined();
    expect(ws.headerFooter.oddFooter).toContain("导出人：");
    const audit = await owner.auditLog.findMany({ where: { tenantId: tenant.id, action: "dashboard.exportChart" } });
    expect(audit.map((a) => a.detail)).toEqual([{ title: "提案办理状态", rows: 3 }]);
  });

  it("refuses ragged rows and too many of them in Chinese, and is not for members", async () => {
    const tenant = await createTenant();
    const { viewer } = await createUser(tenant.id, ["STAFF"]);
    const ragged = await execAs(viewer, EXPORT, { i: { title: "x", headers: ["a", "b"], rows: [["1"]] } });
    expect([ragged.code, ragged.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "每行的列数须与列名一致"]);
    const many = await execAs(viewer, EXPORT, { i: { title: "x", headers: ["a"], rows: Array.from({ length: 501 }, () => ["1"]) } });
    expect(many.errors?.[0]?.message).toBe("最多导出 500 行");
    const { viewer: member } = await createUser(tenant.id, ["MEMBER"]);
    expect((await execAs(member, EXPORT, { i: { title: "x", headers: ["a"], rows: [] } })).code).toBe("FORBIDDEN");
  });
});
