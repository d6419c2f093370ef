import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Checkbox, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { ROLE_LABELS, type Role } from "@zhzx/shared";
import { ROLE_OPTIONS } from "../../../app/components/RoleTags";
import { errorMessage } from "../../../app/errors";
import type { CmsAclSubject } from "../../../gql/graphql";
import { CmsChannelAclQuery, CmsDepartmentsQuery, SetCmsChannelAclMutation } from "../graphql/channels.graphql";
import { UserPicker } from "./UserPicker";

interface Entry {
  subjectKind: CmsAclSubject;
  subjectId: string;
  subjectName: string;
  canView: boolean;
  canEdit: boolean;
  canReview: boolean;
  canPublish: boolean;
}

const SUBJECT_LABELS: Record<CmsAclSubject, string> = { USER: "人员", ROLE: "角色", DEPARTMENT: "部门" };
const SUBJECT_COLORS: Record<CmsAclSubject, string> = { USER: "blue", ROLE: "purple", DEPARTMENT: "cyan" };
const RIGHTS = [
  { key: "canView", label: "查看" },
  { key: "canEdit", label: "编辑" },
  { key: "canReview", label: "审核" },
  { key: "canPublish", label: "发布" },
] as const;

/**
 * 栏目权限: who may view, edit, review and publish in this channel (and, by inheritance, in its
 * sub-channels). The server replaces the whole list on save and checks every subject.
 */
export function ChannelAclEditor({ channelId, channelName }: { channelId: string; channelName: string }) {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(CmsChannelAclQuery, { variables: { channelId }, fetchPolicy: "network-only" });
  const { data: deps } = useQuery(CmsDepartmentsQuery);
  const [save, { loading: saving }] = useMutation(SetCmsChannelAclMutation);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dirty, setDirty] = useState(false);
  const [kind, setKind] = useState<CmsAclSubject>("ROLE");
  const [pick, setPick] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    if (data) {
      setEntries(data.cmsChannelAcl.map(({ subjectKind, subjectId, subjectName, canView, canEdit, canReview, canPublish }) => ({ subjectKind, subjectId, subjectName, canView, canEdit, canReview, canPublish })));
      setDirty(false);
    }
  }, [data]);

  const change = (i: number, patch: Partial<Entry>) => {
    setEntries((list) =>
      list.map((e, j) => {
        if (j !== i) return e;
        const next = { ...e, ...patch };
        // Any right implies seeing the channel; taking 查看 away takes the rest too.
        if (patch.canView === false) Object.assign(next, { canEdit: false, canReview: false, canPublish: false });
        if (patch.canEdit || patch.canReview || patch.canPublish) next.canView = true;
        return next;
      }),
    );
    setDirty(true);
  };

  const add = () => {
    if (!pick) return;
    if (entries.some((e) => e.subjectKind === kind && e.subjectId === pick.id)) {
      message.warning(`“${pick.name}”已在授权列表中`);
      return;
    }
    setEntries((list) => [...list, { subjectKind: kind, subjectId: pick.id, subjectName: pick.name, canView: true, canEdit: false, canReview: false, canPublish: false }]);
    setPick(null);
    setDirty(true);
  };

  const submit = async () => {
    try {
      await save({
        variables: {
          channelId,
          entries: entries.map(({ subjectKind, subjectId, canView, canEdit, canReview, canPublish }) => ({ subjectKind, subjectId, canView, canEdit, canReview, canPublish })),
        },
      });
      message.success(`已保存“${channelName}”的栏目权限`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<Entry> = [
    {
      title: "授权对象",
      key: "subject",
      render: (_, e) => (
        <Space size={4}>
          <Tag color={SUBJECT_COLORS[e.subjectKind]}>{SUBJECT_LABELS[e.subjectKind]}</Tag>
          {e.subjectKind === "ROLE" ? (ROLE_LABELS[e.subjectName as Role] ?? e.subjectName) : e.subjectName}
        </Space>
      ),
    },
    ...RIGHTS.map(({ key, label }) => ({
      title: label,
      key,
      width: 70,
      align: "center" as const,
      render: (_: unknown, e: Entry, i: number) => (
        <Checkbox aria-label={`${e.subjectName} ${label}`} checked={e[key]} onChange={(ev) => change(i, { [key]: ev.target.checked })} />
      ),
    })),
    {
      title: "操作",
      key: "remove",
      width: 70,
      render: (_, e, i) => (
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          aria-label={`移除 ${e.subjectName}`}
          onClick={() => {
            setEntries((list) => list.filter((_, j) => j !== i));
            setDirty(true);
          }}
        />
      ),
    },
  ];

  const deptOptions = (deps?.cmsDepartments ?? []).map((d) => ({ value: d.id, label: d.name }));

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Typography.Text type="secondary">上级栏目的授权同样适用于其下级栏目；站点管理员拥有全部栏目的全部权限。</Typography.Text>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />}
      <Space wrap>
        <Select
          aria-label="授权对象类型"
          value={kind}
          onChange={(k: CmsAclSubject) => {
            setKind(k);
            setPick(null);
          }}
          options={(Object.keys(SUBJECT_LABELS) as CmsAclSubject[]).map((k) => ({ value: k, label: SUBJECT_LABELS[k] }))}
          style={{ width: 90 }}
        />
        {kind === "USER" && (
          <UserPicker
            aria-label="选择人员"
            value={pick?.id ?? null}
            onChange={(_, labels) => setPick(labels[0] ? { id: labels[0].id, name: labels[0].displayName } : null)}
            style={{ width: 240 }}
          />
        )}
        {kind === "ROLE" && (
          <Select
            aria-label="选择角色"
            placeholder="请选择角色"
            value={pick?.id}
            onChange={(v: string) => setPick({ id: v, name: v })}
            options={ROLE_OPTIONS}
            style={{ width: 200 }}
          />
        )}
        {kind === "DEPARTMENT" && (
          <Select
            aria-label="选择部门"
            placeholder="请选择部门"
            value={pick?.id}
            onChange={(v: string) => setPick({ id: v, name: deptOptions.find((d) => d.value === v)?.label ?? v })}
            options={deptOptions}
            notFoundContent="尚未建立部门"
            style={{ width: 200 }}
          />
        )}
        <Button icon={<PlusOutlined />} onClick={add} disabled={!pick}>
          添加
        </Button>
      </Space>
      <Table<Entry>
        rowKey={(e) => `${e.subjectKind}:${e.subjectId}`}
        size="small"
        columns={columns}
        dataSource={entries}
        loading={loading}
        pagination={false}
        locale={{ emptyText: "本栏目尚无单独授权" }}
      />
      <Space>
        <Button type="primary" onClick={submit} loading={saving} disabled={!dirty}>
          保存权限
        </Button>
        {dirty && (
          <Button
            onClick={() => {
              void refetch();
            }}
          >
            放弃修改
          </Button>
        )}
      </Space>
    </Space>
  );
}
