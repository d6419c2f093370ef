import { useEffect } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Form, InputNumber, Space, Typography } from "antd";
import { applyServerErrors } from "../../../app/form-errors";
import { ProposalSettingsQuery, UpdateProposalSettingsMutation } from "../graphql/categories.graphql";

interface Values {
  assignDeadlineMonths: number;
  returnWindowDays: number;
  reminderDaysBeforeDeadline: number;
}

/** 提案工作设置: the default handling period, the window for asking to return, how early reminders start. */
export function SettingsCard({ editable }: { editable: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, loading } = useQuery(ProposalSettingsQuery, { fetchPolicy: "cache-and-network" });
  const [save, saving] = useMutation(UpdateProposalSettingsMutation);
  useEffect(() => {
    if (data) form.setFieldsValue(data.proposalSettings);
  }, [data, form]);
  const range = (label: string, min: number, max: number, unit: string) => [{ required: true, message: `请输入${label}` }, { type: "number" as const, min, max, message: `${label}应为 ${min}—${max} ${unit}` }];
  return (
    <Card title="提案工作设置" size="small" loading={loading && !data}>
      <Form
        form={form}
        layout="vertical"
        disabled={!editable}
        onFinish={async (v) => {
          try {
            await save({ variables: { input: v } });
            message.success("已保存提案工作设置");
          } catch (e) {
            message.error(applyServerErrors(form, e));
          }
        }}
      >
        <Form.Item label="默认办理期限" name="assignDeadlineMonths" rules={range("办理期限", 1, 24, "个月")} extra="交办时不指定期限的，按交办之日起的月数计算">
          <InputNumber min={1} max={24} precision={0} suffix="个月" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label="申请退回时限" name="returnWindowDays" rules={range("退回时限", 1, 90, "天")} extra="承办单位认为不属于本单位职责的，交办后在此天数内可申请退回">
          <InputNumber min={1} max={90} precision={0} suffix="天" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label="提前催办天数" name="reminderDaysBeforeDeadline" rules={range("提前催办天数", 1, 60, "天")} extra="距办理期限不足此天数且未答复的，每天提醒承办单位">
          <InputNumber min={1} max={60} precision={0} suffix="天" style={{ width: 180 }} />
        </Form.Item>
        {editable ? (
          <Space>
            <Button type="primary" htmlType="submit" loading={saving.loading}>
              保存设置
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">只有提案委工作人员可以修改设置。</Typography.Text>
        )}
      </Form>
    </Card>
  );
}
