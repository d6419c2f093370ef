import { useApolloClient } from "@apollo/client/react";
import { App, Space, Typography } from "antd";
import { PaperClipOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ProposalAttachmentQuery } from "../graphql/proposals.graphql";
import { fileSize } from "./labels";

/** Attachments of a proposal or a reply; each downloads on click (the content is fetched only then). */
export function AttachmentLinks({ files, empty = "无附件" }: { files: { id: string; name: string; size: number }[]; empty?: string }) {
  const client = useApolloClient();
  const { message } = App.useApp();
  if (!files.length) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  const download = async (id: string) => {
    try {
      const { data } = await client.query({ query: ProposalAttachmentQuery, variables: { id }, fetchPolicy: "network-only" });
      downloadBase64File(data!.proposalAttachment);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Space orientation="vertical" size={2}>
      {files.map((f) => (
        <a key={f.id} onClick={() => download(f.id)}>
          <PaperClipOutlined /> {f.name} <Typography.Text type="secondary">（{fileSize(f.size)}）</Typography.Text>
        </a>
      ))}
    </Space>
  );
}
