import { Button, Dialog, Popup, Toast } from "antd-mobile";
import { useMutation } from "@apollo/client/react";
import { toastError } from "../../../app/errors";
import type { MyChangeRequestFieldsFragment } from "../../../gql/graphql";
import { CancelMemberChangeRequestDocument, MyMemberChangeRequestsDocument, MyMemberProfileDocument } from "../graphql/profile";
import { formatTime, RequestStatusTag } from "./request-status";
import styles from "./request-sheet.module.css";

/** One request in a bottom sheet: each field old → new, the outcome, and 撤回 while it is pending. */
export function RequestSheet({ request, onClose }: { request: MyChangeRequestFieldsFragment | null; onClose: () => void }) {
  const [cancel, { loading }] = useMutation(CancelMemberChangeRequestDocument, {
    refetchQueries: [{ query: MyMemberChangeRequestsDocument }, { query: MyMemberProfileDocument }],
    awaitRefetchQueries: true,
  });

  const withdraw = async () => {
    if (!request) return;
    const ok = await Dialog.confirm({ content: "确定撤回这份修改申请吗？撤回后可重新提交。", confirmText: "撤回", cancelText: "取消" });
    if (!ok) return;
    try {
      await cancel({ variables: { id: request.id } });
      Toast.show({ icon: "success", content: "已撤回" });
      onClose();
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <Popup visible={!!request} onMaskClick={onClose} onClose={onClose} bodyClassName={styles.sheet} showCloseButton>
      {request && (
        <div className={styles.body}>
          <div className={styles.title}>修改申请</div>
          <div className={styles.meta}>
            <RequestStatusTag status={request.status} />
            <span>提交于 {formatTime(request.submittedAt)}</span>
          </div>
          {request.status === "PENDING" && <p className={styles.note}>正在等待委员工作部门审核，审核通过后修改生效。</p>}
          {request.status === "REJECTED" && (
            <div className={styles.reject} role="note">
              <div className={styles.rejectTitle}>驳回理由</div>
              <div>{request.rejectReason ?? "—"}</div>
              <div className={styles.small}>
                {request.reviewerName ?? ""} {formatTime(request.reviewedAt)}
              </div>
            </div>
          )}
          {request.status === "APPROVED" && (
            <p className={styles.note}>
              已于 {formatTime(request.reviewedAt)} 审核通过{request.reviewerName ? `（${request.reviewerName}）` : ""}，修改已生效。
            </p>
          )}
          <table className={styles.diff}>
            <thead>
              <tr>
                <th>项目</th>
                <th>原内容</th>
                <th>修改为</th>
              </tr>
            </thead>
            <tbody>
              {request.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{c.label}</th>
                  <td className={styles.from}>{c.from ?? "（空）"}</td>
                  <td className={styles.to}>{c.to ?? "（空）"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {request.status === "PENDING" && (
            <Button block color="danger" fill="outline" loading={loading} onClick={() => void withdraw()} className={styles.withdraw}>
              撤回申请
            </Button>
          )}
        </div>
      )}
    </Popup>
  );
}
