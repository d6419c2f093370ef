import { useApolloClient } from "@apollo/client/react";
import { Typography } from "antd";
import { AttachmentLinks } from "../../proposals/components/AttachmentLinks";
import { OpinionAttachmentQuery } from "../graphql/opinions.graphql";

/** The submitter's documents under the text; the same links as a proposal's, fetched through the opinion API. */
export function OpinionAttachments({ files }: { files: readonly { id: string; name: string; size: number }[] }) {
  const client = useApolloClient();
  if (!files.length) return null;
  const load = async (id: string) => (await client.query({ query: OpinionAttachmentQuery, variables: { id }, fetchPolicy: "network-only" })).data!.opinionAttachment;
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={5}>附件</Typography.Title>
      <AttachmentLinks files={files} load={load} />
    </div>
  );
}
