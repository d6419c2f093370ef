import { useState } from "react";
import { Button, Popup, Selector, TextArea } from "antd-mobile";
import { useMutation } from "@apollo/client/react";
import { CIRCLE_REASON_MAX_CHARS, CIRCLE_REPORT_CATEGORIES, CIRCLE_REPORT_CATEGORY_LABELS, circleReportInput, type CircleReportCategory } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { showToast } from "../../../app/toast";
import { ReportCirclePostDocument } from "../graphql/circles";
import styles from "../circles.module.css";

/** 举报: a reason (and a note, required for 其他); the office reviews it. */
export function ReportPopup({ postId, visible, onClose }: { postId: string; visible: boolean; onClose: () => void }) {
  const [category, setCategory] = useState<CircleReportCategory | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [report, { loading }] = useMutation(ReportCirclePostDocument);

  const submit = async () => {
    const parsed = circleReportInput.safeParse({ category: category ?? undefined, note });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "输入有误");
    setError(null);
    try {
      await report({ variables: { postId, input: { category: parsed.data.category, note: parsed.data.note || null } } });
      void showToast({ icon: "success", content: "已举报，工作人员会尽快处理" });
      setCategory(null);
      setNote("");
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Popup visible={visible} onMaskClick={onClose} bodyStyle={{ borderTopLeftRadius: 8, borderTopRightRadius: 8 }}>
      <div style={{ padding: 16 }}>
        <h3 style={{ margin: "0 0 12px", fontSize: 17 }}>举报帖子</h3>
        <div className={styles.meta} style={{ marginBottom: 8 }}>
          举报类型
        </div>
        <Selector
          columns={3}
          options={CIRCLE_REPORT_CATEGORIES.map((c) => ({ label: CIRCLE_REPORT_CATEGORY_LABELS[c], value: c }))}
          value={category ? [category] : []}
          onChange={(v) => setCategory((v[0] as CircleReportCategory | undefined) ?? null)}
        />
        <div className={styles.meta} style={{ margin: "12px 0 8px" }}>
          说明{category === "OTHER" ? "（必填）" : "（选填）"}
        </div>
        <TextArea value={note} onChange={setNote} placeholder="请简要说明举报理由" maxLength={CIRCLE_REASON_MAX_CHARS} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}
        <Button block color="danger" style={{ marginTop: 12 }} loading={loading} onClick={() => void submit()}>
          提交举报
        </Button>
      </div>
    </Popup>
  );
}
