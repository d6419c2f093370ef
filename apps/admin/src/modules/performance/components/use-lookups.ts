import { useQuery } from "@apollo/client/react";
import { PerformanceLookupsQuery } from "../graphql/lookups.graphql";

const options = (items: readonly { id: string; name: string; disabled: boolean }[] | undefined) =>
  (items ?? []).map((i) => ({ value: i.id, label: i.disabled ? `${i.name}（已停用）` : i.name }));

/** Sessions, years and dictionary options for the performance filters. */
export function usePerformanceLookups() {
  const { data, loading, error } = useQuery(PerformanceLookupsQuery, { fetchPolicy: "cache-first" });
  const sessions = data?.committeeSessions ?? [];
  const current = sessions.find((s) => s.isCurrent) ?? sessions[0] ?? null;
  const thisYear = new Date().getFullYear();
  const first = Math.min(thisYear, ...sessions.map((s) => s.startYear));
  const years = Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i);
  return {
    ready: !!data,
    loading,
    error,
    sessions,
    current,
    years,
    sessionOptions: sessions.map((s) => ({ value: s.id, label: `${s.name}（${s.startYear}—${s.endYear}）${s.isCurrent ? " · 本届" : ""}` })),
    yearOptions: years.map((y) => ({ value: y, label: `${y} 年` })),
    sectors: options(data?.perfSectors),
    parties: options(data?.perfParties),
    memberTypes: options(data?.perfMemberTypes),
    committees: options(data?.perfCommittees),
    /** The session a year falls in (for 年度考核 the members ranked are that session's). */
    sessionOfYear: (year: number) => sessions.find((s) => s.startYear <= year && year <= s.endYear) ?? current,
  };
}
