import { useRef } from "react";
import { Button, List, Toast } from "antd-mobile";
import { FileOutline } from "antd-mobile-icons";
import { useApolloClient } from "@apollo/client/react";
import { PROPOSAL_ATTACHMENT_MAX_BYTES } from "@zhzx/shared";
import { toastError } from "../../../app/errors";
import { ProposalFileDocument } from "../graphql/proposals";
import { fileSize } from "./labels";
import styles from "../pages/proposals.module.css";

export interface StoredFile {
  id: string;
  name: string;
  size: number;
}
const ACCEPT = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png";
export const MAX_FILES = 20;

export interface FileContent {
  base64: string;
  contentType: string;
  filename: string;
}

/**
 * Documents of a proposal or a reply (or, with `load`, of another record); a tap downloads one (the API
 * checks who may see it).
 */
export function AttachmentLinks({ items, title = "附件", load }: { items: StoredFile[]; title?: string; load?: (id: string) => Promise<FileContent | null> }) {
  const client = useApolloClient();
  if (!items.length) return null;
  const loadProposalFile = async (id: string) => (await client.query({ query: ProposalFileDocument, variables: { id }, fetchPolicy: "no-cache" })).data?.proposalAttachment ?? null;
  const open = async (f: StoredFile) => {
    try {
      const file = await (load ?? loadProposalFile)(f.id);
      if (!file) return;
      const { base64, contentType, filename } = file;
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      toastError(e);
    }
  };
  return (
    <List header={title} mode="card" className={styles.files}>
      {items.map((f) => (
        <List.Item key={f.id} prefix={<FileOutline />} extra={fileSize(f.size)} onClick={() => void open(f)} arrowIcon={false}>
          {f.name}
        </List.Item>
      ))}
    </List>
  );
}

/** Why a chosen file cannot be attached, before any byte is sent (the server checks the content again). */
export function fileProblem(file: File): string | null {
  if (!/\.(pdf|docx|xlsx|jpe?g|png)$/i.test(file.name)) return "只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG 文件";
  if (file.size === 0) return "文件是空的";
  if (file.size > PROPOSAL_ATTACHMENT_MAX_BYTES) return `附件过大（最大 ${PROPOSAL_ATTACHMENT_MAX_BYTES / 1024 / 1024} MB）`;
  return null;
}

export const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onerror = () => reject(new Error("读取文件失败，请重新选择"));
    r.onload = () => {
      const url = String(r.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    r.readAsDataURL(file);
  });

/** Files kept (already stored) and added (still on the phone); either can be removed before saving. */
export function FilePicker({ stored, added, onRemoveStored, onAdded }: {
  stored: StoredFile[];
  added: File[];
  onRemoveStored: (id: string) => void;
  onAdded: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const count = stored.length + added.length;
  const pick = (list: FileList | null) => {
    const ok: File[] = [];
    for (const f of Array.from(list ?? [])) {
      const problem = fileProblem(f);
      if (problem) Toast.show({ content: `${f.name}：${problem}` });
      else ok.push(f);
    }
    onAdded([...added, ...ok].slice(0, MAX_FILES - stored.length));
    if (input.current) input.current.value = "";
  };
  return (
    <div>
      {(stored.length > 0 || added.length > 0) && (
        <ul className={styles.fileList}>
          {stored.map((f) => (
            <li key={f.id}>
              <span>{f.name}</span>
              <a role="button" aria-label={`删除附件${f.name}`} onClick={() => onRemoveStored(f.id)}>
                删除
              </a>
            </li>
          ))}
          {added.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              <span>
                {f.name}（{fileSize(f.size)}，待上传）
              </span>
              <a role="button" aria-label={`删除附件${f.name}`} onClick={() => onAdded(added.filter((_, j) => j !== i))}>
                删除
              </a>
            </li>
          ))}
        </ul>
      )}
      <input ref={input} type="file" accept={ACCEPT} multiple hidden aria-label="选择附件" onChange={(e) => pick(e.target.files)} />
      <Button size="mini" fill="outline" disabled={count >= MAX_FILES} onClick={() => input.current?.click()}>
        添加附件
      </Button>
      <div className={styles.hint}>PDF、Word、Excel、图片，每个不超过 5 MB</div>
    </div>
  );
}
