import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Image, Popconfirm, Space, Table, Typography } from "antd";
import { PictureOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { AdminPhotoStoriesQuery } from "../../../gql/graphql";
import { StoryStatusTag } from "../components/labels";
import { PhotoStoryDrawer } from "../components/PhotoStoryDrawer";
import { AdminPhotoStoriesQuery as StoriesDoc, DeletePhotoStoryMutation, SetPhotoStoryPublishedMutation } from "../graphql/stories.graphql";

type Row = AdminPhotoStoriesQuery["photoStories"]["items"][number];

/** 履职风采: photo stories of the committee's activities; published ones show in the members' portal. */
export default function PhotoStoriesPage() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const canManage = can(viewer, "meeting:manage");
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(StoriesDoc, { variables: { page, pageSize: 20 }, fetchPolicy: "cache-and-network" });
  const list = (data ?? previousData)?.photoStories;
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [remove] = useMutation(DeletePhotoStoryMutation);
  const [setPublished] = useMutation(SetPhotoStoryPublishedMutation);

  const toggle = async (s: Row) => {
    try {
      await setPublished({ variables: { id: s.id, published: s.status !== "PUBLISHED" } });
      message.success(s.status === "PUBLISHED" ? "已撤回为草稿" : "已发布");
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const del = async (s: Row) => {
    try {
      await remove({ variables: { id: s.id } });
      message.success("已删除");
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title="履职风采"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
            新建履职风采
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">以图文报道委员参加视察、调研等履职活动。发布后，委员端“履职风采”可见；发布前至少上传一张图片。</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={list?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 篇`, showSizeChanger: false }}
        locale={{ emptyText: "暂无履职风采" }}
        columns={[
          {
            title: "封面",
            key: "cover",
            width: 100,
            render: (_, s) => (s.coverUrl ? <Image src={s.coverUrl} width={80} height={54} style={{ objectFit: "cover" }} alt="封面" /> : <PictureOutlined style={{ fontSize: 28, color: "#bbb" }} />),
          },
          { title: "标题", key: "title", render: (_, s) => (
            <a href="#" onClick={(e) => (e.preventDefault(), setEditing({ id: s.id }))}>
              {s.title}
            </a>
          ) },
          { title: "会议活动", key: "meeting", ellipsis: true, render: (_, s) => s.meeting?.title ?? "—" },
          { title: "图片", key: "images", width: 70, render: (_, s) => `${s.images.length} 张` },
          { title: "状态", key: "status", width: 90, render: (_, s) => <StoryStatusTag status={s.status} /> },
          { title: "更新时间", key: "at", width: 150, render: (_, s) => dayjs(s.publishedAt ?? s.updatedAt).format("YYYY-MM-DD HH:mm") },
          ...(canManage
            ? [
                {
                  title: "操作",
                  key: "op",
                  width: 170,
                  render: (_: unknown, s: Row) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing({ id: s.id })}>
                        编辑
                      </Button>
                      <Button type="link" size="small" onClick={() => void toggle(s)} disabled={s.status === "DRAFT" && s.images.length === 0} title={s.status === "DRAFT" && s.images.length === 0 ? "请先上传图片" : undefined}>
                        {s.status === "PUBLISHED" ? "撤回" : "发布"}
                      </Button>
                      <Popconfirm title={`删除“${s.title}”？`} description="图片一并删除，不可恢复。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => del(s)}>
                        <Button type="link" size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PhotoStoryDrawer open={!!editing} storyId={editing?.id ?? null} onClose={() => setEditing(null)} onChanged={() => void refetch()} />
    </Card>
  );
}
