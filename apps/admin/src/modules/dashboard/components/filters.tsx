import { useSearchParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { DatePicker, Select, Space } from "antd";
import dayjs from "dayjs";
import type { DashboardFilterInput } from "../../../gql/graphql";
import { DashboardSessionsQuery } from "../graphql/dashboard.graphql";

/** 届次 and 期间 of the dashboard, kept in the address (?session=&from=&to=) so a link shows the same figures. */
export function useDashboardFilter() {
  const [params, setParams] = useSearchParams();
  const sessions = useQuery(DashboardSessionsQuery, { fetchPolicy: "cache-first" });
  const list = sessions.data?.committeeSessions ?? [];
  const current = list.find((s) => s.isCurrent);
  const sessionId = params.get("session") ?? current?.id ?? undefined;
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const filter: DashboardFilterInput = { sessionId, from, to };
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    setParams(next, { replace: true });
  };
  return { filter, sessions: list, ready: !sessions.loading, set, params };
}

export function DashboardFilterBar({ f, dark = false }: { f: ReturnType<typeof useDashboardFilter>; dark?: boolean }) {
  const { filter, sessions, set } = f;
  return (
    <Space wrap className={dark ? "dash-screen-filter" : undefined}>
      <Select
        aria-label="届次"
        style={{ width: 170 }}
        value={filter.sessionId ?? undefined}
        placeholder="届次"
        onChange={(v) => set({ session: v })}
        options={sessions.map((s) => ({ value: s.id, label: `${s.name}${s.isCurrent ? "（本届）" : ""}` }))}
      />
      <DatePicker.RangePicker
        aria-label="统计期间"
        allowEmpty={[true, true]}
        placeholder={["期间起", "期间止"]}
        value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
        onChange={(v) => set({ from: v?.[0]?.format("YYYY-MM-DD"), to: v?.[1]?.format("YYYY-MM-DD") })}
        presets={[
          { label: "今年", value: [dayjs().startOf("year"), dayjs().endOf("year")] },
          { label: "去年", value: [dayjs().subtract(1, "year").startOf("year"), dayjs().subtract(1, "year").endOf("year")] },
          { label: "近三个月", value: [dayjs().subtract(3, "month"), dayjs()] },
        ]}
      />
    </Space>
  );
}

/** The address-bar query a drill-down carries along (届次 and 期间 of the list it opens). */
export const drillQuery = (filter: DashboardFilterInput, extra: Record<string, string | undefined>, names = { session: "sessionId", from: "from", to: "to" }) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  if (filter.sessionId) q.set(names.session, filter.sessionId);
  if (filter.from && names.from) q.set(names.from, filter.from);
  if (filter.to && names.to) q.set(names.to, filter.to);
  return q.toString();
};
