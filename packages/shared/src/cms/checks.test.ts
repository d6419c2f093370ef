import { describe, expect, it } from "vitest";
import { cmsImportRow, cmsImportRowError, parseCmsImportDate } from "./checks";

describe("历史文章导入: row schema", () => {
  it("reads dates as Beijing time or with their own offset, and refuses impossible ones", () => {
    expect(parseCmsImportDate("2024-05-01")?.toISOString()).toBe("2024-04-30T16:00:00.000Z");
    expect(parseCmsImportDate("2024/5/1 09:30")?.toISOString()).toBe("2024-05-01T01:30:00.000Z");
    expect(parseCmsImportDate("2024-05-01T09:30:00Z")?.toISOString()).toBe("2024-05-01T09:30:00.000Z");
    expect(parseCmsImportDate("2023-02-30")).toBeNull();
    expect(parseCmsImportDate("去年")).toBeNull();
  });

  it("reports a bad row in Chinese naming the column; keywords split on Chinese punctuation", () => {
    const ok = cmsImportRow.parse({ channel: "/news/", title: " 标题 ", publishedAt: "2020-01-02", body: "<p>x</p>", keywords: "协商，履职、提案" });
    expect(ok).toMatchObject({ channel: "news", title: "标题", subtitle: "", keywords: ["协商", "履职", "提案"], publishedAt: "2020-01-01T16:00:00.000Z" });
    const bad = cmsImportRow.safeParse({ channel: "news", title: "", publishedAt: "2020-01-02", body: "x" });
    expect(bad.success).toBe(false);
    expect(cmsImportRowError(bad.error!)).toBe("缺少标题");
    const date = cmsImportRow.safeParse({ channel: "news", title: "t", publishedAt: "2020-13-01", body: "x" });
    expect(cmsImportRowError(date.error!)).toBe("发布时间“2020-13-01”无效（应为 2024-05-01 或 2024-05-01 09:30）");
  });
});
