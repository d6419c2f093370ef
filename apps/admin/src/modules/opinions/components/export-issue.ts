import type { ApolloClient } from "@apollo/client";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ExportJournalIssueQuery } from "../graphql/journals.graphql";

/** Asks the server for the issue as a .docx (公文简报版式) and saves it. Returns the file name. */
export async function downloadIssueDocx(client: ApolloClient, issueId: string) {
  const { data } = await client.query({ query: ExportJournalIssueQuery, variables: { id: issueId }, fetchPolicy: "no-cache" });
  if (!data) throw new Error("导出失败，请稍后重试");
  downloadBase64File(data.exportJournalIssue);
  return data.exportJournalIssue.filename;
}
