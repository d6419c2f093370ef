import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Input, Modal, Space, Table, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import type { JournalIssueDetailFieldsFragment, OpinionRowFieldsFragment } from "../../../gql/graphql";
import { AddOpinionsToIssueMutation } from "../graphql/journals.graphql";
import { OpinionsQuery } from "../graphql/opinions.graphql";
import { formatTime, InstructedMark, OriginTag } from "./OpinionTags";

type Row = OpinionRowFieldsFragment;

/** 编入本期: pick adopted items (已采用待编辑); they are appended in the order picked. */
export function AddOpinionsModal({ issue, open, onClose }: { issue: JournalIssueDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<Row[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, previousData, loading, error } = useQuery(OpinionsQuery, {
    variables: { page, pageSize: 10, filter: { states: ["SECOND_REVIEWED"], search: search || undefined } },
    skip: !open,
    fetchPolicy: "network-only",
  });
  const list = (data ?? previousData)?.opinions;
  const [add, { loading: adding }] = useMutation(AddOpinionsToIssueMutation);

  useEffect(() => {
    if (open) {
      setPicked([]);
      setFailure(null);
      setSearch("");
      setPage(1);
    }
  }, [open]);

  const run = async () => {
    if (!picked.length) {
      setFailure("请选择要编入本期的信息");
      return;
    }
    try {
      await add({ variables: { issueId: issue.id, opinions: picked.map((o) => ({ id: o.id, version: o.version })) } });
      message.success(`已编入 ${picked.length} 篇`);
      onClose();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Modal title={`添加信息到《${issue.journalName}》${issue.label}`} open={open} width={880} okText={picked.length ? `编入本期（${picked.length} 篇）` : "编入本期"} cancelText="取消" confirmLoading={adding} onOk={run} onCancel={onClose} destroyOnHidden>
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Typography.Text type="secondary">以下为已采用、尚未编入刊物的信息；按勾选顺序追加到本期末尾。</Typography.Text>
        <Input.Search allowClear placeholder="标题或报送者" enterButton="查询" style={{ width: 320 }} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} aria-label="查找已采用信息" />
        {failure && <Alert type="error" showIcon title={failure} role="alert" />}
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
        <Table<Row>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={list?.items ?? []}
          rowSelection={{
            preserveSelectedRowKeys: true,
            selectedRowKeys: picked.map((p) => p.id),
            onChange: (_keys, rows) => {
              // Keep the order in which they were ticked; rows of other pages stay picked.
              setPicked((prev) => {
                const current = new Set(rows.filter(Boolean).map((r) => r.id));
                const onPage = new Set((list?.items ?? []).map((r) => r.id));
                const kept = prev.filter((p) => !onPage.has(p.id) || current.has(p.id));
                const added = rows.filter((r) => r && !kept.some((k) => k.id === r.id));
                return [...kept, ...added];
              });
            },
          }}
          pagination={{ current: page, pageSize: 10, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 篇待编辑`, showSizeChanger: false }}
          locale={{ emptyText: search ? "没有符合条件的已采用信息" : "暂无已采用待编辑的信息" }}
          columns={[
            {
              title: "标题",
              key: "title",
              render: (_, o) => (
                <Space size={6} wrap>
                  {o.title}
                  <OriginTag origin={o.origin} label={o.originLabel} tenant={o.sourceTenantName} />
                  {o.instructed && <InstructedMark opinionId={o.id} />}
                </Space>
              ),
            },
            { title: "报送者", dataIndex: "submitterName", key: "submitter", width: 160 },
            { title: "采用时间", key: "adoptedAt", width: 150, render: (_, o) => formatTime(o.adoptedAt) },
          ]}
        />
      </Space>
    </Modal>
  );
}
