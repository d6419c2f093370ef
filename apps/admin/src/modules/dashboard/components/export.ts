import type { ApolloClient } from "@apollo/client";
import type { DashboardFilterInput } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ExportDashboardQuery, ExportDashboardRollupQuery } from "../graphql/dashboard.graphql";

/** A chart's data (or all of it) as Excel: the server builds the workbook from the same figures (exceljs). */
export async function exportChart(client: ApolloClient, filter: DashboardFilterInput, chart: string | null) {
  const r = await client.query({ query: ExportDashboardQuery, variables: { filter, chart }, fetchPolicy: "no-cache" });
  if (r.error) throw r.error;
  downloadBase64File(r.data!.exportDashboard);
}

export async function exportRollup(client: ApolloClient, filter: DashboardFilterInput) {
  const r = await client.query({ query: ExportDashboardRollupQuery, variables: { filter }, fetchPolicy: "no-cache" });
  if (r.error) throw r.error;
  downloadBase64File(r.data!.exportDashboardRollup);
}
