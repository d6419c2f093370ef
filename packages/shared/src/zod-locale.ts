import { z } from "zod";

/**
 * Every zod message in Chinese: schemas give their own wording for the cases users meet (required,
 * too long, bad format); anything they leave out (a null where text was expected, a wrong type from a
 * hand-made request) falls back to zod's zh-CN locale instead of English. Imported first by index.ts,
 * so the API and both SPAs get it wherever they use a shared schema.
 */
const zhCN = z.locales.zhCN().localeError;

z.config({
  localeError: (issue) => {
    if (issue.code === "invalid_type" && (issue.input === undefined || issue.input === null)) return "此项为必填项";
    if (issue.code === "invalid_type") return "格式不正确";
    return zhCN(issue);
  },
});
