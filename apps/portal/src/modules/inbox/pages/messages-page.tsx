import { Page } from "../../../app/components/page";
import { EmptyState } from "../../../app/components/page-states";

export default function MessagesPage() {
  return (
    <Page title="消息">
      <EmptyState title="暂无消息" description="办理进度提醒、会议通知等消息将显示在这里" />
    </Page>
  );
}
