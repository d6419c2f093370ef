import { useState } from "react";
import { CheckList, List, Popup, Toast } from "antd-mobile";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { ROLE_LABELS } from "@zhzx/shared";
import { toastError } from "../../../app/errors";
import type { Viewer } from "../../../app/session/viewer-context";
import { ViewerDocument } from "../../../app/session/viewer-documents";
import { SwitchTenantDocument } from "../graphql/switch-tenant";
import styles from "./committee-switcher.module.css";

/** 当前委员会 row; a picker when the user belongs to more than one committee. */
export function CommitteeSwitcher({ viewer }: { viewer: Viewer }) {
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [switchTenant, { loading }] = useMutation(SwitchTenantDocument);
  const current = viewer.activeTenant;
  const canSwitch = viewer.memberships.length > 1;

  const choose = async (tenantId: string | undefined) => {
    if (!tenantId || tenantId === current?.id) return setOpen(false);
    try {
      const { data } = await switchTenant({ variables: { tenantId } });
      setOpen(false);
      // Everything cached so far belongs to the previous committee: drop it and load afresh.
      await client.clearStore();
      if (data) client.writeQuery({ query: ViewerDocument, data: { me: data.switchTenant } });
      Toast.show({ icon: "success", content: `已切换到${data?.switchTenant.activeTenant?.name ?? "所选委员会"}` });
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <>
      <List.Item
        extra={current?.name ?? "未加入委员会"}
        onClick={canSwitch ? () => setOpen(true) : undefined}
        arrowIcon={canSwitch}
        description={canSwitch ? `您在 ${viewer.memberships.length} 个委员会任职，点击切换` : undefined}
      >
        当前委员会
      </List.Item>
      {canSwitch && (
        <Popup visible={open} onMaskClick={() => setOpen(false)} onClose={() => setOpen(false)} bodyClassName={styles.sheet} showCloseButton>
          <div className={styles.title}>切换委员会</div>
          <CheckList value={current ? [current.id] : []} onChange={(v) => void choose(v[0] as string | undefined)} disabled={loading}>
            {viewer.memberships.map((m) => (
              <CheckList.Item key={m.tenant.id} value={m.tenant.id} description={m.roles.map((r) => ROLE_LABELS[r]).join("、")}>
                {m.tenant.name}
              </CheckList.Item>
            ))}
          </CheckList>
        </Popup>
      )}
    </>
  );
}
