import { useState, type ReactNode } from "react";
import { Button } from "antd";
import type { ColumnType } from "antd/es/table";
import { can, useViewer } from "../../../app/viewer";
import { UserSessionsModal } from "./UserSessionsModal";

interface Row {
  id: string;
  displayName: string;
}

/**
 * For the security administrator on the users page: a 登录会话 column (each user's devices, 强制下线) and
 * the dialog it opens. Null column for everyone else.
 */
export function useSessionsColumn<T extends Row>(): { column: ColumnType<T> | null; dialog: ReactNode } {
  const { viewer } = useViewer();
  const [open, setOpen] = useState<Row | null>(null);
  if (!can(viewer, "security:manage")) return { column: null, dialog: null };
  return {
    column: {
      title: "登录会话",
      key: "sessions",
      width: 100,
      render: (_, u) => (
        <Button type="link" size="small" onClick={() => setOpen(u)}>
          查看会话
        </Button>
      ),
    },
    dialog: open && <UserSessionsModal user={open} onClose={() => setOpen(null)} />,
  };
}
