import { useQuery } from "@apollo/client/react";
import { Alert, Space, Tag, Tooltip, Typography } from "antd";
import { BulbOutlined } from "@ant-design/icons";
import { SuggestRoutingQuery } from "../graphql/proposals.graphql";

/**
 * 立案交办辅助: the server's suggestion from the committee's nearest filed proposals, with its reason.
 * Staff click a suggestion to use it, or pick their own below.
 */
export function RoutingHelp({ proposalId, kind, selected, onPick }: { proposalId: string; kind: "unit" | "category"; selected?: string; onPick: (id: string) => void }) {
  const { data, loading } = useQuery(SuggestRoutingQuery, { variables: { id: proposalId }, fetchPolicy: "cache-and-network" });
  const s = data?.suggestProposalRouting;
  if (loading && !s) return <Typography.Paragraph type="secondary">正在分析相似的已立案提案…</Typography.Paragraph>;
  if (!s) return null;
  const candidates = kind === "unit" ? s.units : s.categories;
  if (!candidates.length) return <Alert type="info" showIcon style={{ marginBottom: 16 }} title="暂无可参考的已立案提案，请直接选择。" />;
  return (
    <Alert
      type="info"
      icon={<BulbOutlined />}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <Space wrap size={[4, 4]}>
          <span>{kind === "unit" ? "系统建议主办单位：" : "系统建议分类："}</span>
          {candidates.slice(0, 4).map((c) => (
            <Tooltip key={c.id} title={`相似的已立案提案中有 ${c.votes} 件，权重 ${Math.round(c.score * 100)}%`}>
              <Tag color={selected === c.id ? "red" : "blue"} style={{ cursor: "pointer" }} onClick={() => onPick(c.id)}>
                {c.name}（{Math.round(c.score * 100)}%）
              </Tag>
            </Tooltip>
          ))}
        </Space>
      }
      description={<Typography.Text type="secondary" style={{ fontSize: 13 }}>{s.explanation}</Typography.Text>}
    />
  );
}
