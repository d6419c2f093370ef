import { useMemo, useRef, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { ApartmentOutlined, CopyOutlined, DeleteOutlined, ExportOutlined, FileTextOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Checkbox, Col, Empty, Popconfirm, Row, Space, Spin, Tabs, Tag, Tree, Typography } from "antd";
import type { TreeProps } from "antd";
import { useNavigate, useSearchParams } from "react-router";
import { errorMessage } from "../../../app/errors";
import { ChannelAclEditor } from "../components/ChannelAclEditor";
import { ChannelPropertiesForm } from "../components/ChannelPropertiesForm";
import { ChannelStatsPanel } from "../components/ChannelStatsPanel";
import { planDrop } from "../components/channel-drop";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { CreateChannelModal } from "../components/CreateChannelModal";
import { DepartmentsModal } from "../components/DepartmentsModal";
import { TEMPLATE_LABELS } from "../components/cms-labels";
import { CloneCmsChannelMutation, CmsChannelsQuery, DeleteCmsChannelMutation, MoveCmsChannelMutation, ReorderCmsChannelsMutation } from "../graphql/channels.graphql";
import { channelPath, useChannels, type ChannelNode } from "../hooks/use-channels";

type TreeNode = { key: string; title: React.ReactNode; children: TreeNode[] };

const toTreeData = (nodes: ChannelNode[]): TreeNode[] =>
  nodes.map((n) => ({
    key: n.key,
    title: (
      <Space size={4}>
        <span>{n.title}</span>
        {n.channel.kind === "VIRTUAL" && <Tag color="purple">虚拟</Tag>}
        {!n.channel.visible && <Tag>隐藏</Tag>}
      </Space>
    ),
    children: toTreeData(n.children),
  }));

/** 栏目管理: the channel tree (drag to move and reorder) and the selected channel's properties, statistics and grants. */
export default function ChannelsPage() {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get("id");
  const { site, channels, tree, byId, loading, error, refetch } = useChannels();
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const [creating, setCreating] = useState<{ parentId: string | null } | null>(null);
  const [departments, setDepartments] = useState(false);
  // The confirm dialog is rendered once: its checkbox reports through a ref, not state.
  const cloneChildren = useRef(false);
  const [tab, setTab] = useState("props");
  const refetchChannels = { refetchQueries: [CmsChannelsQuery], awaitRefetchQueries: true };
  const [move, { loading: moving }] = useMutation(MoveCmsChannelMutation, refetchChannels);
  const [reorder, { loading: reordering }] = useMutation(ReorderCmsChannelsMutation, refetchChannels);
  const [clone] = useMutation(CloneCmsChannelMutation, refetchChannels);
  const [remove] = useMutation(DeleteCmsChannelMutation, refetchChannels);
  const treeData = useMemo(() => toTreeData(tree), [tree]);
  const allKeys = useMemo(() => channels.map((c) => c.id), [channels]);

  const select = (id: string | null) => setParams(id ? { id } : {}, { replace: true });

  const onDrop: TreeProps["onDrop"] = async (info) => {
    const pos = info.node.pos.split("-");
    const side = (info.dropPosition - Number(pos[pos.length - 1])) as -1 | 0 | 1;
    const plan = planDrop(channels, String(info.dragNode.key), String(info.node.key), info.dropToGap, side < 0 ? -1 : 1);
    try {
      if (plan.kind === "reorder") await reorder({ variables: { parentId: plan.parentId, orderedIds: plan.orderedIds } });
      else if (plan.kind === "move") await move({ variables: { id: plan.id, parentId: plan.parentId, position: plan.position } });
      else return;
      const name = byId.get(String(info.dragNode.key))?.name ?? "";
      message.success(plan.kind === "reorder" ? `已调整“${name}”的顺序` : `已将“${name}”移到${plan.parentId ? `“${byId.get(plan.parentId)?.name}”下` : "顶级"}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const doClone = () => {
    if (!selected) return;
    cloneChildren.current = false;
    modal.confirm({
      title: `克隆栏目“${selected.name}”`,
      content: (
        <Space orientation="vertical">
          <Typography.Text>复制栏目属性、自定义字段和权限，不复制文章。</Typography.Text>
          <Checkbox onChange={(e) => (cloneChildren.current = e.target.checked)}>同时克隆下级栏目</Checkbox>
        </Space>
      ),
      okText: "克隆",
      cancelText: "取消",
      onOk: async () => {
        try {
          const { data } = await clone({ variables: { id: selected.id, withChildren: cloneChildren.current } });
          message.success(`已克隆为“${data?.cloneCmsChannel.name ?? ""}”`);
          if (data) select(data.cloneCmsChannel.id);
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  const doDelete = async () => {
    if (!selected) return;
    try {
      await remove({ variables: { id: selected.id } });
      message.success(`已删除栏目“${selected.name}”`);
      select(null);
    } catch (e) {
      modal.error({ title: "不能删除该栏目", content: errorMessage(e), okText: "知道了" });
    }
  };

  return (
    <Card
      title={
        <Space>
          栏目管理
          {site && <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>{site.name}</Typography.Text>}
        </Space>
      }
      extra={<CmsQuickLinks />}
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Row gutter={24}>
        <Col xs={24} lg={8}>
          <Space wrap style={{ marginBottom: 12 }}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({ parentId: selected?.id ?? null })}>
              {selected ? "新建下级栏目" : "新建栏目"}
            </Button>
            <Button icon={<ApartmentOutlined />} onClick={() => setDepartments(true)}>
              部门管理
            </Button>
            {site && (
              <Button icon={<ExportOutlined />} href={site.url} target="_blank" rel="noopener noreferrer">
                查看网站
              </Button>
            )}
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            拖动栏目可调整顺序或移到其他栏目下。
          </Typography.Paragraph>
          <Spin spinning={loading || moving || reordering}>
            {channels.length === 0 && !loading ? (
              <Empty description="尚未建立栏目" />
            ) : (
              <Tree
                aria-label="栏目树"
                treeData={treeData}
                draggable={{ icon: false }}
                blockNode
                showLine
                expandedKeys={allKeys}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => select(keys[0] ? String(keys[0]) : null)}
                onDrop={onDrop}
              />
            )}
          </Spin>
        </Col>
        <Col xs={24} lg={16}>
          {!selected ? (
            <Empty description="请在左侧选择一个栏目" style={{ marginTop: 48 }} />
          ) : (
            <Card
              size="small"
              title={
                <Space>
                  {channelPath(channels, selected.id)}
                  <Tag>{TEMPLATE_LABELS[selected.template]}</Tag>
                  {selected.kind === "VIRTUAL" && <Tag color="purple">虚拟栏目</Tag>}
                </Space>
              }
              extra={
                <Space size={0} wrap>
                  <Button type="link" size="small" icon={<FileTextOutlined />} onClick={() => navigate(`/cms/articles?channel=${selected.id}`)}>
                    文章
                  </Button>
                  <Button type="link" size="small" icon={<ExportOutlined />} href={selected.url} target="_blank" rel="noopener noreferrer">
                    公开页面
                  </Button>
                  <Button type="link" size="small" icon={<CopyOutlined />} onClick={doClone}>
                    克隆
                  </Button>
                  <Popconfirm
                    title={`确定删除栏目“${selected.name}”吗？`}
                    description="有下级栏目或文章的栏目不能删除。"
                    okText="删除"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={doDelete}
                  >
                    <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              }
            >
              <Tabs
                activeKey={tab}
                onChange={setTab}
                destroyOnHidden
                items={[
                  { key: "props", label: "栏目属性", children: <ChannelPropertiesForm channel={selected} channels={channels} /> },
                  { key: "stats", label: "栏目统计", children: <ChannelStatsPanel channelId={selected.id} updateDays={selected.updateDays} /> },
                  { key: "acl", label: "栏目权限", children: <ChannelAclEditor channelId={selected.id} channelName={selected.name} /> },
                ]}
              />
            </Card>
          )}
        </Col>
      </Row>
      <CreateChannelModal
        open={!!creating}
        parentId={creating?.parentId ?? null}
        channels={channels}
        onClose={() => setCreating(null)}
        onCreated={select}
      />
      <DepartmentsModal open={departments} onClose={() => setDepartments(false)} />
    </Card>
  );
}
