import { useApolloClient } from "@apollo/client/react";
import { App, Button, Popconfirm, Space, Typography } from "antd";
import { PaperClipOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ProposalAttachmentQuery } from "../graphql/proposals.graphql";
import { fileSize } from "./labels";

type FileContent = { filename: string; contentType: string; base64: string };

/**
 * Attachments of a proposal or a reply (or, with `load`, of another record); each downloads on click
 * (the content is fetched only then, and the API checks who may see it). With `onRemove`, each file has a
 * confirmed 删除 beside it.
 */
export function AttachmentLinks({ files, empty = "无附件", load, onRemove }: {
  files: readonly { id: string; name: string; size: number }[];
  empty?: string;
  load?: (id: string) => Promise<FileContent>;
  onRemove?: (file: { id: string; name: string }) => void;
}) {
  const client = useApolloClient();
  const { message } = App.useApp();
  if (!files.length) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  const download = async (id: string) => {
    try {
      downloadBase64File(load ? await load(id) : (await client.query({ query: ProposalAttachmentQuery, variables: { id }, fetchPolicy: "network-only" })).data!.proposalAttachment);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Space orientation="vertical" size={2}>
      {files.map((f) => {
        const link = (
          <a key={f.id} onClick={() => download(f.id)}>
            <PaperClipOutlined /> {f.name} <Typography.Text type="secondary">（{fileSize(f.size)}）</Typography.Text>
          </a>
        );
        if (!onRemove) return link;
        return (
          <Space key={f.id} size={4}>
            {link}
            <Popconfirm title={`删除附件“${f.name}”吗？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => onRemove(f)}>
              <Button type="link" size="small" danger aria-label={`删除附件 ${f.name}`}>
                删除
              </Button>
            </Popconfirm>
          </Space>
        );
      })}
    </Space>
  );
}
