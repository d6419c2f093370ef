import { Button, Form, Input, Picker, TextArea, Toast } from "antd-mobile";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { createProposalInput } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { fieldErrors, toastError } from "../../../app/errors";
import { CreateMyProposalDocument, ProposalFormLookupsDocument, SubmitMyProposalDocument } from "../graphql/proposals";
import styles from "./proposals.module.css";

interface Values {
  title: string;
  categoryId?: string;
  content: string;
  reasons?: string;
  suggestions?: string;
}

/** Plain paragraphs typed on a phone, as the HTML the proposal stores (escaped; the server sanitises again). */
const toHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`)
    .join("");

/** 写提案: title, category, content, 案由 and 建议; saved as a draft or submitted at once. */
export default function NewProposalPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const lookups = useQuery(ProposalFormLookupsDocument, { fetchPolicy: "cache-first" });
  const [create, c] = useMutation(CreateMyProposalDocument);
  const [submit, s] = useMutation(SubmitMyProposalDocument);
  const [pickerOpen, setPickerOpen] = useState(false);
  const categoryId = Form.useWatch("categoryId", form);
  const session = lookups.data?.committeeSessions.find((x) => x.isCurrent);
  const categories = lookups.data?.proposalCategories ?? [];

  const save = async (andSubmit: boolean) => {
    const v = form.getFieldsValue(true) as Values;
    const input = { sessionId: session?.id ?? "", categoryId: v.categoryId ?? null, title: v.title ?? "", content: toHtml(v.content ?? ""), reasons: v.reasons ?? null, suggestions: v.suggestions ?? null };
    const parsed = createProposalInput.safeParse(input);
    if (!parsed.success) {
      const byField = new Map<string, string>();
      for (const i of parsed.error.issues) byField.set(String(i.path[0]), byField.get(String(i.path[0])) ?? i.message);
      form.setFields(["title", "content", "reasons", "suggestions"].map((name) => ({ name, errors: byField.get(name) ? [byField.get(name)!] : [] })));
      if (byField.has("sessionId")) Toast.show({ content: "本届届次尚未设置，请联系委员会办公室" });
      return;
    }
    try {
      const created = (await create({ variables: { input } })).data!.createProposal;
      if (andSubmit) await submit({ variables: { input: { id: created.id, version: created.version } } });
      Toast.show({ icon: "success", content: andSubmit ? "提案已提交，等待审查" : "已保存草稿" });
      navigate(`/proposals/${created.id}`, { replace: true });
    } catch (e) {
      const fields = fieldErrors(e);
      if (Object.keys(fields).length) form.setFields(Object.entries(fields).map(([name, m]) => ({ name, errors: [m] })));
      else toastError(e);
    }
  };

  return (
    <Page title="写提案" back backTo="/proposals">
      <Form form={form} layout="vertical" mode="card">
        <Form.Item name="title" label="标题" required>
          <Input placeholder="如：关于……的建议" maxLength={200} clearable />
        </Form.Item>
        <Form.Item label="分类" onClick={() => setPickerOpen(true)} arrowIcon>
          {categories.find((x) => x.id === categoryId)?.path ?? <span className={styles.meta}>请选择（可由提案委确定）</span>}
        </Form.Item>
        <Form.Item name="content" label="提案内容" required>
          <TextArea placeholder="写明问题的现状和原因" autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
        <Form.Item name="reasons" label="案由">
          <TextArea placeholder="提出这件提案的理由" autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="suggestions" label="办法建议">
          <TextArea placeholder="具体、可行的建议" autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
      <Picker
        columns={[categories.map((x) => ({ label: x.path, value: x.id }))]}
        visible={pickerOpen}
        onClose={() => setPickerOpen(false)}
        onConfirm={(v) => form.setFieldsValue({ categoryId: (v[0] as string) ?? undefined })}
        confirmText="确定"
        cancelText="取消"
      />
      <div className={styles.actions} style={{ display: "grid", gap: 8 }}>
        <Button block color="primary" size="large" loading={c.loading || s.loading} onClick={() => void save(true)}>
          提交
        </Button>
        <Button block loading={c.loading} onClick={() => void save(false)}>
          保存草稿
        </Button>
      </div>
    </Page>
  );
}
