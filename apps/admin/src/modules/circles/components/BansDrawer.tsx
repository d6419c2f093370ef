import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Drawer, Segmented, Table, Tag } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { BansQuery, LiftBanMutation } from "../graphql/circles.graphql";
import { ReasonModal, type ReasonRequest } from "./ReasonModal";

const time = (v: unknown) => dayjs(v as string).format("YYYY-MM-DD HH:mm");

/** 禁言记录 of one circle (or all): who, how long, why; a running ban can be lifted with a reason. */
export function BansDrawer({ circle, onClose }: { circle: { id: string; name: string } | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [activeOnly, setActiveOnly] = useState(true);
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(BansQuery, {
    variables: { circleId: circle?.id ?? null, activeOnly, page, pageSize: 20 },
    skip: !circle,
    fetchPolicy: "cache-and-network",
  });
  const [lift] = useMutation(LiftBanMutation);
  const [asking, setAsking] = useState<ReasonRequest | null>(null);
  const list = (data ?? previousData)?.circleBans;

  return (
    <Drawer title={circle ? `禁言记录：${circle.name}` : "禁言记录"} open={!!circle} onClose={onClose} size={720}>
      <Segmented
        value={activeOnly ? "active" : "all"}
        onChange={(v) => {
          setActiveOnly(v === "active");
          setPage(1);
        }}
        options={[
          { value: "active", label: "禁言中" },
          { value: "all", label: "全部" },
        ]}
        style={{ marginBottom: 16 }}
      />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={list?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 条` }}
        locale={{ emptyText: activeOnly ? "没有禁言中的委员" : "没有禁言记录" }}
        columns={[
          { title: "委员", key: "member", width: 90, render: (_, b) => b.member.name },
          { title: "天数", dataIndex: "days", key: "days", width: 60 },
          { title: "理由", dataIndex: "reason", key: "reason" },
          { title: "禁言至", key: "until", width: 140, render: (_, b) => time(b.until) },
          {
            title: "状态",
            key: "state",
            width: 150,
            render: (_, b) =>
              b.active ? <Tag color="red">禁言中</Tag> : b.liftedAt ? <Tag title={b.liftReason ?? ""}>已解除：{b.liftReason}</Tag> : <Tag>已到期</Tag>,
          },
          {
            title: "操作",
            key: "op",
            width: 80,
            render: (_, b) =>
              b.active && (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    setAsking({
                      title: `解除 ${b.member.name} 的禁言`,
                      okText: "解除禁言",
                      run: async ({ reason }) => {
                        await lift({ variables: { id: b.id, reason } });
                        message.success("已解除禁言");
                        await refetch();
                      },
                    })
                  }
                >
                  解除
                </Button>
              ),
          },
        ]}
      />
      <ReasonModal request={asking} onClose={() => setAsking(null)} />
    </Drawer>
  );
}
