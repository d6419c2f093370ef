import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Drawer, Progress, Segmented, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import type { NoticeRowFragment } from "../../../gql/graphql";
import { NoticeReceiptsQuery, RemindNoticeMutation } from "../graphql/notices.graphql";

type Filter = "all" | "unread" | "read";

/** 阅读回执: who has read a published notice and when; a reminder to the unread. */
export function ReceiptsDrawer({ notice, onClose, onChanged }: { notice: NoticeRowFragment | null; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>("unread");
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(NoticeReceiptsQuery, {
    variables: { noticeId: notice?.id ?? "", read: filter === "all" ? null : filter === "read", page, pageSize: 20 },
    skip: !notice,
    fetchPolicy: "cache-and-network",
  });
  const [remind, reminding] = useMutation(RemindNoticeMutation);
  const list = (data ?? previousData)?.noticeReceipts;
  const percent = notice && notice.recipientCount > 0 ? Math.round((notice.readCount / notice.recipientCount) * 100) : 0;

  const doRemind = async () => {
    if (!notice) return;
    try {
      const sent = (await remind({ variables: { id: notice.id } })).data!.remindNoticeUnread;
      message.success(`已提醒 ${sent} 位未读人员`);
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer title={notice ? `阅读回执：${notice.title}` : "阅读回执"} open={!!notice} onClose={onClose} size={640}>
      {notice && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Space size={24} align="center">
            <Progress type="circle" percent={percent} size={88} format={() => `${notice.readCount}/${notice.recipientCount}`} />
            <Space orientation="vertical" size={4}>
              <Typography.Text>
                已读 {notice.readCount} 人，未读 {notice.recipientCount - notice.readCount} 人
              </Typography.Text>
              {notice.lastRemindedAt && <Typography.Text type="secondary">上次提醒：{dayjs(notice.lastRemindedAt).format("YYYY-MM-DD HH:mm")}</Typography.Text>}
              {notice.status === "PUBLISHED" && notice.readCount < notice.recipientCount && (
                <Button loading={reminding.loading} onClick={doRemind}>
                  提醒未读人员
                </Button>
              )}
            </Space>
          </Space>
          <Segmented<Filter>
            value={filter}
            onChange={(v) => {
              setFilter(v);
              setPage(1);
            }}
            options={[
              { value: "unread", label: "未读" },
              { value: "read", label: "已读" },
              { value: "all", label: "全部" },
            ]}
          />
          {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />}
          <Table
            rowKey="userId"
            size="small"
            loading={loading}
            dataSource={list?.items ?? []}
            columns={[
              { title: "姓名", dataIndex: "name", key: "name" },
              { title: "用户名", dataIndex: "username", key: "username" },
              {
                title: "阅读时间",
                dataIndex: "readAt",
                key: "readAt",
                render: (v: string | null) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : <Tag color="orange">未读</Tag>),
              },
            ]}
            pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 人`, showSizeChanger: false }}
            locale={{ emptyText: filter === "unread" ? "全部已读" : "暂无记录" }}
          />
        </Space>
      )}
    </Drawer>
  );
}
