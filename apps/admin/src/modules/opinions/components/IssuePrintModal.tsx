import { Button, Modal } from "antd";
import type { JournalIssueDetailFieldsFragment } from "../../../gql/graphql";
import "./issue-print.css";

/** 打印页面: the issue laid out like the Word export — masthead, number, items, 报/送/发 lines. */
export function IssuePrintModal({ issue, open, onClose }: { issue: JournalIssueDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const date = issue.issueDate ? issue.issueDate.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`) : "";
  return (
    <Modal
      title="打印预览"
      open={open}
      width={860}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" onClick={() => window.print()}>
            打印
          </Button>
        </>
      }
    >
      <div className="opinion-issue-print" data-testid="issue-print">
        <div className="masthead">{issue.journalName}</div>
        <div className="issue-no">{issue.label}</div>
        <div className="head-line">
          <span>{issue.publisherName}</span>
          <span>{date}</span>
        </div>
        {issue.title && <div className="item-title">{issue.title}</div>}
        {issue.items.map((it) => (
          <section key={it.id}>
            <div className="item-title">{it.title}</div>
            {it.content.split("\n").filter((line) => line.trim()).map((line, i) => (
              <p key={i} className="item-body">
                {line}
              </p>
            ))}
            <div className="item-source">（{it.sourceTenantName ?? it.submitterName}）</div>
          </section>
        ))}
        <div className="distribution">
          {issue.reportTo && <div>报：{issue.reportTo}</div>}
          {issue.sendTo && <div>送：{issue.sendTo}</div>}
          {issue.distributeTo && <div>发：{issue.distributeTo}</div>}
          <div>
            {issue.editorName && `责任编辑：${issue.editorName}　`}
            {issue.signerName && `签发：${issue.signerName}`}
          </div>
        </div>
      </div>
    </Modal>
  );
}
