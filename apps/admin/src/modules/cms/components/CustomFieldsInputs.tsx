import { DatePicker, Form, Input, InputNumber, Select, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { Channel } from "../hooks/use-channels";

type Def = Channel["fieldDefs"][number];

function control(d: Def) {
  switch (d.type) {
    case "textarea":
      return <Input.TextArea rows={3} maxLength={d.maxLength ?? 5000} showCount />;
    case "number":
      return <InputNumber style={{ width: 200 }} />;
    case "select":
      return <Select allowClear placeholder="请选择" options={(d.options ?? []).map((o) => ({ value: o, label: o }))} style={{ width: 240 }} />;
    case "url":
      return <Input placeholder="https:// 或站内路径 /" maxLength={d.maxLength ?? 200} />;
    default:
      return <Input maxLength={d.maxLength ?? 200} />;
  }
}

/** 自定义字段: the channel's definitions as form fields under `customFields` (the server checks them again). */
export function CustomFieldsInputs({ defs }: { defs: readonly Def[] }) {
  return (
    <>
      {defs.map((d) => {
        const rules = d.required ? [{ required: true, message: `请填写${d.label}` }] : [];
        if (d.type === "boolean") {
          return (
            <Form.Item key={d.key} label={d.label} name={["customFields", d.key]} valuePropName="checked" rules={rules}>
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          );
        }
        if (d.type === "date") {
          // Stored as YYYY-MM-DD text; the picker works on dayjs values.
          return (
            <Form.Item
              key={d.key}
              label={d.label}
              name={["customFields", d.key]}
              rules={rules}
              getValueProps={(v: string | null | undefined) => ({ value: v ? dayjs(v) : null })}
              normalize={(v: Dayjs | null) => (v ? v.format("YYYY-MM-DD") : null)}
            >
              <DatePicker placeholder="请选择日期" />
            </Form.Item>
          );
        }
        return (
          <Form.Item key={d.key} label={d.label} name={["customFields", d.key]} rules={rules}>
            {control(d)}
          </Form.Item>
        );
      })}
    </>
  );
}

/** The form's values as the server wants them: unknown keys dropped, empty optional values as null. */
export function customFieldsInput(defs: readonly Def[], values: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of defs) {
    const v = values?.[d.key];
    if (v === undefined || v === "" || v === null) {
      if (d.type === "boolean" && d.required) out[d.key] = false;
      else if (!d.required) out[d.key] = null;
      continue;
    }
    out[d.key] = typeof v === "string" ? v.trim() : v;
  }
  return out;
}
