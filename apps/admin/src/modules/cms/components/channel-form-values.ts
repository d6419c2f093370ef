import type { CmsFieldDefInput, CmsFieldType, CmsSortRule, CmsTemplate } from "../../../gql/graphql";
import type { Channel } from "../hooks/use-channels";

/** The channel properties as the form holds them. */
export interface ChannelFormValues {
  name: string;
  slug: string;
  template: CmsTemplate;
  listSize: number;
  visible: boolean;
  sortRule: CmsSortRule;
  description?: string;
  departmentId?: string | null;
  updateDays?: number | null;
  sourceChannelIds?: string[];
  fieldDefs?: { key: string; label: string; type: CmsFieldType; required?: boolean; options?: string[] | null; maxLength?: number | null }[];
}

export const channelToForm = (c: Channel): ChannelFormValues => ({
  name: c.name,
  slug: c.slug,
  template: c.template,
  listSize: c.listSize,
  visible: c.visible,
  sortRule: c.sortRule,
  description: c.description,
  departmentId: c.departmentId,
  updateDays: c.updateDays,
  sourceChannelIds: c.sourceChannelIds,
  fieldDefs: c.fieldDefs.map((d) => ({ ...d, options: d.options ?? undefined, maxLength: d.maxLength ?? undefined })),
});

export function fieldDefsInput(defs: ChannelFormValues["fieldDefs"]): CmsFieldDefInput[] {
  return (defs ?? []).map((d) => ({
    key: d.key.trim(),
    label: d.label.trim(),
    type: d.type,
    required: !!d.required,
    options: d.type === "select" ? (d.options ?? []).map((o) => o.trim()).filter(Boolean) : undefined,
    maxLength: d.maxLength ?? undefined,
  }));
}
