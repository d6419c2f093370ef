import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, DatePicker, Empty, Input, List, Select, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import type { CmsArticleState } from "../../../gql/graphql";
import { ArticleStateTag } from "../components/ArticleStateTag";
import { ChannelTreeSelect } from "../components/ChannelTreeSelect";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { Highlight } from "../components/Highlight";
import { STATE_OPTIONS } from "../components/cms-labels";
import { CmsSearchQuery } from "../graphql/articles.graphql";
import { useChannels } from "../hooks/use-channels";

interface Criteria {
  q: string;
  channelId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  states: CmsArticleState[];
}

/** 站内检索: full-text search over every article the viewer may see, any state (the public search sees published ones only). */
export default function SearchPage() {
  const { channels } = useChannels();
  const [text, setText] = useState("");
  const [criteria, setCriteria] = useState<Criteria>({ q: "", states: [] });
  const [page, setPage] = useState(1);
  const q = criteria.q;
  const { data, previousData, loading, error, refetch } = useQuery(CmsSearchQuery, {
    variables: {
      input: {
        q,
        channelId: criteria.channelId ?? null,
        from: criteria.range?.[0]?.startOf("day").toISOString() ?? null,
        to: criteria.range?.[1]?.endOf("day").toISOString() ?? null,
        states: criteria.states.length ? criteria.states : null,
      },
      page,
      pageSize: 20,
    },
    skip: !q,
    fetchPolicy: "cache-and-network",
  });
  const result = (data ?? previousData)?.cmsSearch;
  const set = (next: Partial<Criteria>) => {
    setCriteria((c) => ({ ...c, ...next }));
    setPage(1);
  };

  return (
    <Card title="站内检索" extra={<CmsQuickLinks />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="检索词"
          placeholder="输入检索词，如 乡村振兴"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => set({ q: v.trim() })}
          enterButton="检索"
          maxLength={50}
          allowClear
          style={{ width: 320 }}
        />
        <ChannelTreeSelect aria-label="按栏目筛选" channels={channels} value={criteria.channelId} onChange={(v) => set({ channelId: v })} allowClear placeholder="全部栏目" style={{ width: 180 }} />
        <DatePicker.RangePicker aria-label="按发布时间筛选" value={criteria.range ?? null} onChange={(r) => set({ range: r as Criteria["range"] })} placeholder={["开始日期", "结束日期"]} />
        <Select aria-label="按状态筛选" mode="multiple" allowClear placeholder="全部状态" value={criteria.states} onChange={(v: CmsArticleState[]) => set({ states: v })} options={STATE_OPTIONS} style={{ minWidth: 160 }} />
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      {!q ? (
        <Empty description="请输入检索词（可检索两个字的中文词语），检索范围为您有权查看的全部文章。" />
      ) : (
        <List
          loading={loading}
          dataSource={result?.items ?? []}
          locale={{ emptyText: `没有找到与“${q}”相关的文章` }}
          header={result && <Typography.Text type="secondary">找到 {result.total} 篇与“{q}”相关的文章</Typography.Text>}
          pagination={result && result.total > 20 ? { current: page, pageSize: 20, total: result.total, onChange: setPage, showSizeChanger: false } : false}
          renderItem={(hit) => (
            <List.Item key={hit.article.id}>
              <List.Item.Meta
                title={
                  <Space wrap size={6}>
                    <Link to={`/cms/articles/${hit.article.id}`}>{hit.article.title}</Link>
                    <ArticleStateTag state={hit.article.state} />
                  </Space>
                }
                description={
                  <>
                    <div className="cms-search-excerpt" style={{ color: "rgba(0,0,0,0.75)" }}>
                      <Highlight html={hit.highlight} />
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {hit.article.channelName} · {hit.article.publishedAt ? `发布于 ${dayjs(hit.article.publishedAt).format("YYYY-MM-DD")}` : `更新于 ${dayjs(hit.article.updatedAt).format("YYYY-MM-DD")}`}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
