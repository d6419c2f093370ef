import { describe, expect, it } from "vitest";
import { ageAt, ageBandOf } from "./enums";
import { maskMobile } from "./phone";
import { birthDateSchema, committeeSessionInput, memberProfileFields, mobileSchema } from "./schemas";

const msg = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

describe("member validation (Chinese messages)", () => {
  it("accepts mainland mobile numbers only", () => {
    expect(mobileSchema.safeParse("13812345678").success).toBe(true);
    expect(mobileSchema.safeParse("19912345678").success).toBe(true);
    for (const bad of ["12812345678", "1381234567", "138123456789", "+8613812345678", "0352-1234567"]) {
      expect(msg(mobileSchema.safeParse(bad))).toEqual(["手机号码应为 11 位大陆手机号"]);
    }
  });

  it("accepts real past dates only", () => {
    expect(birthDateSchema.safeParse("1972-02-29").success).toBe(true);
    expect(msg(birthDateSchema.safeParse("1973-02-29"))).toEqual(["出生日期不是有效日期"]);
    expect(msg(birthDateSchema.safeParse("1973/02/28"))).toContain("出生日期格式应为 YYYY-MM-DD");
    expect(msg(birthDateSchema.safeParse("2999-01-01"))).toEqual(["出生日期不能晚于今天"]);
    expect(msg(birthDateSchema.safeParse("1899-12-31"))).toEqual(["出生日期不能早于 1900 年"]);
  });

  it("names every missing required profile field", () => {
    const r = memberProfileFields.safeParse({ name: "", mobile: "" });
    expect(msg(r)).toEqual(["请输入姓名", "请选择性别", "请输入出生日期", "请选择民族", "请选择学历", "请输入工作单位职务", "手机号码应为 11 位大陆手机号"]);
    const ok = memberProfileFields.parse({
      name: " 张华强 ", gender: "MALE", birthDate: "1975-06-18", ethnicGroupId: "00000000-0000-4000-8000-000000000001",
      educationId: "00000000-0000-4000-8000-000000000002", workUnitTitle: "总经理", mobile: "13812345678", nativePlace: "", workAddress: "  ",
    });
    expect([ok.name, ok.nativePlace, ok.workAddress, ok.formerName]).toEqual(["张华强", null, null, null]);
  });

  it("checks a session's years", () => {
    expect(committeeSessionInput.safeParse({ name: "第十五届", number: 15, startYear: 2022, endYear: 2026 }).success).toBe(true);
    expect(msg(committeeSessionInput.safeParse({ name: "第十五届", number: 15, startYear: 2026, endYear: 2022 }))).toEqual(["结束年份不能早于开始年份"]);
  });
});

describe("masking and ages", () => {
  it("masks mobile numbers as 138****5678", () => {
    expect(maskMobile("13812345678")).toBe("138****5678");
    expect(maskMobile(null)).toBeNull();
  });
  it("counts whole years and bands them", () => {
    expect(ageAt("1990-12-31", "2026-12-30")).toBe(35);
    expect(ageAt("1990-12-31", "2026-12-31")).toBe(36);
    expect([35, 36, 45, 46, 55, 56, 60, 61].map(ageBandOf)).toEqual(["UNDER_36", "36_45", "36_45", "46_55", "46_55", "56_60", "56_60", "OVER_60"]);
  });
});
