import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from "antd";
import { CMS_FIELD_TYPES } from "@zhzx/shared";
import { FIELD_TYPE_LABELS } from "./cms-labels";

const TYPE_OPTIONS = CMS_FIELD_TYPES.map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t] }));

/**
 * 自定义字段: definitions a channel's articles fill in (e.g. 职务 and 分管工作 for 领导之窗). Lives inside
 * the channel form as the list field `fieldDefs`; the server checks keys, types and options.
 */
export function FieldDefsEditor() {
  return (
    <Form.List name="fieldDefs">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: "100%" }} size={8}>
          {fields.length === 0 && <Typography.Text type="secondary">未定义自定义字段</Typography.Text>}
          {fields.map((field) => (
            <Card key={field.key} size="small" styles={{ body: { paddingBottom: 0 } }}>
              <Space wrap align="start" size={8}>
                <Form.Item
                  name={[field.name, "label"]}
                  label="字段名称"
                  rules={[{ required: true, whitespace: true, message: "请输入字段名称" }]}
                >
                  <Input placeholder="如 职务" style={{ width: 130 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, "key"]}
                  label="字段标识"
                  rules={[
                    { required: true, message: "请输入字段标识" },
                    { pattern: /^[a-z][a-zA-Z0-9_]{0,29}$/, message: "以小写字母开头，仅含字母、数字、下划线" },
                  ]}
                >
                  <Input placeholder="如 post" style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[field.name, "type"]} label="类型" rules={[{ required: true, message: "请选择类型" }]}>
                  <Select options={TYPE_OPTIONS} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[field.name, "maxLength"]} label="最大长度">
                  <InputNumber min={1} max={10000} placeholder="默认" style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[field.name, "required"]} valuePropName="checked" label="必填">
                  <Checkbox />
                </Form.Item>
                <Button aria-label="删除字段" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </Space>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) =>
                  getFieldValue(["fieldDefs", field.name, "type"]) === "select" ? (
                    <Form.Item
                      name={[field.name, "options"]}
                      label="选项"
                      rules={[{ required: true, type: "array", min: 1, message: "下拉字段须至少有一个选项" }]}
                    >
                      <Select mode="tags" placeholder="输入选项后按回车" open={false} suffixIcon={null} />
                    </Form.Item>
                  ) : null
                }
              </Form.Item>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ key: "", label: "", type: "text", required: false })}>
            添加字段
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
