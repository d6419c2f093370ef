import { useEffect, useState } from "react";
import { Button, Dialog, Form, Input, NoticeBar, Skeleton, TextArea, Toast } from "antd-mobile";
import type { FormInstance } from "antd-mobile/es/components/form";
import { useMutation, useQuery } from "@apollo/client/react";
import { useNavigate, useParams } from "react-router";
import { opinionDraftInput } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { useLocalDraft } from "../../../app/offline/local-draft";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { errorCode, fieldErrors, toastError } from "../../../app/errors";
import { CosignerPicker, type Cosigner } from "../components/cosigner-picker";
import { FilePicker, readBase64, type StoredFile } from "../../proposals/components/attachments";
import {
  CreateOpinionDraftDocument, DeleteOpinionFileDocument, MyOpinionDocument, MyOpinionsDocument, MyOpinionStatisticsDocument, SubmitOpinionDocument, UpdateOpinionDraftDocument,
  UploadOpinionFileDocument,
} from "../graphql/opinions";
import styles from "../components/opinions.module.css";

interface Values {
  title: string;
  content: string;
}

interface FieldSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
}
/** A field's piece of the shared schema as a rule: the same Chinese message the server would give. */
const rule = (schema: FieldSchema) => ({
  validator: async (_: unknown, value: unknown) => {
    const parsed = schema.safeParse(typeof value === "string" ? value : undefined);
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "输入有误");
  },
});
const shape = opinionDraftInput.shape;

function showServerIssues(form: FormInstance, e: unknown) {
  const fields = fieldErrors(e);
  const known = Object.entries(fields).filter(([k]) => k === "title" || k === "content");
  if (errorCode(e) === "VALIDATION_FAILED" && known.length) form.setFields(known.map(([name, message]) => ({ name, errors: [message] })));
  else toastError(e);
}

/** 写社情民意 / 修改: title and text (the shared rules), co-signers; 保存草稿 or 提交. */
export default function OpinionFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const existing = useQuery(MyOpinionDocument, { variables: { id: id ?? "" }, skip: !id, fetchPolicy: "cache-and-network" });
  const o = existing.data?.opinion;
  const [cosigners, setCosigners] = useState<Cosigner[]>([]);
  const refetchQueries = [MyOpinionsDocument, MyOpinionStatisticsDocument];
  const [create, c] = useMutation(CreateOpinionDraftDocument, { refetchQueries });
  const [update, u] = useMutation(UpdateOpinionDraftDocument, { refetchQueries });
  const [submit, s] = useMutation(SubmitOpinionDocument, { refetchQueries });
  const [upload, up] = useMutation(UploadOpinionFileDocument);
  const [removeFile] = useMutation(DeleteOpinionFileDocument);
  const [stored, setStored] = useState<StoredFile[]>([]);
  const [added, setAdded] = useState<File[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const busy = c.loading || u.loading || s.loading || up.loading;
  // What is typed is kept on the device until it reaches the server (offline, reload, closed tab).
  const local = useLocalDraft<Values>(`opinion:${id ?? "new"}`);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (o) {
      form.setFieldsValue({ title: o.title, content: o.content });
      setCosigners(o.cosigners.map((x) => ({ id: x.memberId, name: x.memberName })));
      setStored(o.attachments);
    }
  }, [o, form]);
  useEffect(() => {
    if (id && !o) return;
    const kept = local.read();
    if (kept) {
      form.setFieldsValue(kept.values);
      setRestored(true);
    }
  }, [id, o, form, local]);

  /** Saves (creates or updates) the draft; returns its id and version, or null when something is wrong. */
  const save = async (): Promise<{ id: string; version: number } | null> => {
    try {
      await form.validateFields();
    } catch {
      Toast.show({ content: "请按提示修改后再提交" });
      return null;
    }
    const values = form.getFieldsValue();
    const parsed = opinionDraftInput.safeParse({ title: values.title ?? "", content: values.content ?? "", cosignerMemberIds: cosigners.map((x) => x.id) });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      if (first && (first.path[0] === "title" || first.path[0] === "content")) form.setFields([{ name: first.path[0], errors: [first.message] }]);
      else Toast.show({ content: first?.message ?? "输入有误" });
      return null;
    }
    let saved: { id: string; version: number } | null;
    try {
      if (o) {
        const { data } = await update({ variables: { id: o.id, version: o.version, input: parsed.data } });
        saved = data ? { id: data.updateOpinionDraft.id, version: data.updateOpinionDraft.version } : null;
      } else {
        const { data } = await create({ variables: { input: parsed.data } });
        saved = data ? { id: data.createOpinionDraft.id, version: data.createOpinionDraft.version } : null;
      }
    } catch (e) {
      showServerIssues(form, e);
      return null;
    }
    if (!saved) return null;
    // Documents follow the text; a refused file leaves the saved draft open for editing, not a second one.
    try {
      for (const fileId of removed) await removeFile({ variables: { id: fileId } });
      for (const f of added) await upload({ variables: { input: { opinionId: saved.id, name: f.name, fileBase64: await readBase64(f) } } });
      setRemoved([]);
      setAdded([]);
    } catch (e) {
      toastError(e);
      local.clear();
      navigate(`/opinions/${saved.id}/edit`, { replace: true });
      return null;
    }
    return saved;
  };

  const saveDraft = async () => {
    const saved = await save();
    if (!saved) return;
    local.clear();
    Toast.show({ icon: "success", content: "草稿已保存" });
    navigate(`/opinions/${saved.id}`, { replace: true });
  };

  const saveAndSubmit = async () => {
    try {
      await form.validateFields();
    } catch {
      Toast.show({ content: "请按提示修改后再提交" });
      return;
    }
    const ok = await Dialog.confirm({
      title: "提交社情民意",
      content: cosigners.length ? `提交后将请 ${cosigners.map((x) => x.name).join("、")} 确认联名，全部答复后进入审核。` : "提交后进入审核，审核期间不能修改。确定提交吗？",
      confirmText: "提交",
      cancelText: "再看看",
    });
    if (!ok) return;
    const saved = await save();
    if (!saved) return;
    local.clear(); // on the server now, whatever the submission does
    try {
      await submit({ variables: saved });
    } catch (e) {
      toastError(e);
      navigate(`/opinions/${saved.id}`, { replace: true });
      return;
    }
    local.clear();
    Toast.show({ icon: "success", content: cosigners.length ? "已提交，等待联名委员确认" : "已提交，等待审核" });
    navigate(`/opinions/${saved.id}`, { replace: true });
  };

  const title = id ? "修改社情民意" : "写社情民意";
  let body;
  if (id && existing.error && !o) body = <LoadFailed error={existing.error} onRetry={() => void existing.refetch()} />;
  else if (id && !o) {
    body = (
      <div className={styles.loading} role="status" aria-label="加载中">
        <Skeleton.Paragraph lineCount={8} animated />
      </div>
    );
  } else if (o && !o.canEdit) {
    body = <EmptyState title="这条社情民意已不能修改" description={`当前状态：${o.stateLabel}`} />;
  } else {
    body = (
      <>
        {o?.state === "RETURNED" && o.returnReason && <NoticeBar wrap color="alert" content={`退回理由：${o.returnReason}`} />}
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
                  if (o) form.setFieldsValue({ title: o.title, content: o.content });
                  else form.resetFields();
                }}
              >
                放弃
              </span>
            }
          />
        )}
        <Form
          form={form}
          onValuesChange={(_, all) => local.write(all as Values)}
          layout="vertical"
          mode="card"
          footer={
            <div className={styles.actions}>
              <Button block size="large" disabled={busy} loading={c.loading || u.loading ? "auto" : false} onClick={() => void saveDraft()}>
                保存草稿
              </Button>
              <Button block color="primary" size="large" disabled={busy} loading={s.loading} onClick={() => void saveAndSubmit()}>
                提交
              </Button>
            </div>
          }
        >
          <Form.Item name="title" label="标题" rules={[rule(shape.title)]}>
            <Input placeholder="如：关于加强老旧小区加装电梯的建议" maxLength={100} clearable />
          </Form.Item>
          <Form.Item name="content" label="正文" rules={[rule(shape.content)]} description="写明反映的情况、存在的问题和具体建议">
            <TextArea placeholder="请输入正文" autoSize={{ minRows: 10, maxRows: 24 }} maxLength={20000} showCount />
          </Form.Item>
          <Form.Item label="联名委员">
            <CosignerPicker value={cosigners} onChange={setCosigners} />
          </Form.Item>
          <Form.Item label="附件" description="PDF、Word、Excel、JPG、PNG，每个不超过 5 MB">
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
      </>
    );
  }

  return (
    <Page title={title} back backTo={id ? `/opinions/${id}` : "/opinions"}>
      {body}
    </Page>
  );
}
