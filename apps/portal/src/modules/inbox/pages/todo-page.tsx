import { Page } from "../../../app/components/page";
import { EmptyState } from "../../../app/components/page-states";

export default function TodoPage() {
  return (
    <Page title="待办">
      <EmptyState title="暂无待办" description="需要您办理的提案、社情民意、会议报名等事项将显示在这里" />
    </Page>
  );
}
