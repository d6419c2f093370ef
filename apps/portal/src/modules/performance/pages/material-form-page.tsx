import { Button, DatePicker, Form, Input, Skeleton, TextArea, Toast } from "antd-mobile";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation } from "@apollo/client/react";
import { performanceMaterialInput } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { errorCode, fieldErrors, toastError } from "../../../app/errors";
import { MyMaterialsDocument, SubmitMaterialDocument, UpdateMyMaterialDocument } from "../graphql/performance";
import { dayOf } from "./labels";
import { useMyMaterial } from "./use-my-material";

interface Values {
  title?: string;
  content?: string;
}
const FIELDS = ["title", "content", "occurredOn"] as const;

/** 报送履职材料 / 修改: what was done and when; the same Chinese checks as the server; the office reviews it before it counts. */
export default function MaterialFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [date, setDate] = useState<Date | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [pick, setPick] = useState(false);
  const existing = useMyMaterial(id);
  const m = existing.material;
  const [submit, s] = useMutation(SubmitMaterialDocument, { refetchQueries: [MyMaterialsDocument] });
  const [update, u] = useMutation(UpdateMyMaterialDocument, { refetchQueries: [MyMaterialsDocument] });

  useEffect(() => {
    if (m) {
      form.setFieldsValue({ title: m.title, content: m.content });
      setDate(new Date(`${m.occurredOn}T12:00:00+08:00`));
    }
  }, [m, form]);

  const send = async () => {
    const v = form.getFieldsValue(true) as Values;
    const parsed = performanceMaterialInput.safeParse({
      title: v.title ?? "",
      content: v.content ?? "",
      occurredOn: date ? dayOf(date) : undefined,
      attachments: m?.attachments.map((a) => ({ name: a.name, size: a.size, contentType: a.contentType, url: a.url })) ?? [],
    });
    const issues = parsed.success ? [] : parsed.error.issues;
    const first = (name: string) => issues.find((i) => i.path[0] === name)?.message;
    form.setFields(FIELDS.filter((f) => f !== "occurredOn").map((name) => ({ name, errors: first(name) ? [first(name)!] : [] })));
    setDateError(first("occurredOn") ?? null);
    if (!parsed.success) {
      Toast.show({ content: issues[0]?.message ?? "请按提示修改后再提交" });
      return;
    }
    try {
      if (m) await update({ variables: { id: m.id, input: parsed.data } });
      else await submit({ variables: { input: parsed.data } });
      Toast.show({ icon: "success", content: m?.status === "RETURNED" ? "已重新提交，等待审核" : m ? "已保存" : "已报送，等待审核" });
      navigate(m ? `/performance/materials/${m.id}` : "/performance?tab=materials", { replace: true });
    } catch (e) {
      const f = fieldErrors(e);
      if (errorCode(e) === "VALIDATION_FAILED" && Object.keys(f).length) {
        form.setFields(Object.entries(f).filter(([k]) => k !== "occurredOn").map(([name, msg]) => ({ name, errors: [msg] })));
        if (f.occurredOn) setDateError(f.occurredOn);
      } else toastError(e);
    }
  };

  const editing = !!id;
  return (
    <Page title={editing ? "修改履职材料" : "报送履职材料"} back backTo={editing ? `/performance/materials/${id}` : "/performance?tab=materials"}>
      {editing && existing.error && !m && <LoadFailed error={existing.error} onRetry={() => void existing.refetch()} />}
      {editing && existing.loading ? (
        <Skeleton.Paragraph lineCount={6} animated />
      ) : (
        <>
          <Form form={form} layout="vertical" mode="card">
            <Form.Item name="title" label="标题" required>
              <Input placeholder="如：参加乡村振兴专题调研" maxLength={100} clearable />
            </Form.Item>
            <Form.Item label="履职日期" required onClick={() => setPick(true)} arrowIcon description={dateError ? <span style={{ color: "var(--adm-color-danger)" }}>{dateError}</span> : undefined}>
              {date ? dayOf(date) : <span style={{ color: "var(--adm-color-weak)" }}>请选择</span>}
            </Form.Item>
            <Form.Item name="content" label="履职内容" required>
              <TextArea placeholder="时间、地点、做了什么、取得的成效" autoSize={{ minRows: 5, maxRows: 12 }} maxLength={20000} showCount />
            </Form.Item>
          </Form>
          <DatePicker visible={pick} max={new Date()} value={date} onClose={() => setPick(false)} onConfirm={(d) => (setDate(d), setDateError(null))} confirmText="确定" cancelText="取消" title="履职日期" />
          <div style={{ padding: "4px 12px 24px" }}>
            <Button block color="primary" size="large" loading={s.loading || u.loading} onClick={() => void send()}>
              {m?.status === "RETURNED" ? "重新提交" : "提交"}
            </Button>
          </div>
        </>
      )}
    </Page>
  );
}
