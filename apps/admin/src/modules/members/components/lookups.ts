import { useQuery } from "@apollo/client/react";
import type { DictOptionFragment, MemberLookupsQuery as MemberLookupsResult } from "../../../gql/graphql";
import { MemberLookupsQuery } from "../graphql/members.graphql";

export type Lookups = MemberLookupsResult;
export type SessionOption = Lookups["committeeSessions"][number];

/** Dictionaries and sessions for filters and forms; they change rarely, so the cache answers first. */
export function useMemberLookups() {
  const { data, loading, error, refetch } = useQuery(MemberLookupsQuery, { fetchPolicy: "cache-first" });
  const currentSession = data?.committeeSessions.find((s) => s.isCurrent) ?? data?.committeeSessions[0] ?? null;
  return { lookups: data, currentSession, loading: loading && !data, error, refetch };
}

/** Options of a filter: every item, a disabled one marked (old records still use it). */
export const filterOptions = (items: readonly DictOptionFragment[] | undefined) =>
  (items ?? []).map((i) => ({ value: i.id, label: i.disabled ? `${i.name}（已停用）` : i.name }));

/** Options of a form field: enabled items, plus the record's current value even if it was disabled since. */
export const formOptions = (items: readonly DictOptionFragment[] | undefined, keepId?: string | null) =>
  (items ?? []).filter((i) => !i.disabled || i.id === keepId).map((i) => ({ value: i.id, label: i.disabled ? `${i.name}（已停用）` : i.name }));

export const sessionLabel = (s: Pick<SessionOption, "name" | "isCurrent"> & { startYear?: number; endYear?: number }) =>
  `${s.name}${s.startYear ? `（${s.startYear}—${s.endYear}）` : ""}${s.isCurrent ? " · 本届" : ""}`;
