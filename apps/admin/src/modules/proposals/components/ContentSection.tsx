import { Collapse, Empty, Space, Table, Tag, Typography } from "antd";
import { PROPOSAL_COSIGN_STATUS_LABELS, type ProposalCosignStatus } from "@zhzx/shared";
import type { AdminProposalQuery } from "../../../gql/graphql";
import { AttachmentLinks } from "./AttachmentLinks";
import { time } from "./labels";

type Detail = AdminProposalQuery["proposal"];
const COSIGN_COLORS: Record<ProposalCosignStatus, string> = { INVITED: "gold", CONFIRMED: "green", DECLINED: "default" };

/** The proposal as submitted: text, 案由, 办法建议, its documents and the co-signers with their answers. */
export function ContentSection({ proposal: p }: { proposal: Detail }) {
  const ownFiles = p.attachments.filter((a) => !a.replyId);
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      {/* Sanitised on the server (allow-list) before it was stored. */}
      <div className="proposal-content" style={{ lineHeight: 1.8 }} dangerouslySetInnerHTML={{ __html: p.content }} />
      {/* Plain blocks, not Descriptions: the drawer's one Descriptions is the summary above the tabs. */}
      <div>
        <Typography.Title level={5}>案由</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{p.reasons || <Typography.Text type="secondary">未填写</Typography.Text>}</Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>办法建议</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{p.suggestions || <Typography.Text type="secondary">未填写</Typography.Text>}</Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>附件</Typography.Title>
        <AttachmentLinks files={ownFiles} />
      </div>
      {p.mergedProposals.length > 0 && (
        <div>
          <Typography.Title level={5}>并案提案（{p.mergedProposals.length} 件，原文保留）</Typography.Title>
          <Collapse
            size="small"
            items={p.mergedProposals.map((m) => ({
              key: m.id,
              label: `《${m.title}》　提案人：${m.submitterName}　提交：${time(m.submittedAt)}`,
              // Sanitised on the server, like this proposal's own text.
              children: <div className="proposal-content" style={{ lineHeight: 1.8 }} dangerouslySetInnerHTML={{ __html: m.content }} />,
            }))}
          />
        </div>
      )}
      <div>
        <Typography.Title level={5}>联名人（{p.cosigners.filter((c) => c.status === "CONFIRMED").length} 人已确认）</Typography.Title>
        {p.cosigners.length ? (
          <Table
            rowKey="memberId"
            size="small"
            pagination={false}
            dataSource={p.cosigners}
            columns={[
              { title: "委员", dataIndex: "memberName", key: "name" },
              { title: "状态", key: "status", render: (_, c) => <Tag color={COSIGN_COLORS[c.status]}>{PROPOSAL_COSIGN_STATUS_LABELS[c.status]}</Tag> },
              { title: "邀请时间", key: "invited", render: (_, c) => time(c.invitedAt) },
              { title: "答复时间", key: "answered", render: (_, c) => time(c.answeredAt) },
              { title: "意见", key: "comment", render: (_, c) => c.comment ?? "—" },
            ]}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本提案无联名人" />
        )}
      </div>
    </Space>
  );
}
