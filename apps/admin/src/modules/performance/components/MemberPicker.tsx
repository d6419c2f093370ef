import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { PerformanceMemberSearchQuery } from "../graphql/lookups.graphql";

/** Choose a member by name or pinyin (张华强, zhq); the chosen one stays shown while typing again. */
export function MemberPicker({ value, onChange, initial, sessionId, placeholder = "输入姓名或拼音查找委员", id, style }: {
  value?: string | null;
  onChange?: (id: string | null, name?: string) => void;
  initial?: { id: string; name: string } | null;
  sessionId?: string | null;
  placeholder?: string;
  id?: string;
  style?: React.CSSProperties;
}) {
  const [search, setSearch] = useState("");
  const { data, loading } = useQuery(PerformanceMemberSearchQuery, { variables: { name: search || null, sessionId: sessionId ?? null }, fetchPolicy: "cache-first" });
  const found = data?.members.items ?? [];
  const opts = found.map((m) => ({ value: m.id, label: m.name, title: m.workUnitTitle }));
  if (initial && !opts.some((o) => o.value === initial.id)) opts.unshift({ value: initial.id, label: initial.name, title: "" });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (v) => setSearch(v.trim()) }}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder}
      loading={loading}
      style={style}
      notFoundContent={loading ? "查找中…" : "没有找到委员"}
      onChange={(v: string | undefined) => onChange?.(v ?? null, opts.find((o) => o.value === v)?.label)}
      options={opts}
      optionRender={(o) => (
        <span>
          {o.label}
          {o.data.title ? <span style={{ color: "#999", marginLeft: 8, fontSize: 12 }}>{o.data.title}</span> : null}
        </span>
      )}
    />
  );
}
