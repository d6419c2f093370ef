import { Link } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Descriptions, Drawer, Empty, Popconfirm, Skeleton, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { GENDER_LABELS } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { MemberRowFragment, MemberTermFieldsFragment } from "../../../gql/graphql";
import { MemberQuery, RemoveMemberTermMutation } from "../graphql/members.graphql";
import { MemberPhoto } from "./MemberPhoto";
import { PhoneCell } from "./PhoneCell";

const dash = (v: string | null | undefined) => v || <Typography.Text type="secondary">—</Typography.Text>;

/** One member: the whole profile and a row per session served (newest first). */
export function MemberDetailDrawer({
  memberId,
  onClose,
  onEdit,
  onDelete,
}: {
  memberId: string | null;
  onClose: () => void;
  onEdit: (m: MemberRowFragment) => void;
  onDelete: (m: MemberRowFragment) => void;
}) {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const manage = can(viewer, "member:manage");
  const { data, loading, error, refetch } = useQuery(MemberQuery, { variables: { id: memberId ?? "" }, skip: !memberId, fetchPolicy: "cache-and-network" });
  const [removeTerm] = useMutation(RemoveMemberTermMutation);
  const m = data?.member;

  const remove = async (t: MemberTermFieldsFragment) => {
    if (!m) return;
    try {
      await removeTerm({ variables: { memberId: m.id, sessionId: t.session.id } });
      message.success(`已删除 ${m.name} 在${t.session.name}的任职`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      title={m ? `委员详情：${m.name}` : "委员详情"}
      open={!!memberId}
      onClose={onClose}
      size={880}
      extra={
        manage &&
        m && (
          <Space>
            <Button onClick={() => onEdit(m)}>编辑</Button>
            <Popconfirm
              title={`确定删除委员 ${m.name} 的档案吗？`}
              description="将同时删除其历届任职与修改申请；登录账号保留。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => onDelete(m)}
            >
              <Button danger>删除</Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {error && !m && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />}
      {!m && loading && <Skeleton active paragraph={{ rows: 10 }} />}
      {m && (
        <Space orientation="vertical" size={20} style={{ width: "100%" }}>
          {m.hasPendingChange && (
            <Alert
              type="warning"
              showIcon
              title="该委员有一份待审核的本人修改申请"
              action={manage && <Link to="/members/changes">去审核</Link>}
            />
          )}
          <div style={{ display: "flex", gap: 16, alignItems: "flex-start" }}>
          <MemberPhoto memberId={m.id} name={m.name} photoUrl={m.photoUrl ?? null} manage={manage} onChanged={() => refetch()} />
          <Descriptions
            style={{ flex: 1 }}
            title="基本信息"
            bordered
            size="small"
            column={2}
            items={[
              { key: "name", label: "姓名", children: m.name },
              { key: "formerName", label: "曾用名", children: dash(m.formerName) },
              { key: "gender", label: "性别", children: GENDER_LABELS[m.gender] },
              { key: "birthDate", label: "出生日期", children: `${m.birthDate}（${m.age} 岁）` },
              { key: "ethnic", label: "民族", children: m.ethnicGroup.name },
              { key: "nativePlace", label: "籍贯", children: dash(m.nativePlace) },
              { key: "education", label: "学历", children: m.education.name },
              { key: "username", label: "用户名", children: m.username ? <Tag color="blue">{m.username}</Tag> : <Typography.Text type="secondary">未关联账号</Typography.Text> },
              { key: "work", label: "工作单位职务", span: 2, children: m.workUnitTitle },
              { key: "address", label: "单位联系地址", span: 2, children: dash(m.workAddress) },
              { key: "mobile", label: "手机号码", span: 2, children: <PhoneCell key={m.id} memberId={m.id} memberName={m.name} masked={m.mobile} /> },
              { key: "updated", label: "最近修改", span: 2, children: dayjs(m.updatedAt).format("YYYY-MM-DD HH:mm") },
            ]}
          />
          </div>
          <div>
            <Typography.Title level={5}>历届任职</Typography.Title>
            {m.terms.length ? (
              <Table<MemberTermFieldsFragment>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={m.terms}
                columns={[
                  {
                    title: "届次",
                    key: "session",
                    render: (_, t) => (
                      <Space size={4}>
                        {t.session.name}
                        {t.session.isCurrent && <Tag color="red">本届</Tag>}
                      </Space>
                    ),
                  },
                  { title: "界别", key: "sector", render: (_, t) => t.sector.name },
                  { title: "党派", key: "party", render: (_, t) => t.party.name },
                  { title: "委员类型", key: "memberType", render: (_, t) => t.memberType.name },
                  { title: "专委会", key: "committee", render: (_, t) => t.specialCommittee?.name ?? "—" },
                  ...(manage
                    ? [
                        {
                          title: "操作",
                          key: "actions",
                          width: 80,
                          render: (_: unknown, t: MemberTermFieldsFragment) => (
                            <Popconfirm title={`确定删除在${t.session.name}的任职吗？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(t)}>
                              <Button type="link" size="small" danger>
                                删除
                              </Button>
                            </Popconfirm>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无任职记录" />
            )}
          </div>
        </Space>
      )}
    </Drawer>
  );
}
