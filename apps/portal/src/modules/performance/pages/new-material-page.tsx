import { Button, DatePicker, Form, Input, TextArea, Toast } from "antd-mobile";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { fieldErrors, toastError } from "../../../app/errors";
import { SubmitMaterialDocument } from "../graphql/performance";

const day = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** 报送履职材料: what was done, when; reviewed by the office before it counts. */
export default function NewMaterialPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<{ title: string; content: string }>();
  const [date, setDate] = useState<Date | null>(null);
  const [pick, setPick] = useState(false);
  const [submit, { loading }] = useMutation(SubmitMaterialDocument);

  const send = async () => {
    const v = form.getFieldsValue(true) as { title?: string; content?: string };
    const problems: { name: string; errors: string[] }[] = [
      { name: "title", errors: v.title?.trim() ? [] : ["请输入标题"] },
      { name: "content", errors: v.content?.trim() ? [] : ["请填写履职内容"] },
    ];
    form.setFields(problems);
    if (problems.some((p) => p.errors.length)) return;
    if (!date) return Toast.show({ content: "请选择履职日期" });
    try {
      await submit({ variables: { input: { title: v.title!.trim(), content: v.content!.trim(), occurredOn: day(date) } } });
      Toast.show({ icon: "success", content: "已报送，等待审核" });
      navigate("/performance", { replace: true });
    } catch (e) {
      const f = fieldErrors(e);
      if (Object.keys(f).length) form.setFields(Object.entries(f).map(([name, m]) => ({ name, errors: [m] })));
      else toastError(e);
    }
  };

  return (
    <Page title="报送履职材料" back backTo="/performance">
      <Form form={form} layout="vertical" mode="card">
        <Form.Item name="title" label="标题" required>
          <Input placeholder="如：参加乡村振兴专题调研" maxLength={200} clearable />
        </Form.Item>
        <Form.Item label="履职日期" required onClick={() => setPick(true)} arrowIcon>
          {date ? day(date) : <span style={{ color: "var(--adm-color-weak)" }}>请选择</span>}
        </Form.Item>
        <Form.Item name="content" label="履职内容" required>
          <TextArea placeholder="时间、地点、做了什么、取得的成效" autoSize={{ minRows: 5, maxRows: 12 }} />
        </Form.Item>
      </Form>
      <DatePicker visible={pick} max={new Date()} onClose={() => setPick(false)} onConfirm={setDate} confirmText="确定" cancelText="取消" />
      <div style={{ padding: "4px 12px 24px" }}>
        <Button block color="primary" size="large" loading={loading} onClick={() => void send()}>
          提交
        </Button>
      </div>
    </Page>
  );
}
