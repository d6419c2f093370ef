import { useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Badge, Button, Card, Checkbox, Col, Descriptions, Empty, Input, List, Popconfirm, Row, Skeleton, Space, Switch, Table, Tabs, Tag, Typography } from "antd";
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { PerformanceRuleFieldsFragment, PerformanceRuleSetFieldsFragment } from "../../../gql/graphql";
import { assessmentLabel, fmt, ruleSummary, signed } from "../components/labels";
import { RuleFormModal } from "../components/RuleFormModal";
import { RuleSetFormModal } from "../components/RuleSetFormModal";
import { DeleteRuleMutation, DeleteRuleSetMutation, RuleSetsQuery, RuleSetVersionsQuery, SetRuleEnabledMutation } from "../graphql/rules.graphql";

type RuleSet = PerformanceRuleSetFieldsFragment;
type Rule = PerformanceRuleFieldsFragment;

const period = (s: { effectiveFrom: string; effectiveTo?: string | null }) => `${s.effectiveFrom} 至 ${s.effectiveTo ?? "长期"}`;
const inForce = (s: RuleSet) => {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  return !s.deleted && s.effectiveFrom <= today && (!s.effectiveTo || s.effectiveTo >= today);
};

function RulesTable({ rules, actions }: { rules: readonly Rule[]; actions?: (r: Rule) => React.ReactNode }) {
  return (
    <Table<Rule>
      size="small"
      rowKey="id"
      dataSource={[...rules]}
      pagination={false}
      locale={{ emptyText: <Empty description="尚无评分规则" /> }}
      rowClassName={(r) => (r.enabled ? "" : "perf-rule-disabled")}
      columns={[
        { title: "履职事项", key: "kind", width: 150, render: (_, r) => <Typography.Text delete={!r.enabled}>{r.kindLabel}</Typography.Text> },
        { title: "每项分值", key: "points", width: 100, render: (_, r) => (r.points === null ? "按录入分值" : <Typography.Text type={r.points < 0 ? "danger" : undefined}>{signed(r.points)}</Typography.Text>) },
        { title: "每年计分次数上限", key: "maxItems", width: 130, render: (_, r) => r.maxItems ?? "不限" },
        { title: "每年分值上限", key: "maxPoints", width: 110, render: (_, r) => (r.maxPointsPerYear ? fmt(r.maxPointsPerYear) : "不限") },
        { title: "说明", key: "description", render: (_, r) => r.description ?? <Typography.Text type="secondary">{ruleSummary(r)}</Typography.Text> },
        ...(actions ? [{ title: "状态与操作", key: "op", width: 200, render: (_: unknown, r: Rule) => actions(r) }] : [{ title: "状态", key: "enabled", width: 70, render: (_: unknown, r: Rule) => (r.enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) }]),
      ]}
    />
  );
}

function Versions({ ruleSetId }: { ruleSetId: string }) {
  const { data, loading, error } = useQuery(RuleSetVersionsQuery, { variables: { ruleSetId }, fetchPolicy: "cache-and-network" });
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return (
    <Table
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data?.performanceRuleSetVersions ?? []}
      pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (t) => `共 ${t} 个版本` }}
      expandable={{
        expandedRowRender: (v) => (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Typography.Text type="secondary">
              生效期 {period(v)}；等级：{v.grades.map((g) => (g.minScore === null ? `${g.name}（其余）` : `${g.name} ≥ ${fmt(g.minScore)}`)).join("，") || "未设"}
            </Typography.Text>
            <RulesTable rules={v.rules} />
          </Space>
        ),
      }}
      columns={[
        { title: "版本", key: "version", width: 80, render: (_, v) => `第 ${v.version} 版` },
        { title: "变更内容", key: "change", render: (_, v) => (<>{v.deleted && <Tag color="red">已删除</Tag>}{v.change}</>) },
        { title: "变更人", dataIndex: "changedByName", key: "by", width: 100, render: (x: string | null) => x ?? "—" },
        { title: "时间", key: "at", width: 160, render: (_, v) => new Date(v.createdAt).toLocaleString("zh-CN", { hour12: false }) },
      ]}
    />
  );
}

/** 评分规则: 考核办法 as data — the rules (event kind → points, caps), grades, and every published version. */
export default function RulesPage() {
  const { message, modal } = App.useApp();
  const { viewer } = useViewer();
  const canManage = can(viewer, "performance:manage");
  const [params, setParams] = useSearchParams();
  const [showDeleted, setShowDeleted] = useState(false);
  const { data, loading, error, refetch } = useQuery(RuleSetsQuery, { variables: { includeDeleted: showDeleted }, fetchPolicy: "cache-and-network" });
  const sets = data?.performanceRuleSets ?? [];
  const selected = sets.find((s) => s.id === params.get("set")) ?? sets.find(inForce) ?? sets[0] ?? null;
  const select = (id: string) => setParams({ set: id }, { replace: true });

  const [ruleModal, setRuleModal] = useState<{ rule: Rule | null } | null>(null);
  const [setModal, setSetModal] = useState<{ ruleSet: RuleSet | null } | null>(null);
  const [setEnabled] = useMutation(SetRuleEnabledMutation, { refetchQueries: ["AdminPerformanceRuleSetVersions"] });
  const [deleteRule] = useMutation(DeleteRuleMutation, { refetchQueries: ["AdminPerformanceRuleSetVersions"] });
  const [deleteSet] = useMutation(DeleteRuleSetMutation, { refetchQueries: ["AdminPerformanceRuleSets"] });

  const published = (r: { ruleSet: { version: number }; recomputedRuns: unknown[] }) =>
    message.success(`已发布第 ${r.ruleSet.version} 版${r.recomputedRuns.length ? `，已重新计分 ${r.recomputedRuns.length} 个考核期` : ""}`);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const confirmDeleteSet = (s: RuleSet) => {
    let note = "";
    modal.confirm({
      title: `删除考核办法“${s.name}”？`,
      content: (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Typography.Text>删除后该办法不再计分，生效期内的考核期将重新计分；历史版本和已存档的结果保留。</Typography.Text>
          <Input.TextArea aria-label="删除说明" rows={2} maxLength={200} placeholder="删除说明（可选）" onChange={(e) => (note = e.target.value)} />
        </Space>
      ),
      okText: "删除",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: () =>
        run(async () => {
          await deleteSet({ variables: { id: s.id, note: note.trim() || null } });
          message.success("已删除");
          setParams({}, { replace: true });
        }),
    });
  };

  const ruleActions = (r: Rule) => (
    <Space size={4}>
      <Switch
        size="small"
        checked={r.enabled}
        aria-label={`${r.kindLabel}${r.enabled ? "停用" : "启用"}`}
        checkedChildren="启用"
        unCheckedChildren="停用"
        disabled={!canManage}
        onChange={(on) => run(async () => published((await setEnabled({ variables: { id: r.id, enabled: on } })).data!.setPerformanceRuleEnabled))}
      />
      {canManage && (
        <>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setRuleModal({ rule: r })}>
            修改
          </Button>
          <Popconfirm
            title={`删除规则“${r.kindLabel}”？`}
            description="删除即发布新版本并重新计分；该类事项此后不计分。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => run(async () => published((await deleteRule({ variables: { id: r.id } })).data!.deletePerformanceRule))}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              删除
            </Button>
          </Popconfirm>
        </>
      )}
    </Space>
  );

  return (
    <Row gutter={16}>
      <Col xs={24} lg={7}>
        <Card
          title="考核办法"
          extra={
            canManage && (
              <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setSetModal({ ruleSet: null })}>
                新建
              </Button>
            )
          }
        >
          <Checkbox checked={showDeleted} onChange={(e) => setShowDeleted(e.target.checked)} style={{ marginBottom: 8 }}>
            显示已删除
          </Checkbox>
          {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} />}
          {loading && !data ? (
            <Skeleton active />
          ) : (
            <List
              dataSource={sets}
              locale={{ emptyText: <Empty description="还没有考核办法" /> }}
              renderItem={(s) => (
                <List.Item
                  onClick={() => select(s.id)}
                  style={{ cursor: "pointer", paddingInline: 8, background: s.id === selected?.id ? "#fff1f0" : undefined, borderRadius: 6 }}
                  aria-current={s.id === selected?.id}
                >
                  <List.Item.Meta
                    title={
                      <Space size={4} wrap>
                        <Typography.Text delete={s.deleted}>{s.name}</Typography.Text>
                      </Space>
                    }
                    description={
                      <Space size={4} wrap>
                        <Tag>{assessmentLabel(s.assessmentType)}</Tag>
                        {inForce(s) && <Badge status="success" text="现行" />}
                        {s.deleted && <Tag color="red">已删除</Tag>}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {period(s)} · 第 {s.version} 版
                        </Typography.Text>
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={17}>
        {selected ? (
          <Card
            title={selected.name}
            extra={
              canManage &&
              !selected.deleted && (
                <Space>
                  <Button icon={<EditOutlined />} onClick={() => setSetModal({ ruleSet: selected })}>
                    修改办法
                  </Button>
                  <Button danger icon={<DeleteOutlined />} onClick={() => confirmDeleteSet(selected)}>
                    删除
                  </Button>
                </Space>
              )
            }
          >
            <Descriptions
              size="small"
              column={3}
              items={[
                { key: "type", label: "考核类型", children: assessmentLabel(selected.assessmentType) },
                { key: "period", label: "生效期", children: period(selected) },
                { key: "version", label: "当前版本", children: `第 ${selected.version} 版` },
                {
                  key: "grades",
                  label: "等级",
                  span: 2,
                  children: selected.grades.length ? selected.grades.map((g) => (g.minScore === null ? `${g.name}（其余）` : `${g.name} ≥ ${fmt(g.minScore)} 分`)).join("，") : "未设等级",
                },
                { key: "rank", label: "委员端名次", children: selected.showRankInPortal ? "显示" : "不显示" },
                ...(selected.description ? [{ key: "desc", label: "说明", span: 3, children: selected.description }] : []),
              ]}
            />
            <Tabs
              items={[
                {
                  key: "rules",
                  label: `评分规则（${selected.rules.length}）`,
                  children: (
                    <Space orientation="vertical" style={{ width: "100%" }}>
                      {canManage && !selected.deleted && (
                        <Space>
                          <Button icon={<PlusOutlined />} onClick={() => setRuleModal({ rule: null })}>
                            新增规则
                          </Button>
                          <Typography.Text type="secondary">每次保存即发布新版本，并按新规则重新计分。</Typography.Text>
                        </Space>
                      )}
                      <RulesTable rules={selected.rules} actions={selected.deleted ? undefined : ruleActions} />
                    </Space>
                  ),
                },
                { key: "versions", label: "版本记录", children: <Versions ruleSetId={selected.id} /> },
              ]}
            />
          </Card>
        ) : (
          !loading && (
            <Card>
              <Empty description={canManage ? "还没有考核办法，点击“新建”开始" : "还没有考核办法"} />
            </Card>
          )
        )}
      </Col>
      {selected && ruleModal && <RuleFormModal open ruleSet={selected} rule={ruleModal.rule} onClose={() => setRuleModal(null)} />}
      <RuleSetFormModal open={!!setModal} ruleSet={setModal?.ruleSet ?? null} all={sets} onClose={() => setSetModal(null)} onSaved={select} />
    </Row>
  );
}
