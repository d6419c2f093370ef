import { describe, expect, it } from "vitest";
import { helpPageFor, helpUrlFor } from "./index";

describe("使用帮助 links", () => {
  it("picks the longest matching prefix, on path-segment boundaries", () => {
    expect(helpPageFor("admin", "/proposals/statistics")).toBe("40-proposals-staff.html#提案统计");
    expect(helpPageFor("admin", "/proposals/3f0c")).toBe("40-proposals-staff.html");
    expect(helpPageFor("admin", "/proposalsX")).toBe("index.html");
    expect(helpPageFor("admin", "/cms/articles/new")).toBe("65-cms.html#写稿与送审（网站编辑）");
    expect(helpPageFor("portal", "/proposals/new")).toBe("41-proposals-member.html#委员：写提案");
    expect(helpPageFor("portal", "/nowhere")).toBe("30-portal.html");
    expect(helpUrlFor("portal", "/me")).toBe(`/help/30-portal.html#${encodeURIComponent("我的")}`);
  });
});
