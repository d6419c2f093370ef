import { useApolloClient } from "@apollo/client/react";
import { App, Space, Typography } from "antd";
import { PaperClipOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../../app/errors";
import { downloadBase64File } from "../../../organisation/components/file-transfer";
import { HandlingAttachmentQuery } from "../graphql/handling.graphql";
import { fileSize } from "./labels";

/** Documents of a proposal or of a reply; each downloads on click (the API checks who may see it). */
export function AttachmentList({ items }: { items: { id: string; name: string; size: number }[] }) {
  const client = useApolloClient();
  const { message } = App.useApp();
  if (!items.length) return null;
  const download = async (id: string) => {
    try {
      const { data } = await client.query({ query: HandlingAttachmentQuery, variables: { id }, fetchPolicy: "no-cache" });
      if (data) downloadBase64File(data.proposalAttachment);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Space orientation="vertical" size={2}>
      {items.map((f) => (
        <Typography.Link key={f.id} onClick={() => void download(f.id)}>
          <PaperClipOutlined /> {f.name} <Typography.Text type="secondary">（{fileSize(f.size)}）</Typography.Text>
        </Typography.Link>
      ))}
    </Space>
  );
}
