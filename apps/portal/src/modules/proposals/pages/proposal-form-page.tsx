import { useEffect, useState } from "react";
import { Button, Dialog, Form, Input, NoticeBar, Picker, Skeleton, TextArea, Toast } from "antd-mobile";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { createProposalInput } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { useLocalDraft } from "../../../app/offline/local-draft";
import { LoadFailed } from "../../../app/components/page-states";
import { errorMessage, fieldErrors } from "../../../app/errors";
import { FilePicker, readBase64, type StoredFile } from "../components/attachments";
import { CosignerPicker, type Cosigner } from "../components/cosigner-picker";
import { fromHtml, toHtml } from "../components/labels";
import {
  CreateMyProposalDocument, DeleteProposalFileDocument, InviteMyCosignersDocument, MyProposalDocument, ProposalFormLookupsDocument, SubmitMyProposalDocument,
  UpdateMyProposalDocument, UploadProposalFileDocument,
} from "../graphql/proposals";
import styles from "./proposals.module.css";

interface Values {
  title?: string;
  categoryId?: string;
  content?: string;
  reasons?: string;
  suggestions?: string;
}
const FIELDS = ["title", "categoryId", "content", "reasons", "suggestions"] as const;

/**
 * 写提案 / 修改提案: title, category, content, 案由, 办法建议, co-signers and documents. 保存草稿 keeps it;
 * 提交 sends it to review, or, with co-signers invited, to them first (it is submitted once all answer).
 */
export default function ProposalFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const lookups = useQuery(ProposalFormLookupsDocument, { fetchPolicy: "cache-first" });
  const existing = useQuery(MyProposalDocument, { variables: { id: id ?? "" }, skip: !id, fetchPolicy: "network-only" });
  const [create] = useMutation(CreateMyProposalDocument);
  const [update] = useMutation(UpdateMyProposalDocument);
  const [submit] = useMutation(SubmitMyProposalDocument);
  const [invite] = useMutation(InviteMyCosignersDocument);
  const [upload] = useMutation(UploadProposalFileDocument);
  const [removeFile] = useMutation(DeleteProposalFileDocument);
  const [busy, setBusy] = useState<"draft" | "submit" | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [cosigners, setCosigners] = useState<Cosigner[]>([]);
  const [stored, setStored] = useState<StoredFile[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [added, setAdded] = useState<File[]>([]);
  const categoryId = Form.useWatch("categoryId", form);
  // What is typed is kept on the device until it reaches the server (offline, reload, closed tab).
  const local = useLocalDraft<Values>(`proposal:${id ?? "new"}`);
  const [restored, setRestored] = useState(false);
  const session = lookups.data?.committeeSessions.find((x) => x.isCurrent);
  const categories = lookups.data?.proposalCategories ?? [];
  const p = existing.data?.proposal;
  const invited = (p?.cosigners ?? []).map((c) => ({ id: c.memberId, name: c.memberName }));

  useEffect(() => {
    if (!p) return;
    form.setFieldsValue({ title: p.title, categoryId: p.category?.id, content: fromHtml(p.content), reasons: p.reasons ?? undefined, suggestions: p.suggestions ?? undefined });
    setStored(p.attachments);
  }, [p, form]);
  // Unsaved typing from an earlier visit wins over the stored text (it is newer); new forms restore at once.
  useEffect(() => {
    if (id && !p) return;
    const kept = local.read();
    if (kept) {
      form.setFieldsValue(kept.values);
      setRestored(true);
    }
  }, [id, p, form, local]);

  const save = async (andSubmit: boolean) => {
    const v = form.getFieldsValue(true) as Values;
    const input = {
      sessionId: p?.session.id ?? session?.id ?? "",
      categoryId: v.categoryId ?? null,
      title: v.title ?? "",
      content: toHtml(v.content ?? ""),
      reasons: v.reasons?.trim() || null,
      suggestions: v.suggestions?.trim() || null,
    };
    const parsed = createProposalInput.safeParse(input);
    const byField = new Map<string, string>();
    if (!parsed.success) for (const i of parsed.error.issues) if (!byField.has(String(i.path[0]))) byField.set(String(i.path[0]), i.message);
    form.setFields(FIELDS.map((name) => ({ name, errors: byField.has(name) ? [byField.get(name)!] : [] })));
    if (!parsed.success) {
      if (byField.has("sessionId")) Toast.show({ content: "本届届次尚未设置，请联系委员会办公室" });
      else setTimeout(() => document.querySelector(".adm-form-item-feedback-error")?.scrollIntoView({ block: "center" }), 50);
      return;
    }
    if (!andSubmit && cosigners.length > 0) {
      const ok = await Dialog.confirm({ content: "保存草稿不会发出联名邀请，所选的联名委员不会保留。继续保存？", confirmText: "保存草稿", cancelText: "取消" });
      if (!ok) return;
    }
    if (andSubmit && cosigners.length === 0 && invited.length === 0) {
      const ok = await Dialog.confirm({ content: "提交后将进入提案审查，不能再修改。确认提交？", confirmText: "提交", cancelText: "再看看" });
      if (!ok) return;
    }
    setBusy(andSubmit ? "submit" : "draft");
    let saved: { id: string; version: number } | null = p ? { id: p.id, version: p.version } : null;
    try {
      const { sessionId: _s, ...changes } = input;
      saved = p
        ? (await update({ variables: { id: p.id, version: p.version, input: changes } })).data!.updateProposal
        : (await create({ variables: { input } })).data!.createProposal;
      for (const fileId of removed) await removeFile({ variables: { id: fileId } });
      for (const f of added) await upload({ variables: { input: { proposalId: saved.id, kind: "PROPOSAL", name: f.name, fileBase64: await readBase64(f) } } });
      setRemoved([]);
      setAdded([]);
      if (!andSubmit) setCosigners([]);
      let text = "已保存草稿";
      if (andSubmit && cosigners.length > 0) {
        saved = (await invite({ variables: { input: { id: saved.id, version: saved.version, memberIds: cosigners.map((c) => c.id) } } })).data!.inviteProposalCosigners;
        text = `已向 ${cosigners.length} 位委员发出联名邀请，全部答复后即可提交`;
      } else if (andSubmit) {
        await submit({ variables: { input: { id: saved.id, version: saved.version } } });
        text = "提案已提交，等待审查";
      }
      local.clear();
      Toast.show({ icon: "success", content: text });
      navigate(`/proposals/${saved.id}`, { replace: true });
    } catch (e) {
      const fields = fieldErrors(e);
      const known = Object.entries(fields).filter(([name]) => (FIELDS as readonly string[]).includes(name));
      if (known.length) form.setFields(known.map(([name, m]) => ({ name, errors: [m] })));
      Toast.show({ icon: "fail", content: errorMessage(e) });
      // Saved before the failure: carry on editing the stored draft, not a second new one.
      if (saved && !p) navigate(`/proposals/${saved.id}/edit`, { replace: true });
      else void existing.refetch();
    } finally {
      setBusy(null);
    }
  };

  if (id && existing.error && !p) return <Page title="修改提案" back backTo="/proposals"><LoadFailed error={existing.error} onRetry={() => void existing.refetch()} /></Page>;
  if (id && !p) return <Page title="修改提案" back backTo="/proposals"><div style={{ padding: 16 }}><Skeleton.Paragraph lineCount={10} animated /></div></Page>;

  return (
    <Page title={p ? "修改提案" : "写提案"} back backTo={p ? `/proposals/${p.id}` : "/proposals"}>
      {p?.state === "RETURNED" && p.returnReason && <p className={styles.notice} style={{ color: "var(--adm-color-danger)" }}>退回理由：{p.returnReason}</p>}
      {restored && (
        <NoticeBar
          color="info"
          wrap
          content="已恢复您在本机上次未保存的内容。"
          extra={
            <span
              role="button"
              onClick={() => {
                local.clear();
                setRestored(false);
                if (p) form.setFieldsValue({ title: p.title, categoryId: p.category?.id, content: fromHtml(p.content), reasons: p.reasons ?? undefined, suggestions: p.suggestions ?? undefined });
                else form.resetFields();
              }}
            >
              放弃
            </span>
          }
        />
      )}
      <Form form={form} layout="vertical" mode="card" onValuesChange={(_, all) => local.write(all as Values)}>
        <Form.Header>{p ? p.session.name : (session?.name ?? "")}</Form.Header>
        <Form.Item name="title" label="标题" required>
          <Input placeholder="如：关于……的建议" maxLength={200} clearable />
        </Form.Item>
        <Form.Item name="categoryId" label="分类" onClick={() => setPickerOpen(true)} arrowIcon>
          {categories.find((x) => x.id === categoryId)?.path ?? <span className={styles.meta}>请选择（也可由提案委确定）</span>}
        </Form.Item>
        <Form.Item name="content" label="提案内容" required>
          <TextArea placeholder="写明问题的现状和原因" autoSize={{ minRows: 6, maxRows: 16 }} />
        </Form.Item>
        <Form.Item name="reasons" label="案由">
          <TextArea placeholder="提出这件提案的理由" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="suggestions" label="办法建议">
          <TextArea placeholder="具体、可行的建议" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
        </Form.Item>
        <Form.Item label="联名委员" description="被邀请的委员全部答复后，提案才能提交">
          <CosignerPicker value={cosigners} fixed={invited} excludeId={p?.memberId} onChange={setCosigners} />
        </Form.Item>
        <Form.Item label="附件">
          <FilePicker
            stored={stored}
            added={added}
            onRemoveStored={(fileId) => {
              setStored((xs) => xs.filter((x) => x.id !== fileId));
              setRemoved((xs) => [...xs, fileId]);
            }}
            onAdded={setAdded}
          />
        </Form.Item>
      </Form>
      <Picker
        columns={[categories.map((x) => ({ label: x.path, value: x.id }))]}
        visible={pickerOpen}
        value={categoryId ? [categoryId] : []}
        onClose={() => setPickerOpen(false)}
        onConfirm={(v) => {
          form.setFieldsValue({ categoryId: (v[0] as string) ?? undefined });
          local.write(form.getFieldsValue(true) as Values);
        }}
        confirmText="确定"
        cancelText="取消"
        title="选择分类"
      />
      <div className={styles.actions} style={{ display: "grid", gap: 8 }}>
        <Button block color="primary" size="large" loading={busy === "submit"} disabled={!!busy || !lookups.data} onClick={() => void save(true)}>
          {cosigners.length > 0 ? "发出联名邀请" : "提交"}
        </Button>
        <Button block loading={busy === "draft"} disabled={!!busy || !lookups.data} onClick={() => void save(false)}>
          保存草稿
        </Button>
      </div>
    </Page>
  );
}
