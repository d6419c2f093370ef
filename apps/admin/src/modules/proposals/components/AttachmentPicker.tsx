import { App, Button, Upload, type UploadFile } from "antd";
import { UploadOutlined } from "@ant-design/icons";
import { PROPOSAL_ATTACHMENT_MAX_BYTES } from "@zhzx/shared";

/** The document types the API accepts (checked again there by content): PDF, Word, Excel, JPG, PNG. */
export const ATTACHMENT_ACCEPT = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png";

/** Why a chosen file cannot be uploaded, before any byte is sent (the server checks the content again). */
export function attachmentProblem(file: File): string | null {
  if (!/\.(pdf|docx|xlsx|jpe?g|png)$/i.test(file.name)) return "只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG 文件";
  if (file.size === 0) return "文件是空的";
  if (file.size > PROPOSAL_ATTACHMENT_MAX_BYTES) return `附件过大（最大 ${PROPOSAL_ATTACHMENT_MAX_BYTES / 1024 / 1024} MB）`;
  return null;
}

/** The hint under a picker: what may be chosen, how large, how many. */
export const attachmentHint = (max: number) => `PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG，每个不超过 ${PROPOSAL_ATTACHMENT_MAX_BYTES / 1024 / 1024} MB，最多 ${max} 个`;

/**
 * Files chosen to go with a form (a reply, an instruction): kept in the browser until the form is sent,
 * which uploads them (`originFileObj`); a file that would be refused is refused here already.
 */
export function AttachmentPicker({ files, onChange, max }: { files: UploadFile[]; onChange: (update: (files: UploadFile[]) => UploadFile[]) => void; max: number }) {
  const { message } = App.useApp();
  return (
    <Upload
      accept={ATTACHMENT_ACCEPT}
      multiple
      fileList={files}
      beforeUpload={(file) => {
        const problem = attachmentProblem(file);
        if (problem) {
          message.error(`${file.name}：${problem}`);
          return Upload.LIST_IGNORE;
        }
        onChange((xs) => (xs.length >= max ? xs : [...xs, { uid: file.uid, name: file.name, size: file.size, status: "done", originFileObj: file }]));
        return false;
      }}
      onRemove={(f) => onChange((xs) => xs.filter((x) => x.uid !== f.uid))}
    >
      <Button icon={<UploadOutlined />} disabled={files.length >= max}>
        选择文件
      </Button>
    </Upload>
  );
}
