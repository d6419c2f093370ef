import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Button, Upload } from "antd";
import { UploadOutlined } from "@ant-design/icons";
import { OPINION_INSTRUCTION_MAX_ATTACHMENTS } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { readFileAsBase64 } from "../../organisation/components/file-transfer";
import { AttachmentLinks } from "../../proposals/components/AttachmentLinks";
import { ATTACHMENT_ACCEPT, attachmentProblem } from "../../proposals/components/AttachmentPicker";
import { DeleteInstructionAttachmentMutation, InstructionAttachmentQuery, UploadInstructionAttachmentMutation } from "../graphql/opinions.graphql";

/**
 * The files of one 批示反馈 (the proposals' links, fetched through the instruction API for the item being
 * looked at, so a county also gets the files of its city's instruction). `editable`: staff who may record
 * instructions add and remove files here.
 */
export function InstructionAttachments({ opinionId, instructionId, files, editable, onChanged }: {
  opinionId: string;
  instructionId: string;
  files: readonly { id: string; name: string; size: number }[];
  editable?: boolean;
  onChanged?: () => void;
}) {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [upload] = useMutation(UploadInstructionAttachmentMutation);
  const [remove] = useMutation(DeleteInstructionAttachmentMutation);
  const load = async (id: string) => (await client.query({ query: InstructionAttachmentQuery, variables: { opinionId, id }, fetchPolicy: "network-only" })).data!.instructionAttachment;

  const add = async (file: File) => {
    const problem = attachmentProblem(file);
    if (problem) return void message.error(`${file.name}：${problem}`);
    setBusy(true);
    try {
      await upload({ variables: { input: { instructionId, name: file.name, fileBase64: await readFileAsBase64(file, () => undefined) } } });
      message.success(`已上传附件 ${file.name}`);
      onChanged?.();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const drop = async (f: { id: string; name: string }) => {
    try {
      await remove({ variables: { id: f.id } });
      message.success(`已删除附件 ${f.name}`);
      onChanged?.();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (!files.length && !editable) return null;
  return (
    <div style={{ marginTop: 6 }} data-testid="instruction-attachments">
      {files.length > 0 && (
        <div>
          <AttachmentLinks files={files} load={load} onRemove={editable ? (f) => void drop(f) : undefined} />
        </div>
      )}
      {editable && files.length < OPINION_INSTRUCTION_MAX_ATTACHMENTS && (
        <div style={{ marginTop: 4 }}>
          <Upload accept={ATTACHMENT_ACCEPT} showUploadList={false} beforeUpload={(f) => (void add(f), false)}>
            <Button size="small" icon={<UploadOutlined />} loading={busy}>
              上传附件
            </Button>
          </Upload>
        </div>
      )}
    </div>
  );
}
