import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Empty, Form, Modal, Select, Typography } from "antd";
import { Link } from "react-router";
import { errorMessage } from "../../../app/errors";
import { AddOpinionsToIssueMutation, JournalIssuesQuery } from "../graphql/journals.graphql";

/** 编入刊物 from the detail drawer: the adopted item goes to the end of an issue still being edited. */
export function AddToIssueModal({ opinion, open, onClose, onDone }: { opinion: { id: string; version: number; title: string }; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [issueId, setIssueId] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const issues = useQuery(JournalIssuesQuery, { variables: { page: 1, pageSize: 100, status: "DRAFT" }, skip: !open, fetchPolicy: "network-only" });
  const [add, { loading }] = useMutation(AddOpinionsToIssueMutation);
  const drafts = issues.data?.journalIssues.items ?? [];

  useEffect(() => {
    if (open) {
      setIssueId(undefined);
      setFailure(null);
    }
  }, [open]);

  const run = async () => {
    if (!issueId) {
      setFailure("请选择期刊");
      return;
    }
    try {
      const { data } = await add({ variables: { issueId, opinions: [{ id: opinion.id, version: opinion.version }] } });
      const issue = data?.addOpinionsToIssue;
      message.success(issue ? `已编入《${issue.journalName}》${issue.label}` : "已编入刊物");
      onDone();
      onClose();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Modal title="编入刊物" open={open} okText="编入" cancelText="取消" confirmLoading={loading} onOk={run} onCancel={onClose} okButtonProps={{ disabled: drafts.length === 0 }} destroyOnHidden>
      <Typography.Paragraph>《{opinion.title}》将追加到所选期刊的末尾，可在期刊编排中调整顺序。</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      {issues.error && <Alert type="error" showIcon title={errorMessage(issues.error)} />}
      {!issues.loading && drafts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span>没有编辑中的期刊，请先到<Link to="/opinions/journals">刊物管理</Link>新建一期</span>} />
      ) : (
        <Form layout="vertical">
          <Form.Item label="期刊" required>
            <Select
              aria-label="选择期刊"
              loading={issues.loading}
              value={issueId}
              onChange={setIssueId}
              placeholder="选择编辑中的期刊"
              options={drafts.map((i) => ({ value: i.id, label: `《${i.journalName}》${i.label}${i.title ? ` ${i.title}` : ""}（${i.itemCount} 篇）` }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
