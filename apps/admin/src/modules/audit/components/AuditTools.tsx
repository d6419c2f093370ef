import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Button, DatePicker, Modal, Space, Typography } from "antd";
import { DeleteOutlined, DownloadOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ExportAuditLogsMutation, PurgeAuditLogsMutation, VerifyAuditChainQuery } from "../graphql/audit.graphql";

/** Must match the server's floor (config.auditRetentionDays ≥ 180); the server refuses a younger date anyway. */
const RETENTION_DAYS = 180;

export interface AuditFilterVars {
  action?: string;
  username?: string;
  from?: string;
  to?: string;
}

/** 校验哈希链, 导出 Excel (the current filter) and 清理过期日志 for the audit administrator. */
export function AuditTools({ filter, onChanged }: { filter: AuditFilterVars; onChanged: () => void }) {
  const { viewer } = useViewer();
  const { message, modal } = App.useApp();
  const client = useApolloClient();
  const [verifying, setVerifying] = useState(false);
  const [exportLogs, exporting] = useMutation(ExportAuditLogsMutation);
  const [purge, purging] = useMutation(PurgeAuditLogsMutation);
  const [purgeOpen, setPurgeOpen] = useState(false);
  const latest = dayjs().subtract(RETENTION_DAYS, "day").startOf("day");
  const [before, setBefore] = useState<Dayjs>(latest);

  const verify = async () => {
    setVerifying(true);
    try {
      const { data } = await client.query({ query: VerifyAuditChainQuery, fetchPolicy: "network-only" });
      const r = data!.verifyAuditChain;
      if (r.intact) modal.success({ title: "审计日志完整", content: `已校验 ${r.checked} 条记录，哈希链完整，未发现篡改。` });
      else
        modal.error({
          title: "发现审计日志被篡改",
          content: `第一条异常记录编号 ${r.firstBrokenId}（${r.reason === "content" ? "内容被修改" : "链接断开，记录被删除或插入"}）。请立即报告安全管理员。`,
        });
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setVerifying(false);
    }
  };

  const download = async () => {
    try {
      const { data } = await exportLogs({ variables: { filter } });
      downloadBase64File(data!.exportAuditLogs);
      message.success(`已导出 ${data!.exportAuditLogs.rowCount} 条审计日志（文件带导出人水印，导出操作已记录）`);
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const doPurge = async () => {
    try {
      const { data } = await purge({ variables: { before: before.startOf("day").toISOString() } });
      message.success(`已清理 ${data!.purgeAuditLogs.deleted} 条 ${before.format("YYYY-MM-DD")} 以前的审计日志`);
      setPurgeOpen(false);
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Space wrap>
      <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify}>
        校验完整性
      </Button>
      <Button icon={<DownloadOutlined />} loading={exporting.loading} onClick={download}>
        导出 Excel
      </Button>
      {can(viewer, "audit:purge") && (
        <Button danger icon={<DeleteOutlined />} onClick={() => setPurgeOpen(true)}>
          清理过期日志
        </Button>
      )}
      <Modal
        title="清理过期审计日志"
        open={purgeOpen}
        okText="清理"
        okButtonProps={{ danger: true, loading: purging.loading }}
        cancelText="取消"
        onOk={doPurge}
        onCancel={() => setPurgeOpen(false)}
      >
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Typography.Paragraph>
            审计日志至少保留 {RETENTION_DAYS} 天。清理将永久删除所选日期以前的记录，并把本次清理记入审计日志；清理后哈希链仍可校验。建议清理前先导出归档。
          </Typography.Paragraph>
          <Space>
            清理此日期以前的记录：
            <DatePicker
              aria-label="清理截止日期"
              value={before}
              allowClear={false}
              onChange={(d) => d && setBefore(d)}
              disabledDate={(d) => d.isAfter(latest)}
            />
          </Space>
        </Space>
      </Modal>
    </Space>
  );
}
