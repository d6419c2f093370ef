import { describe, expect, it } from "vitest";
import { nameSearchColumns, parseNameSearch } from "./pinyin";

describe("name search columns (pinyin-pro)", () => {
  it("stores full pinyin and initials, reading surnames as surnames and ü as v", () => {
    expect(nameSearchColumns("张华强")).toEqual({ namePinyin: "zhanghuaqiang", nameInitials: "zhq" });
    expect(nameSearchColumns("单雄信")).toEqual({ namePinyin: "shanxiongxin", nameInitials: "sxx" });
    expect(nameSearchColumns("曾国藩")).toEqual({ namePinyin: "zengguofan", nameInitials: "zgf" });
    expect(nameSearchColumns("吕红梅")).toEqual({ namePinyin: "lvhongmei", nameInitials: "lhm" });
    expect(nameSearchColumns("阿依古丽·买买提")).toEqual({ namePinyin: "ayigulimaimaiti", nameInitials: "ayglmmt" });
  });

  it("treats letters as a pinyin search and anything else as a name search", () => {
    expect(parseNameSearch(" ZHQ ")).toEqual({ pinyin: "zhq" });
    expect(parseNameSearch("张 华")).toEqual({ text: "张华" });
    expect(parseNameSearch("  ")).toBeNull();
  });
});
