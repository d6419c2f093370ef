import { useCallback } from "react";
import { Dialog } from "antd-mobile";
import { useNavigate } from "react-router";
import type { InboxTarget } from "../links";

/** Opens what an inbox item points at; a staff-console task asks first, since it leaves the app. */
export function useOpenTarget() {
  const navigate = useNavigate();
  return useCallback(
    async (target: InboxTarget) => {
      if (target.kind === "portal") {
        navigate(target.to);
      } else if (target.kind === "admin") {
        const go = await Dialog.confirm({
          title: "请在管理端办理",
          content: "该事项需要在管理端办理，建议使用电脑打开。现在前往管理端吗？",
          confirmText: "前往管理端",
          cancelText: "取消",
        });
        if (go) window.location.assign(target.href);
      }
    },
    [navigate],
  );
}
