import { useEffect, useState } from "react";
import { DownOutlined, SearchOutlined, UpOutlined } from "@ant-design/icons";
import { Button, Col, Form, Input, Row, Select, Space } from "antd";
import { GENDER_LABELS, GENDERS } from "@zhzx/shared";
import { filterOptions, sessionLabel, type Lookups } from "./lookups";
import { ALL_SESSIONS, type MemberFilterValues, type MemberListState } from "./member-list-params";

/** Text fields apply on Enter or 查询; every choice applies at once. */
const TEXT_FIELDS = new Set(["name", "workUnit", "nativePlace"]);
const MORE_FIELDS = ["specialCommitteeIds", "memberTypeIds", "gender", "ethnicGroupIds", "educationIds", "workUnit", "nativePlace"] as const;

interface Props {
  state: MemberListState;
  lookups: Lookups | undefined;
  currentSessionId: string | null;
  onApply: (values: MemberFilterValues) => void;
}

type FormValues = Omit<MemberFilterValues, "session"> & { session: string };

export function MemberFilterPanel({ state, lookups, currentSessionId, onApply }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [expanded, setExpanded] = useState(() => MORE_FIELDS.some((k) => (Array.isArray(state[k]) ? (state[k] as string[]).length : !!state[k])));

  const sessionValue = state.session ?? currentSessionId ?? ALL_SESSIONS;
  useEffect(() => {
    form.setFieldsValue({ ...state, session: sessionValue });
  }, [state, sessionValue, form]);

  const apply = () => {
    const v = form.getFieldsValue(true) as FormValues;
    onApply({
      session: v.session === currentSessionId ? null : v.session,
      sectorIds: v.sectorIds ?? [],
      partyIds: v.partyIds ?? [],
      specialCommitteeIds: v.specialCommitteeIds ?? [],
      memberTypeIds: v.memberTypeIds ?? [],
      ethnicGroupIds: v.ethnicGroupIds ?? [],
      educationIds: v.educationIds ?? [],
      gender: v.gender ?? undefined,
      name: (v.name ?? "").trim(),
      workUnit: (v.workUnit ?? "").trim(),
      nativePlace: (v.nativePlace ?? "").trim(),
    });
  };

  const reset = () => {
    onApply({ session: null, sectorIds: [], partyIds: [], specialCommitteeIds: [], memberTypeIds: [], ethnicGroupIds: [], educationIds: [], gender: undefined, name: "", workUnit: "", nativePlace: "" });
  };

  const sessions = [
    ...(lookups?.committeeSessions ?? []).map((s) => ({ value: s.id, label: sessionLabel(s) })),
    { value: ALL_SESSIONS, label: "全部届次" },
  ];
  const multi = (label: string, items: keyof Omit<Lookups, "committeeSessions" | "__typename">) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={`全部${label}`}
      options={filterOptions(lookups?.[items])}
      showSearch={{ optionFilterProp: "label" }}
      aria-label={label}
    />
  );
  const col = { xs: 24, sm: 12, lg: 8, xxl: 6 };

  return (
    <Form
      name="memberFilter"
      form={form}
      layout="horizontal"
      labelCol={{ flex: "80px" }}
      // A zero basis keeps a long value (the 届次 name) from pushing the control under its label.
      wrapperCol={{ flex: "1 1 0", style: { minWidth: 0 } }}
      labelWrap
      onFinish={apply}
      onValuesChange={(changed) => {
        if (Object.keys(changed).some((k) => !TEXT_FIELDS.has(k))) apply();
      }}
      style={{ marginBottom: 8 }}
      aria-label="委员查询条件"
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item label="届次" name="session">
            <Select options={sessions} loading={!lookups} aria-label="届次" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="姓名" name="name">
            <Input allowClear placeholder="姓名/拼音/首字母，如 zhq" aria-label="姓名" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="界别" name="sectorIds">
            {multi("界别", "sectors")}
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="党派" name="partyIds">
            {multi("党派", "parties")}
          </Form.Item>
        </Col>
        {expanded && (
          <>
            <Col {...col}>
              <Form.Item label="专委会" name="specialCommitteeIds">
                {multi("专委会", "specialCommittees")}
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label="委员类型" name="memberTypeIds">
                {multi("委员类型", "memberTypes")}
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label="性别" name="gender">
                <Select allowClear placeholder="全部" options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} aria-label="性别" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label="民族" name="ethnicGroupIds">
                {multi("民族", "ethnicGroups")}
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label="学历" name="educationIds">
                {multi("学历", "educations")}
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label="工作单位" name="workUnit">
                <Input allowClear placeholder="工作单位或职务中的文字" aria-label="工作单位" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item label="籍贯" name="nativePlace">
                <Input allowClear placeholder="如 大同" aria-label="籍贯" autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col flex="auto" style={{ textAlign: "right" }}>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button onClick={reset}>重置</Button>
              <Button type="link" onClick={() => setExpanded((x) => !x)} icon={expanded ? <UpOutlined /> : <DownOutlined />} iconPlacement="end">
                {expanded ? "收起" : "更多条件"}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
