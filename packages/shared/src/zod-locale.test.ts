import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cmsTransitionInput } from "./index";

describe("zod messages are Chinese everywhere", () => {
  it("a missing or null value says it is required, a wrong type says the format is wrong", () => {
    const s = z.object({ title: z.string(), count: z.number() });
    const r = s.safeParse({ title: null, count: "3" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(["此项为必填项", "格式不正确"]);
  });

  it("a schema's own wording still wins", () => {
    expect(z.string().max(2, "最多 2 个字").safeParse("abc").error!.issues[0]!.message).toBe("最多 2 个字");
  });

  it("other default messages come from the zh-CN locale, not English", () => {
    const msg = z.string().email().safeParse("x").error!.issues[0]!.message;
    expect(msg).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("the CMS review comment given as null gets a Chinese message", () => {
    const r = cmsTransitionInput.safeParse({ action: "submit", comment: null });
    expect(r.success).toBe(false);
    expect(r.error!.issues.every((i) => /[\u4e00-\u9fa5]/.test(i.message))).toBe(true);
  });
});
