import { useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Popconfirm, Progress, Space, Table, Tag, Typography } from "antd";
import { MERGE_TARGET_STATES, type ProposalState } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { AdminProposalQuery } from "../../../gql/graphql";
import { SimilarProposalsQuery } from "../graphql/proposals.graphql";
import { StateTag } from "./StateTag";

type Detail = AdminProposalQuery["proposal"];

/**
 * 查重: the committee's proposals of the same session whose title and text are closest to this one
 * (jieba words, TF-IDF cosine on the server), with the words they share. A high score suggests a
 * duplicate to decline or merge.
 */
export function SimilarSection({ proposal: p, onOpen, onMerge }: { proposal: Detail; onOpen?: (id: string) => void; onMerge?: (target: { id: string; title: string }) => Promise<void> }) {
  const canMerge = !!onMerge && p.availableActions.includes("merge");
  const { data, loading, error } = useQuery(SimilarProposalsQuery, {
    variables: { input: { title: p.title, content: p.content, sessionId: p.session.id, excludeId: p.id, limit: 10 } },
    fetchPolicy: "cache-and-network",
  });
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const rows = data?.similarProposals ?? [];
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Typography.Text type="secondary">
        与{p.session.name}已提交的提案比较标题和内容，相似度 60% 以上的请注意是否重复提交。{canMerge ? "确属重复的，可点击“并入此案”合并办理。" : ""}
      </Typography.Text>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={loading && !data}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现相似提案" /> }}
        columns={[
          {
            title: "相似提案",
            key: "title",
            render: (_, s) => (
              <Space orientation="vertical" size={2}>
                <Space wrap size={6}>
                  {onOpen ? <a onClick={() => onOpen(s.id)}>{s.title}</a> : s.title}
                  <StateTag state={s.state} label={s.stateLabel} />
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.caseNumber ? `案号 ${s.caseNumber}　` : ""}提案人：{s.submitterName}
                </Typography.Text>
              </Space>
            ),
          },
          { title: "共同词语", key: "terms", width: 260, render: (_, s) => <Space wrap size={[4, 4]}>{s.sharedTerms.slice(0, 6).map((t) => <Tag key={t}>{t}</Tag>)}</Space> },
          {
            title: "相似度",
            key: "score",
            width: 150,
            render: (_, s) => <Progress percent={Math.round(s.score * 100)} size="small" status={s.score >= 0.6 ? "exception" : "normal"} format={(n) => `${n}%`} />,
          },
          ...(canMerge
            ? [
                {
                  title: "并案",
                  key: "merge",
                  width: 100,
                  render: (_: unknown, s: (typeof rows)[number]) =>
                    (MERGE_TARGET_STATES as readonly ProposalState[]).includes(s.state) ? (
                      <Popconfirm
                        title={`将本提案并入《${s.title}》？`}
                        description="本提案不再单独立案，原文保留在目标提案中，提案人成为目标提案的联名人。"
                        okText="并案"
                        cancelText="取消"
                        onConfirm={() => onMerge!({ id: s.id, title: s.title })}
                      >
                        <Button size="small" aria-label={`并入《${s.title}》`}>
                          并入此案
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Typography.Text type="secondary">—</Typography.Text>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
