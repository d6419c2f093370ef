import { useQuery } from "@apollo/client/react";
import { MyMaterialsDocument } from "../graphql/performance";

/** One of my materials: the API lists them (a member reports a few a year), so it is found in the list. */
export function useMyMaterial(id: string | undefined) {
  const q = useQuery(MyMaterialsDocument, { variables: { page: 1, pageSize: 100 }, skip: !id, fetchPolicy: "cache-and-network" });
  const material = q.data?.myPerformanceMaterials.items.find((m) => m.id === id) ?? null;
  return { material, loading: q.loading && !q.data, error: q.error, refetch: q.refetch, loaded: !!q.data };
}
