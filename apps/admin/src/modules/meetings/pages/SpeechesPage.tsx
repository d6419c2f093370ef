import { Card, Typography } from "antd";
import { can, useViewer } from "../../../app/viewer";
import { SpeechesTable } from "../components/SpeechesTable";

/** 大会发言: every written speech members submitted, across meetings, for review. */
export default function SpeechesPage() {
  const { viewer } = useViewer();
  return (
    <Card title="大会发言">
      <Typography.Paragraph type="secondary">委员在委员端为受邀的会议提交书面发言稿。审核后可“选用”或“不选用”；会上发言后“标记已发言”，计入委员履职档案。</Typography.Paragraph>
      <SpeechesTable canManage={can(viewer, "meeting:manage")} showMeeting />
    </Card>
  );
}
