import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Input, Modal, Popconfirm, Space, Table, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { CmsDepartmentsQuery, DeleteCmsDepartmentMutation, SaveCmsDepartmentMutation, SetCmsDepartmentMembersMutation } from "../graphql/channels.graphql";
import { UserPicker } from "./UserPicker";

type Dept = { id: string; name: string; sortOrder: number; members: { id: string; displayName: string }[] };

/** 栏目维护部门: departments maintain channels; a grant to a department reaches its members. */
export function DepartmentsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(CmsDepartmentsQuery, { skip: !open, fetchPolicy: "cache-and-network" });
  const [saveDept] = useMutation(SaveCmsDepartmentMutation, { refetchQueries: [CmsDepartmentsQuery] });
  const [deleteDept] = useMutation(DeleteCmsDepartmentMutation, { refetchQueries: [CmsDepartmentsQuery] });
  const [setMembers] = useMutation(SetCmsDepartmentMembersMutation, { refetchQueries: [CmsDepartmentsQuery] });
  const [newName, setNewName] = useState("");
  const [editing, setEditing] = useState<Record<string, string>>({});

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    }
  };

  return (
    <Modal title="部门管理" open={open} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={760}>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 12 }}>
        <Input aria-label="新部门名称" placeholder="新部门名称" value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={40} style={{ width: 220 }} />
        <Button
          icon={<PlusOutlined />}
          disabled={!newName.trim()}
          onClick={async () => {
            const name = newName.trim();
            if (await run(() => saveDept({ variables: { name, sortOrder: data?.cmsDepartments.length ?? 0 } }), `已新建部门“${name}”`)) setNewName("");
          }}
        >
          新建部门
        </Button>
      </Space>
      <Table<Dept>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.cmsDepartments ?? []}
        pagination={false}
        locale={{ emptyText: "尚未建立部门" }}
        columns={[
          {
            title: "部门名称",
            key: "name",
            width: 200,
            render: (_, d) =>
              editing[d.id] !== undefined ? (
                <Space.Compact>
                  <Input aria-label="部门名称" value={editing[d.id]} onChange={(e) => setEditing((m) => ({ ...m, [d.id]: e.target.value }))} maxLength={40} />
                  <Button
                    type="primary"
                    onClick={async () => {
                      const name = editing[d.id]!.trim();
                      if (!name) return;
                      if (await run(() => saveDept({ variables: { id: d.id, name, sortOrder: d.sortOrder } }), "已重命名部门"))
                        setEditing(({ [d.id]: _drop, ...rest }) => rest);
                    }}
                  >
                    保存
                  </Button>
                </Space.Compact>
              ) : (
                <Typography.Link onClick={() => setEditing((m) => ({ ...m, [d.id]: d.name }))}>{d.name}</Typography.Link>
              ),
          },
          {
            title: "成员",
            key: "members",
            render: (_, d) => (
              <UserPicker
                aria-label={`${d.name}成员`}
                multiple
                known={d.members}
                value={d.members.map((m) => m.id)}
                onChange={(v) => void run(() => setMembers({ variables: { id: d.id, userIds: (v as string[] | undefined) ?? [] } }), `已更新“${d.name}”的成员`)}
                placeholder="添加成员"
                style={{ width: "100%" }}
              />
            ),
          },
          {
            title: "操作",
            key: "ops",
            width: 70,
            render: (_, d) => (
              <Popconfirm title={`确定删除部门“${d.name}”吗？`} okText="删除" cancelText="取消" onConfirm={() => run(() => deleteDept({ variables: { id: d.id } }), `已删除部门“${d.name}”`)}>
                <Button type="link" danger size="small">
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Modal>
  );
}
