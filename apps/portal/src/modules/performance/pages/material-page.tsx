import { Button, Dialog, List, NoticeBar, Skeleton, Tag, Toast } from "antd-mobile";
import { useNavigate, useParams } from "react-router";
import { useMutation } from "@apollo/client/react";
import { materialActionAllowed, type MaterialStatus } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { DeleteMyMaterialDocument, MyMaterialsDocument } from "../graphql/performance";
import { statusColor } from "./labels";
import styles from "./performance.module.css";
import { useMyMaterial } from "./use-my-material";

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false }) : "—");

/** A reported material: its text, review status and the reason if returned; edit (resubmit) or delete while not accepted. */
export default function MaterialPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { material: m, loading, error, refetch, loaded } = useMyMaterial(id);
  const [remove, removing] = useMutation(DeleteMyMaterialDocument, { refetchQueries: [MyMaterialsDocument] });
  const status = m?.status as MaterialStatus | undefined;
  const canEdit = !!status && materialActionAllowed("resubmit", status);

  const doDelete = async () => {
    const ok = await Dialog.confirm({ content: "删除这份履职材料？删除后不能恢复。", confirmText: "删除", cancelText: "取消" });
    if (!ok || !m) return;
    try {
      await remove({ variables: { id: m.id } });
      Toast.show({ icon: "success", content: "已删除" });
      navigate("/performance?tab=materials", { replace: true });
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <Page title="履职材料" back backTo="/performance?tab=materials">
      {error && !m && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {loading && <Skeleton.Paragraph lineCount={6} animated />}
      {loaded && !m && <EmptyState title="没有找到这份材料" description="可能已被删除" />}
      {m && (
        <>
          {m.status === "RETURNED" && <NoticeBar wrap color="alert" content={`已退回：${m.returnReason ?? ""}。可修改后重新提交。`} />}
          {m.status === "ACCEPTED" && <NoticeBar wrap color="info" content="已采纳，已计入履职得分。" />}
          <List header="材料信息">
            <List.Item extra={<Tag color={statusColor(m.status)} fill="outline">{m.statusLabel}</Tag>}>{m.title}</List.Item>
            <List.Item extra={m.occurredOn}>履职日期</List.Item>
            <List.Item extra={when(m.submittedAt)}>报送时间</List.Item>
            {m.reviewedAt && <List.Item extra={when(m.reviewedAt)}>审核时间</List.Item>}
            {m.enteredByStaff && <List.Item extra="工作人员代为录入">来源</List.Item>}
          </List>
          <List header="履职内容">
            <List.Item>
              <div className={styles.content}>{m.content}</div>
            </List.Item>
          </List>
          {m.attachments.length > 0 && (
            <List header="附件">
              {m.attachments.map((a, i) => (
                <List.Item key={i} onClick={a.url ? () => window.open(a.url!, "_blank", "noopener") : undefined}>
                  {a.name}
                </List.Item>
              ))}
            </List>
          )}
          {canEdit && (
            <div className={styles.actions}>
              <Button block color="primary" onClick={() => navigate(`/performance/materials/${m.id}/edit`)}>
                {m.status === "RETURNED" ? "修改并重新提交" : "修改"}
              </Button>
              <Button block fill="none" color="danger" loading={removing.loading} style={{ marginTop: 8 }} onClick={() => void doDelete()}>
                删除
              </Button>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
