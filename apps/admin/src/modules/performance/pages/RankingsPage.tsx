import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { CalculatorOutlined, DownloadOutlined, ReloadOutlined } from "@ant-design/icons";
import { GENDER_LABELS } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { AdminPerformanceScoresQuery, AssessmentType, Gender, PerformanceScoreFilter, SortDirection } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { BonusFormModal } from "../components/BonusFormModal";
import { ExplanationDrawer } from "../components/ExplanationDrawer";
import { fmt, GradeTag, RUN_TRIGGER_LABELS } from "../components/labels";
import { PeriodPicker, toPeriodInput, type PeriodValue } from "../components/PeriodPicker";
import { RecomputeModal } from "../components/RecomputeModal";
import { usePerformanceLookups } from "../components/use-lookups";
import { ExportArchiveListMutation, PerformanceScoresQuery, ScoreRunsQuery } from "../graphql/scores.graphql";

type Row = AdminPerformanceScoresQuery["performanceScores"]["items"][number];
const LIST_KEYS = ["sector", "party", "mtype", "committee", "grade"] as const;

/** 委员评分（履职档案查询）: every member's score for a period, filtered and ranked, each explainable. */
export default function RankingsPage() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const canManage = can(viewer, "performance:manage");
  const lk = usePerformanceLookups();
  const [params, setParams] = useSearchParams();
  const [explain, setExplain] = useState<{ id: string; name: string } | null>(null);
  const [bonusFor, setBonusFor] = useState<{ id: string; name: string } | null | undefined>(undefined);
  const [recompute, setRecompute] = useState(false);

  const period: PeriodValue = useMemo(
    () => ({
      assessmentType: (params.get("type") as AssessmentType) ?? "ANNUAL",
      year: params.get("year") ? Number(params.get("year")) : (lk.years[0] ?? null),
      sessionId: params.get("session") ?? lk.current?.id ?? null,
    }),
    [params, lk.years, lk.current],
  );
  const list = (k: (typeof LIST_KEYS)[number]) => params.getAll(k);
  const filter: PerformanceScoreFilter = {
    sectorIds: list("sector").length ? list("sector") : null,
    partyIds: list("party").length ? list("party") : null,
    memberTypeIds: list("mtype").length ? list("mtype") : null,
    specialCommitteeIds: list("committee").length ? list("committee") : null,
    grades: list("grade").length ? list("grade") : null,
    gender: (params.get("gender") as Gender) ?? null,
    name: params.get("name") ?? null,
  };
  const direction = (params.get("dir") as SortDirection) ?? "DESC";
  const page = Number(params.get("page") ?? 1);
  const pageSize = Number(params.get("size") ?? 20);
  const runId = params.get("run");

  const update = (changes: Record<string, string | string[] | number | null | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      next.delete(k);
      if (Array.isArray(v)) v.forEach((x) => next.append(k, x));
      else if (v !== null && v !== undefined && v !== "") next.set(k, String(v));
    }
    if (!keepPage) next.delete("page");
    setParams(next, { replace: true });
  };
  const setPeriod = (p: PeriodValue) => update({ type: p.assessmentType, year: p.year, session: p.sessionId, run: null, grade: null });

  const periodReady = period.assessmentType === "ANNUAL" ? period.year !== null : period.sessionId !== null;
  const { data, previousData, loading, error, refetch } = useQuery(PerformanceScoresQuery, {
    variables: { page, pageSize, period: toPeriodInput(period), filter, direction, runId },
    skip: !lk.ready || !periodReady,
    fetchPolicy: "cache-and-network",
  });
  const runs = useQuery(ScoreRunsQuery, {
    variables: { page: 1, assessmentType: period.assessmentType, year: period.assessmentType === "ANNUAL" ? period.year : null, sessionId: period.assessmentType === "SESSION" ? period.sessionId : null },
    skip: !lk.ready || !periodReady,
    fetchPolicy: "cache-and-network",
  });
  const [exportList, exporting] = useMutation(ExportArchiveListMutation);
  const d = (data ?? previousData)?.performanceScores;
  const filtered = LIST_KEYS.some((k) => list(k).length) || !!filter.gender || !!filter.name;

  const doExport = async () => {
    try {
      const f = (await exportList({ variables: { period: toPeriodInput(period), filter, direction, runId } })).data!.exportPerformanceArchive;
      downloadBase64File(f);
      message.success(`已导出 ${f.rowCount} 名委员`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const multi = (key: (typeof LIST_KEYS)[number], label: string, options: { value: string; label: string }[], width = 150) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      aria-label={label}
      placeholder={label}
      style={{ width }}
      value={list(key)}
      onChange={(v: string[]) => update({ [key]: v })}
      options={options}
      showSearch={{ optionFilterProp: "label" }}
    />
  );

  return (
    <Card
      title="委员履职评分"
      extra={
        <Space>
          {canManage && (
            <Button type="primary" icon={<CalculatorOutlined />} onClick={() => setRecompute(true)}>
              计分并存档
            </Button>
          )}
          <Button icon={<DownloadOutlined />} loading={exporting.loading} disabled={!d} onClick={() => void doExport()}>
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: "100%" }}>
        <Space wrap>
          <PeriodPicker value={period} onChange={setPeriod} />
          <Select
            aria-label="计分依据"
            style={{ width: 320 }}
            value={runId ?? "LIVE"}
            onChange={(v: string) => update({ run: v === "LIVE" ? null : v })}
            options={[
              { value: "LIVE", label: "按当前规则实时计算" },
              ...(runs.data?.performanceScoreRuns.items ?? []).map((r) => ({
                value: r.id,
                label: `存档 ${new Date(r.computedAt).toLocaleString("zh-CN", { hour12: false })}（${RUN_TRIGGER_LABELS[r.trigger] ?? r.trigger}）`,
              })),
            ]}
          />
        </Space>
        <Space wrap>
          <Input.Search
            key={params.get("name") ?? ""}
            allowClear
            aria-label="委员姓名"
            placeholder="姓名或拼音"
            defaultValue={filter.name ?? ""}
            style={{ width: 170 }}
            onSearch={(v) => update({ name: v.trim() })}
          />
          {multi("sector", "界别", lk.sectors)}
          {multi("party", "党派", lk.parties)}
          {multi("committee", "专委会", lk.committees, 170)}
          {multi("mtype", "委员类型", lk.memberTypes)}
          <Select<Gender>
            allowClear
            aria-label="性别"
            placeholder="性别"
            style={{ width: 90 }}
            value={filter.gender ?? undefined}
            onChange={(v) => update({ gender: v ?? null })}
            options={(["MALE", "FEMALE"] as const).map((g) => ({ value: g, label: GENDER_LABELS[g] }))}
          />
          {multi("grade", "等级", (d?.grades ?? []).map((g) => ({ value: g.name, label: g.name })), 140)}
          <Select<SortDirection>
            aria-label="排序"
            style={{ width: 130 }}
            value={direction}
            onChange={(v) => update({ dir: v === "DESC" ? null : v })}
            options={[
              { value: "DESC", label: "得分从高到低" },
              { value: "ASC", label: "得分从低到高" },
            ]}
          />
          {filtered && (
            <Button icon={<ReloadOutlined />} onClick={() => update({ sector: null, party: null, mtype: null, committee: null, grade: null, gender: null, name: null })}>
              清除筛选
            </Button>
          )}
        </Space>
        {d && (
          <Typography.Text type="secondary">
            考核期 {d.period.firstDay} 至 {d.period.lastDay}（{d.period.session.name}）；依据：
            {d.ruleSetVersions.length ? d.ruleSetVersions.map((v) => `${v.name} 第 ${v.version} 版`).join("；") : "无适用的考核办法"}
            {d.run ? `；存档于 ${new Date(d.run.computedAt).toLocaleString("zh-CN", { hour12: false })}${d.run.note ? `（${d.run.note}）` : ""}` : "；实时计算"}
            {filtered ? "；名次按筛选后的委员排列" : ""}
          </Typography.Text>
        )}
        {(error || lk.error) && (
          <Alert type="error" showIcon title={errorMessage(error ?? lk.error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} />
        )}
        <Table<Row>
          rowKey={(r) => r.member.id}
          loading={loading || lk.loading}
          dataSource={d?.items ?? []}
          scroll={{ x: 1150 }}
          locale={{ emptyText: filtered ? "没有符合条件的委员" : "本考核期暂无参评委员" }}
          pagination={{
            current: page,
            pageSize,
            total: d?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (t) => `共 ${t} 名委员`,
            onChange: (p, s) => update({ page: p === 1 ? null : p, size: s === 20 ? null : s }, true),
          }}
          columns={[
            { title: "名次", dataIndex: "rank", key: "rank", width: 70, render: (r: number) => (r <= 3 ? <Tag color={["gold", "#bfbfbf", "#d48806"][r - 1]}>{r}</Tag> : r) },
            {
              title: "委员",
              key: "name",
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <a onClick={() => setExplain({ id: r.member.id, name: r.member.name })}>{r.member.name}</a>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.member.workUnitTitle }}>
                    {r.member.workUnitTitle}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: "性别", key: "gender", width: 60, render: (_, r) => GENDER_LABELS[r.member.gender] },
            { title: "界别", key: "sector", width: 140, ellipsis: true, render: (_, r) => r.sector.name },
            { title: "党派", key: "party", width: 140, ellipsis: true, render: (_, r) => r.party.name },
            { title: "专委会", key: "committee", width: 160, ellipsis: true, render: (_, r) => r.specialCommittee?.name ?? "—" },
            { title: "计分事项", dataIndex: "eventCount", key: "eventCount", width: 90 },
            {
              title: "得分",
              key: "total",
              width: 110,
              render: (_, r) => (
                <Space size={4}>
                  <Typography.Text strong>{fmt(r.total)}</Typography.Text>
                  {r.cappedPoints > 0 && (
                    <Tooltip title={`按规则应得 ${fmt(r.rawTotal)} 分，超上限 ${fmt(r.cappedPoints)} 分未计`}>
                      <Tag color="orange" style={{ marginInlineEnd: 0 }}>限</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            { title: "等级", key: "grade", width: 90, render: (_, r) => <GradeTag grade={r.grade} /> },
            { title: "操作", key: "op", width: 100, render: (_, r) => <a onClick={() => setExplain({ id: r.member.id, name: r.member.name })}>得分说明</a> },
          ]}
        />
      </Space>
      <ExplanationDrawer member={explain} period={toPeriodInput(period)} runId={runId} canManage={canManage} onClose={() => setExplain(null)} onAddBonus={(m) => setBonusFor(m)} />
      <BonusFormModal open={bonusFor !== undefined} member={bonusFor} onClose={() => setBonusFor(undefined)} onDone={() => void refetch()} />
      <RecomputeModal
        open={recompute}
        initial={period}
        onClose={() => setRecompute(false)}
        onDone={(id, p) => update({ type: p.assessmentType, year: p.year, session: p.sessionId, run: id })}
      />
    </Card>
  );
}
