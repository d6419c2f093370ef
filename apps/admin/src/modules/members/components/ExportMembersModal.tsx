import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Checkbox, Modal, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { MemberFilter, MemberSort } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ExportMembersMutation } from "../graphql/members.graphql";

const EXPORT_LIMIT = 10_000;

/** 导出 Excel of the list as filtered and sorted now; full numbers only with `member:reveal-pii` (audited). */
export function ExportMembersModal({ open, filter, sort, total, onClose }: { open: boolean; filter: MemberFilter; sort?: MemberSort; total: number; onClose: () => void }) {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const [revealPhones, setRevealPhones] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [exportMembers, { loading }] = useMutation(ExportMembersMutation);
  const mayReveal = can(viewer, "member:reveal-pii");

  const run = async () => {
    setFailure(null);
    try {
      const { data } = await exportMembers({ variables: { filter, sort, revealPhones: mayReveal && revealPhones } });
      if (data) {
        downloadBase64File(data.exportMembers);
        message.success(`已导出 ${data.exportMembers.rowCount} 名委员${revealPhones ? "（含完整手机号，已记录导出操作）" : ""}`);
      }
      onClose();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Modal
      title="导出 Excel"
      open={open}
      okText="导出"
      cancelText="取消"
      confirmLoading={loading}
      onOk={run}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      okButtonProps={{ disabled: total === 0 }}
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Typography.Paragraph>
        按当前查询条件与排序导出 <Typography.Text strong>{total}</Typography.Text> 名委员
        {total > EXPORT_LIMIT ? `（单次最多导出 ${EXPORT_LIMIT} 名，请缩小查询范围）` : ""}。
      </Typography.Paragraph>
      {total === 0 && <Alert type="info" showIcon title="当前条件下没有委员可导出" />}
      {mayReveal ? (
        <Checkbox checked={revealPhones} onChange={(e) => setRevealPhones(e.target.checked)}>
          含完整手机号（导出操作将记录在审计日志中）
        </Checkbox>
      ) : (
        <Typography.Text type="secondary">手机号码以掩码导出（如 138****5678）。</Typography.Text>
      )}
    </Modal>
  );
}
