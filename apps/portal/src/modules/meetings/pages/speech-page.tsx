import { useEffect } from "react";
import { Button, Form, Input, Skeleton, TextArea, Toast } from "antd-mobile";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { meetingSpeechInput } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { fieldErrors, toastError } from "../../../app/errors";
import { MyMeetingSpeechesDocument, SubmitSpeechDocument, UpdateSpeechDocument } from "../graphql/meetings";
import styles from "./meetings.module.css";

const shape = meetingSpeechInput.shape;
const rule = (schema: (typeof shape)[keyof typeof shape]) => ({
  validator: async (_: unknown, value: unknown) => {
    const parsed = schema.safeParse(typeof value === "string" ? value : undefined);
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "输入有误");
  },
});

/** 大会发言: write (or, while it waits for review, revise) a written speech for a meeting. */
export default function SpeechPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const editId = params.get("edit");
  const navigate = useNavigate();
  const [form] = Form.useForm<{ title: string; content: string }>();
  const mine = useQuery(MyMeetingSpeechesDocument, { variables: { meetingId: id }, skip: !editId, fetchPolicy: "cache-and-network" });
  const existing = mine.data?.myMeetingSpeeches.find((s) => s.id === editId);
  const [submit, s] = useMutation(SubmitSpeechDocument, { refetchQueries: ["MyMeetingSpeechesPortal"] });
  const [update, u] = useMutation(UpdateSpeechDocument);

  useEffect(() => {
    if (existing) form.setFieldsValue({ title: existing.title, content: existing.content });
  }, [existing, form]);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input = { title: v.title.trim(), content: v.content };
    try {
      if (editId) await update({ variables: { id: editId, input } });
      else await submit({ variables: { meetingId: id, input } });
      Toast.show({ icon: "success", content: editId ? "已保存修改" : "已提交，等待审核" });
      navigate(`/meetings/${id}`, { replace: true });
    } catch (e) {
      const fields = fieldErrors(e);
      if (Object.keys(fields).length) form.setFields(Object.entries(fields).map(([name, m]) => ({ name: name as "title" | "content", errors: [m] })));
      toastError(e);
    }
  };

  return (
    <Page title={editId ? "修改大会发言" : "提交大会发言"} back backTo={`/meetings/${id}`}>
      {editId && !existing && mine.loading ? (
        <Skeleton.Paragraph lineCount={8} animated />
      ) : (
        <Form
          form={form}
          layout="vertical"
          mode="card"
          footer={
            <div className={styles.actions}>
              <Button block color="primary" size="large" loading={s.loading || u.loading} onClick={() => void save()}>
                {editId ? "保存修改" : "提交"}
              </Button>
              <p className={styles.meta}>提交后由机关工作人员审核；审核前可以修改或撤回。</p>
            </div>
          }
        >
          <Form.Item name="title" label="发言题目" rules={[rule(shape.title)]}>
            <Input placeholder="如：关于推进城乡养老服务一体化的建议" maxLength={100} clearable />
          </Form.Item>
          <Form.Item name="content" label="发言内容" rules={[rule(shape.content)]}>
            <TextArea placeholder="请输入书面发言稿" autoSize={{ minRows: 10, maxRows: 24 }} maxLength={20000} showCount />
          </Form.Item>
        </Form>
      )}
    </Page>
  );
}
