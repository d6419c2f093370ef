import { useEffect, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { AutoComplete, Input } from "antd";
import type { Role } from "@zhzx/shared";
import { can, useViewer } from "../../../app/viewer";
import { AccountOptionsQuery } from "../graphql/files.graphql";

interface Props {
  /** Only accounts holding this role in the committee can be linked. */
  role: Role;
  value?: string | null;
  onChange?: (value: string) => void;
  placeholder?: string;
  id?: string;
}

/**
 * A username field that suggests the committee's accounts with the right role as one types. Without
 * permission to read users it is a plain input; the server checks the account either way.
 */
export function AccountPicker({ role, value, onChange, placeholder = "输入用户名或姓名查找账号", id }: Props) {
  const { viewer } = useViewer();
  const [search, setSearch] = useState("");
  const [debounced, setDebounced] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setDebounced(search.trim()), 250);
    return () => clearTimeout(t);
  }, [search]);
  const mayList = can(viewer, "user:read");
  const { data, loading } = useQuery(AccountOptionsQuery, {
    variables: { search: debounced || undefined, role },
    skip: !mayList || !debounced,
  });

  if (!mayList) return <Input id={id} value={value ?? ""} onChange={(e) => onChange?.(e.target.value)} placeholder={placeholder} allowClear autoComplete="off" />;

  const options = (debounced ? (data?.users.items ?? []) : []).map((u) => ({
    value: u.username,
    label: (
      <span>
        {u.username}（{u.displayName}）{u.disabled ? "［已停用］" : ""}
      </span>
    ),
  }));

  return (
    <AutoComplete
      id={id}
      value={value ?? ""}
      options={options}
      onSearch={setSearch}
      onChange={(v: string) => onChange?.(v)}
      placeholder={placeholder}
      allowClear
      notFoundContent={debounced ? (loading ? "正在查找…" : "没有找到符合条件的账号") : null}
    />
  );
}
