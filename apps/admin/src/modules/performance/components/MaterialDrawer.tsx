import { Button, Descriptions, Drawer, Popconfirm, Space, Typography } from "antd";
import { PaperClipOutlined } from "@ant-design/icons";
import { materialActionAllowed, type MaterialStatus } from "@zhzx/shared";
import type { PerformanceMaterialFieldsFragment } from "../../../gql/graphql";
import { MaterialStatusTag } from "./labels";

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false }) : "—");
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** One 履职材料 in full, with the review actions its status allows (MATERIAL_TRANSITIONS). */
export function MaterialDrawer({ material, canManage, busy, onClose, onAccept, onReturn, onEdit }: {
  material: PerformanceMaterialFieldsFragment | null;
  canManage: boolean;
  busy: boolean;
  onClose: () => void;
  onAccept: (m: PerformanceMaterialFieldsFragment) => void;
  onReturn: (m: PerformanceMaterialFieldsFragment) => void;
  onEdit: (m: PerformanceMaterialFieldsFragment) => void;
}) {
  const m = material;
  const status = m?.status as MaterialStatus | undefined;
  return (
    <Drawer
      title={m ? `履职材料：${m.title}` : ""}
      open={!!m}
      onClose={onClose}
      size={720}
      extra={
        m &&
        canManage && (
          <Space>
            <Button onClick={() => onEdit(m)}>修改</Button>
            {status && materialActionAllowed("return", status) && (
              <Button danger onClick={() => onReturn(m)}>
                退回
              </Button>
            )}
            {status && materialActionAllowed("accept", status) && (
              <Popconfirm title="采纳后计入该委员的履职得分，确定吗？" okText="采纳" cancelText="取消" onConfirm={() => onAccept(m)}>
                <Button type="primary" loading={busy}>
                  采纳
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      {m && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Descriptions
            bordered
            size="small"
            column={2}
            items={[
              { key: "member", label: "委员", children: m.member.name },
              { key: "status", label: "状态", children: <MaterialStatusTag status={m.status} label={m.statusLabel} /> },
              { key: "day", label: "履职日期", children: m.occurredOn },
              { key: "submitted", label: "报送时间", children: `${when(m.submittedAt)}${m.enteredByStaff ? "（工作人员代录）" : ""}` },
              { key: "reviewer", label: "审核人", children: m.reviewerName ?? "—" },
              { key: "reviewed", label: "审核时间", children: when(m.reviewedAt) },
              ...(m.returnReason ? [{ key: "reason", label: "退回理由", span: 2, children: <Typography.Text type="danger">{m.returnReason}</Typography.Text> }] : []),
            ]}
          />
          <div>
            <Typography.Title level={5}>履职内容</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{m.content}</Typography.Paragraph>
          </div>
          <div>
            <Typography.Title level={5}>附件</Typography.Title>
            {m.attachments.length === 0 ? (
              <Typography.Text type="secondary">无附件</Typography.Text>
            ) : (
              <Space orientation="vertical">
                {m.attachments.map((a, i) => (
                  <span key={i}>
                    <PaperClipOutlined />{" "}
                    {a.url ? (
                      <a href={a.url} target="_blank" rel="noreferrer">
                        {a.name}
                      </a>
                    ) : (
                      a.name
                    )}
                    <Typography.Text type="secondary"> （{size(a.size)}）</Typography.Text>
                  </span>
                ))}
              </Space>
            )}
          </div>
        </Space>
      )}
    </Drawer>
  );
}
