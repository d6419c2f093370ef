import { useEffect, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Col, DatePicker, Form, Input, Row, Select, Space, TreeSelect } from "antd";
import { DownOutlined, SearchOutlined, UpOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { PROPOSAL_STATE_LABELS, PROPOSAL_SUBMITTER_TYPE_LABELS } from "@zhzx/shared";
import { ProposalLookupsQuery } from "../graphql/proposals.graphql";
import { categoryTree } from "./category-tree";
import { OFFICE_STATES } from "./labels";

/** The query's fields as they live in the address bar (all strings; states comma-separated). */
export const FILTER_KEYS = ["keyword", "sessionId", "meetingId", "states", "categoryId", "submitterType", "submitterName", "caseNumber", "unitId", "from", "to"] as const;
export type FilterParams = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

interface FormValues {
  keyword?: string;
  sessionId?: string;
  meetingId?: string;
  states?: string[];
  categoryId?: string;
  submitterType?: string;
  submitterName?: string;
  caseNumber?: string;
  unitId?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

const toForm = (f: FilterParams): FormValues => ({
  ...f,
  states: f.states ? f.states.split(",") : undefined,
  dates: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : undefined,
});

/** 高级查询 for the office lists: the first row always shows, the rest behind 展开. */
export function ProposalFilterForm({ value, onSearch }: { value: FilterParams; onSearch: (f: FilterParams) => void }) {
  const [form] = Form.useForm<FormValues>();
  const lookups = useQuery(ProposalLookupsQuery, { fetchPolicy: "cache-first" });
  const moreSet = !!(value.submitterType || value.submitterName || value.caseNumber || value.unitId || value.meetingId || value.from || value.to);
  const [expanded, setExpanded] = useState(moreSet);
  const sessionId = Form.useWatch("sessionId", form);
  const sessions = lookups.data?.committeeSessions ?? [];
  const meetings = sessions.find((s) => s.id === sessionId)?.meetings ?? [];

  // The address bar is the truth (back/forward, shared links): keep the form in step with it.
  const key = JSON.stringify(value);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toForm(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const submit = (v: FormValues) =>
    onSearch({
      keyword: v.keyword?.trim() || undefined,
      sessionId: v.sessionId,
      meetingId: v.meetingId,
      states: v.states?.length ? v.states.join(",") : undefined,
      categoryId: v.categoryId,
      submitterType: v.submitterType,
      submitterName: v.submitterName?.trim() || undefined,
      caseNumber: v.caseNumber?.trim() || undefined,
      unitId: v.unitId,
      from: v.dates?.[0]?.format("YYYY-MM-DD"),
      to: v.dates?.[1]?.format("YYYY-MM-DD"),
    });

  const col = { xs: 24, md: 12, xl: 6 };
  return (
    <Form form={form} onFinish={submit} labelCol={{ flex: "72px" }} style={{ marginBottom: 8 }} aria-label="提案查询条件">
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="keyword" label="关键词">
            <Input allowClear placeholder="标题、内容、案号或提案人" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="sessionId" label="届次">
            <Select allowClear placeholder="全部届次" options={sessions.map((s) => ({ value: s.id, label: `${s.name}${s.isCurrent ? "（本届）" : ""}` }))} onChange={() => form.setFieldsValue({ meetingId: undefined })} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="states" label="状态">
            <Select mode="multiple" allowClear maxTagCount="responsive" placeholder="全部状态" options={OFFICE_STATES.map((s) => ({ value: s, label: PROPOSAL_STATE_LABELS[s] }))} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="categoryId" label="分类">
            <TreeSelect allowClear showSearch treeNodeFilterProp="title" treeDefaultExpandAll placeholder="全部分类（含下级）" treeData={categoryTree(lookups.data?.proposalCategories ?? [])} />
          </Form.Item>
        </Col>
        {expanded && (
          <>
            <Col {...col}>
              <Form.Item name="meetingId" label="会议">
                <Select allowClear placeholder={sessionId ? "全部会议" : "请先选择届次"} disabled={!sessionId} options={meetings.map((m) => ({ value: m.id, label: m.name }))} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="submitterType" label="提案类型">
                <Select allowClear placeholder="委员与集体" options={Object.entries(PROPOSAL_SUBMITTER_TYPE_LABELS).map(([value, label]) => ({ value, label: `${label}提案` }))} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="submitterName" label="提案人">
                <Input allowClear placeholder="委员姓名或集体名称" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="caseNumber" label="案号">
                <Input allowClear placeholder="如 15-03-012" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="unitId" label="承办单位">
                <Select allowClear showSearch optionFilterProp="label" placeholder="全部单位" options={(lookups.data?.orgUnits.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="dates" label="提交日期">
                <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: "100%" }} placeholder={["开始日期", "结束日期"]} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col flex="auto" style={{ textAlign: "right" }}>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                form.setFieldsValue(toForm({}));
                onSearch({});
              }}
            >
              重置
            </Button>
            <Button type="link" onClick={() => setExpanded((x) => !x)} icon={expanded ? <UpOutlined /> : <DownOutlined />}>
              {expanded ? "收起" : "更多条件"}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
