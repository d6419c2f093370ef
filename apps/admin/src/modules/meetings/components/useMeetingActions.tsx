import { useMutation } from "@apollo/client/react";
import { App, Input, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { CancelMeetingMutation, DeleteMeetingMutation, FinishMeetingMutation, PublishMeetingMutation } from "../graphql/meetings.graphql";

interface Target {
  id: string;
  title: string;
  counts: { leavePending: number; undecided: number };
}

/** The lifecycle moves of a meeting (发布, 结束, 取消 with a reason, 删除草稿), each behind a confirmation. */
export function useMeetingActions(after: (what: "publish" | "finish" | "cancel" | "delete") => void) {
  const { message, modal } = App.useApp();
  // The attendance list, if open, changes with the meeting (invitees on publishing, 缺席 on finishing).
  const refetchQueries = ["AdminMeetingAttendance"];
  const [publish] = useMutation(PublishMeetingMutation, { refetchQueries });
  const [finish] = useMutation(FinishMeetingMutation, { refetchQueries });
  const [cancel] = useMutation(CancelMeetingMutation, { refetchQueries });
  const [remove] = useMutation(DeleteMeetingMutation);

  const run = async (what: "publish" | "finish" | "cancel" | "delete", fn: () => Promise<string>) => {
    try {
      message.success(await fn());
      after(what);
    } catch (e) {
      message.error(errorMessage(e));
      throw e;
    }
  };

  return {
    publish: (m: Target) =>
      modal.confirm({
        title: `发布“${m.title}”？`,
        content: "发布后按邀请范围生成受邀名单，委员立即收到通知和回执待办。",
        okText: "发布",
        cancelText: "取消",
        onOk: () => run("publish", async () => `已发布，邀请 ${(await publish({ variables: { id: m.id } })).data!.publishMeeting.counts.invited} 名委员`),
      }),
    finish: (m: Target) =>
      modal.confirm({
        title: `结束“${m.title}”？`,
        content: m.counts.leavePending ? (
          <Typography.Text type="danger">还有 {m.counts.leavePending} 条请假待审批，请先审批后再结束。</Typography.Text>
        ) : (
          `结束后，尚未签到且未请假的 ${m.counts.undecided} 名委员记为缺席，计入履职档案；之后仍可更正出勤。`
        ),
        okText: "结束",
        cancelText: "取消",
        okButtonProps: { disabled: m.counts.leavePending > 0 },
        onOk: () =>
          run("finish", async () => {
            // The totals after finishing: 缺席 also counts those marked absent by hand before.
            const c = (await finish({ variables: { id: m.id } })).data!.finishMeeting.counts;
            return `已结束：出席 ${c.attended} 人，请假 ${c.leave} 人，缺席 ${c.absent} 人`;
          }),
      }),
    cancel: (m: Target) => {
      let reason = "";
      modal.confirm({
        title: `取消“${m.title}”？`,
        content: <Input.TextArea rows={3} maxLength={200} placeholder="取消原因（受邀委员会收到）" aria-label="取消原因" onChange={(e) => (reason = e.target.value)} />,
        okText: "取消会议活动",
        okButtonProps: { danger: true },
        cancelText: "返回",
        onOk: () => {
          if (!reason.trim()) {
            message.error("请填写取消原因");
            return Promise.reject(new Error("reason"));
          }
          return run("cancel", async () => (await cancel({ variables: { id: m.id, reason: reason.trim() } }), "已取消，并通知受邀委员"));
        },
      });
    },
    remove: (m: Target) =>
      modal.confirm({
        title: `删除草稿“${m.title}”？`,
        content: "删除后不可恢复。",
        okText: "删除",
        okButtonProps: { danger: true },
        cancelText: "取消",
        onOk: () => run("delete", async () => (await remove({ variables: { id: m.id } }), "已删除")),
      }),
  };
}
