import { Tag } from "antd";
import { ROLE_LABELS, SEPARATED_ADMIN_ROLES, type Role } from "@zhzx/shared";

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Roles in Chinese; the three separated administrators stand out. */
export function RoleTags({ roles }: { roles: readonly Role[] }) {
  if (!roles.length) return <span>—</span>;
  return (
    <>
      {roles.map((r) => (
        <Tag key={r} color={SEPARATED_ADMIN_ROLES.includes(r) ? "volcano" : undefined} style={{ marginBlock: 2 }}>
          {ROLE_LABELS[r] ?? r}
        </Tag>
      ))}
    </>
  );
}
