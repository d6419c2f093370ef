import { z } from "zod";

/**
 * Custom data fields per channel (栏目自定义字段), e.g. a leaders channel with 职务, 分管工作, 简历.
 * A channel stores the definitions; an article of the channel stores values checked against them.
 */
export const CMS_FIELD_TYPES = ["text", "textarea", "number", "date", "select", "boolean", "url"] as const;
export type CmsFieldType = (typeof CMS_FIELD_TYPES)[number];

export const cmsFieldDef = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,29}$/, "字段标识须以小写字母开头，仅含字母、数字、下划线，最多 30 个字符"),
    label: z.string().trim().min(1, "请输入字段名称").max(30, "字段名称最多 30 个字符"),
    type: z.enum(CMS_FIELD_TYPES, { error: "字段类型无效" }),
    required: z.boolean().default(false),
    options: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
    maxLength: z.number().int().min(1).max(10000).optional(),
  })
  .refine((d) => d.type !== "select" || (d.options?.length ?? 0) > 0, { message: "下拉字段须至少有一个选项", path: ["options"] });
export type CmsFieldDef = z.infer<typeof cmsFieldDef>;

export const cmsFieldDefs = z
  .array(cmsFieldDef)
  .max(30, "每个栏目最多 30 个自定义字段")
  .refine((defs) => new Set(defs.map((d) => d.key)).size === defs.length, "字段标识不能重复");

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueSchema(d: CmsFieldDef): z.ZodType {
  const max = d.maxLength ?? (d.type === "textarea" ? 5000 : 200);
  switch (d.type) {
    case "number":
      return z.number({ error: `${d.label}应为数字` }).finite();
    case "boolean":
      return z.boolean({ error: `${d.label}应为是或否` });
    case "date":
      return z.string().regex(DATE, `${d.label}格式应为 YYYY-MM-DD`);
    case "select":
      return z.enum(d.options as [string, ...string[]], { error: `${d.label}须从选项中选择` });
    case "url":
      return z.string().max(max).regex(/^(https?:\/\/|\/)[^\s<>"']*$/, `${d.label}须为 http(s) 链接或站内路径`);
    default:
      return z.string().max(max, `${d.label}最多 ${max} 个字符`);
  }
}

/** The schema of an article's values for these definitions: unknown keys refused, required ones present. */
export function cmsFieldValuesSchema(defs: readonly CmsFieldDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const d of defs) {
    const v = valueSchema(d);
    shape[d.key] = d.required ? (d.type === "text" || d.type === "textarea" ? (v as z.ZodString).trim().min(1, `请填写${d.label}`) : v) : v.nullish();
  }
  return z.strictObject(shape, { error: "含有栏目未定义的字段" });
}
