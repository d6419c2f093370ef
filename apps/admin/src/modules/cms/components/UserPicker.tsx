import { useEffect, useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { CmsUserOptionsQuery } from "../graphql/channels.graphql";

interface Known {
  id: string;
  displayName: string;
}

/**
 * Users of the active committee, found by name or user name as one types. `known` names the users
 * already chosen, so their labels show before any search.
 */
export function UserPicker({
  value,
  onChange,
  multiple,
  known = [],
  placeholder = "输入姓名或用户名搜索",
  style,
  "aria-label": ariaLabel,
}: {
  value?: string | string[] | null;
  onChange?: (v: string | string[] | undefined, labels: Known[]) => void;
  multiple?: boolean;
  known?: Known[];
  placeholder?: string;
  style?: React.CSSProperties;
  "aria-label"?: string;
}) {
  const [text, setText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);
  const { data, loading, error } = useQuery(CmsUserOptionsQuery, { variables: { search: search || undefined } });
  const options = useMemo(() => {
    const seen = new Map<string, { value: string; label: string }>();
    for (const k of known) seen.set(k.id, { value: k.id, label: k.displayName });
    for (const u of data?.users.items ?? []) seen.set(u.id, { value: u.id, label: `${u.displayName}（${u.username}）` });
    return [...seen.values()];
  }, [data, known]);
  return (
    <Select
      aria-label={ariaLabel}
      mode={multiple ? "multiple" : undefined}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v: string | string[]) => {
        const ids = Array.isArray(v) ? v : v ? [v] : [];
        onChange?.(v, ids.map((id) => ({ id, displayName: options.find((o) => o.value === id)?.label.replace(/（.*$/, "") ?? id })));
      }}
      options={options}
      placeholder={placeholder}
      loading={loading}
      notFoundContent={error ? "无法读取用户列表" : loading ? "正在搜索…" : "没有匹配的用户"}
      style={{ minWidth: 200, ...style }}
      allowClear
    />
  );
}
