import { useApolloClient } from "@apollo/client/react";
import { App, Space, Typography } from "antd";
import { PaperClipOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { OpinionAttachmentQuery } from "../graphql/opinions.graphql";

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** The submitter's documents; each downloads on click (the content is fetched only then, checked by the API). */
export function OpinionAttachments({ files }: { files: readonly { id: string; name: string; size: number }[] }) {
  const client = useApolloClient();
  const { message } = App.useApp();
  if (!files.length) return null;
  const download = async (id: string) => {
    try {
      const { data } = await client.query({ query: OpinionAttachmentQuery, variables: { id }, fetchPolicy: "network-only" });
      downloadBase64File(data!.opinionAttachment);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={5}>附件</Typography.Title>
      <Space orientation="vertical" size={2}>
        {files.map((f) => (
          <a key={f.id} onClick={() => void download(f.id)}>
            <PaperClipOutlined /> {f.name} <Typography.Text type="secondary">（{size(f.size)}）</Typography.Text>
          </a>
        ))}
      </Space>
    </div>
  );
}
