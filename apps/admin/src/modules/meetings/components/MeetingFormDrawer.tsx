import { useEffect, useMemo, useRef, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Checkbox, Col, DatePicker, Divider, Drawer, Form, Input, Row, Select, Space, Spin, Typography } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { applyServerErrors } from "../../../app/form-errors";
import { AdminMeetingDetailQuery, CreateMeetingMutation, MeetingFormLookupsQuery, MeetingMemberPickerQuery, UpdateMeetingMutation } from "../graphql/meetings.graphql";

interface Picked {
  value: string;
  label: string;
}
interface Values {
  kindId: string;
  sessionId: string;
  title: string;
  startsAt: Dayjs;
  endsAt: Dayjs;
  place: string;
  organiser?: string;
  agenda?: string;
  allOfSession?: boolean;
  sectorIds?: string[];
  partyIds?: string[];
  specialCommitteeIds?: string[];
  members?: Picked[];
  guests?: { name: string; unit?: string; role?: string }[];
}

const TIME_FORMAT = "YYYY-MM-DD HH:mm";

/** Members by name (汉字 or 拼音), for inviting individuals; chosen ones keep their labels. */
function MemberPicker({ id, value, onChange, sessionId }: { id?: string; value?: Picked[]; onChange?: (v: Picked[]) => void; sessionId?: string }) {
  const [name, setName] = useState("");
  const { data, loading } = useQuery(MeetingMemberPickerQuery, { variables: { name: name || null, sessionId: sessionId ?? null }, fetchPolicy: "cache-first" });
  return (
    <Select<Picked[]>
      id={id}
      mode="multiple"
      labelInValue
      allowClear
      showSearch={{ filterOption: false, onSearch: (v) => setName(v.trim()) }}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder="输入姓名或拼音首字母查找委员"
      notFoundContent={loading ? <Spin size="small" /> : "没有找到委员"}
      options={(data?.members.items ?? []).map((m) => ({ value: m.id, label: m.name, title: m.workUnitTitle ?? "" }))}
      optionRender={(o) => (
        <Space>
          {o.label}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {String(o.data.title ?? "")}
          </Typography.Text>
        </Space>
      )}
    />
  );
}

/**
 * 新建 / 修改会议活动: type, session, time, place, agenda, who is invited (本届全体, 界别, 党派, 专委会 and
 * individuals) and 列席人员. A new one is a draft; editing a published one notifies every invitee.
 */
export function MeetingFormDrawer({ open, meetingId, onClose, onSaved }: { open: boolean; meetingId?: string | null; onClose: () => void; onSaved: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const editing = !!meetingId;
  const lookups = useQuery(MeetingFormLookupsQuery, { fetchPolicy: "cache-first", skip: !open });
  const detail = useQuery(AdminMeetingDetailQuery, { variables: { id: meetingId ?? "" }, skip: !open || !meetingId, fetchPolicy: "network-only" });
  const [create, c] = useMutation(CreateMeetingMutation);
  const [update, u] = useMutation(UpdateMeetingMutation);
  const all = Form.useWatch("allOfSession", form);
  const sessionId = Form.useWatch("sessionId", form);
  const m = detail.data?.meeting;

  // Fill the form once per opening: a new one with the current session, an existing one from the server.
  const filled = useRef(false);
  useEffect(() => {
    if (!open) {
      filled.current = false;
      return;
    }
    if (filled.current) return;
    if (!editing) {
      const current = lookups.data?.committeeSessions.find((s) => s.isCurrent);
      if (!current) return;
      form.resetFields();
      form.setFieldsValue({ sessionId: current.id });
      filled.current = true;
      return;
    }
    if (!m) return;
    form.resetFields();
    form.setFieldsValue({
      kindId: m.kind.id,
      sessionId: m.session.id,
      title: m.title,
      startsAt: dayjs(m.startsAt),
      endsAt: dayjs(m.endsAt),
      place: m.place,
      organiser: m.organiser ?? undefined,
      agenda: m.agenda ?? undefined,
      allOfSession: m.invitees?.allOfSession ?? false,
      sectorIds: m.invitees?.sectors.map((x) => x.id) ?? [],
      partyIds: m.invitees?.parties.map((x) => x.id) ?? [],
      specialCommitteeIds: m.invitees?.specialCommittees.map((x) => x.id) ?? [],
      members: m.invitees?.members.map((x) => ({ value: x.id, label: x.name })) ?? [],
      guests: m.guests.map((g) => ({ name: g.name, unit: g.unit ?? undefined, role: g.role ?? undefined })),
    });
    filled.current = true;
  }, [open, editing, m, lookups.data, form]);

  const kindOptions = useMemo(() => {
    const kinds = lookups.data?.meetingKinds ?? [];
    return (["MEETING", "ACTIVITY"] as const).map((cat) => ({
      label: cat === "MEETING" ? "会议" : "活动",
      options: kinds.filter((k) => k.category === cat).map((k) => ({ value: k.id, label: k.name })),
    }));
  }, [lookups.data]);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const invitees = {
      allOfSession: !!v.allOfSession,
      sectorIds: v.allOfSession ? [] : (v.sectorIds ?? []),
      partyIds: v.allOfSession ? [] : (v.partyIds ?? []),
      specialCommitteeIds: v.allOfSession ? [] : (v.specialCommitteeIds ?? []),
      memberIds: v.allOfSession ? [] : (v.members ?? []).map((x) => x.value),
    };
    if (!invitees.allOfSession && !invitees.sectorIds.length && !invitees.partyIds.length && !invitees.specialCommitteeIds.length && !invitees.memberIds.length) {
      form.setFields([{ name: "sectorIds", errors: ["请选择邀请对象：本届全体委员，或按界别、党派、专委会、个人选择"] }]);
      return;
    }
    const input = {
      kindId: v.kindId,
      sessionId: v.sessionId,
      title: v.title.trim(),
      startsAt: v.startsAt.second(0).millisecond(0).toISOString(),
      endsAt: v.endsAt.second(0).millisecond(0).toISOString(),
      place: v.place.trim(),
      organiser: v.organiser?.trim() || null,
      agenda: v.agenda?.trim() || null,
      invitees,
      guests: (v.guests ?? []).filter((g) => g?.name?.trim()).map((g) => ({ name: g.name.trim(), unit: g.unit?.trim() || null, role: g.role?.trim() || null })),
    };
    try {
      if (editing) {
        await update({ variables: { id: meetingId!, input } });
        message.success(m?.status === "PUBLISHED" ? "已保存，并已通知全体受邀委员" : "已保存");
        onSaved(meetingId!);
      } else {
        const r = await create({ variables: { input } });
        message.success("已保存为草稿，核对后点击“发布”通知受邀委员");
        onSaved(r.data!.createMeeting.id);
      }
    } catch (e) {
      message.error(applyServerErrors(form, e, { "invitees.sectorIds": "sectorIds" }));
    }
  };

  const opts = (xs: { id: string; name: string }[] | undefined) => (xs ?? []).map((x) => ({ value: x.id, label: x.name }));
  return (
    <Drawer
      title={editing ? "修改会议活动" : "新建会议活动"}
      open={open}
      onClose={onClose}
      size={680}
      destroyOnHidden
      footer={
        <Space style={{ float: "right" }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={c.loading || u.loading} onClick={save}>
            {editing ? "保存" : "保存草稿"}
          </Button>
        </Space>
      }
    >
      {editing && m?.status === "PUBLISHED" && <Alert type="warning" showIcon title="该会议活动已发布：保存后全体受邀委员会收到变更通知；邀请范围缩小时，不再受邀的委员会收到取消邀请通知。" style={{ marginBottom: 16 }} />}
      <Spin spinning={editing && detail.loading}>
        <Form form={form} layout="vertical" requiredMark>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="类型" name="kindId" rules={[{ required: true, message: "请选择会议活动类型" }]}>
                <Select placeholder="如：常委会、视察" options={kindOptions} showSearch={{ optionFilterProp: "label" }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="届次" name="sessionId" rules={[{ required: true, message: "请选择届次" }]}>
                <Select placeholder="请选择届次" options={(lookups.data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: `${s.name}${s.isCurrent ? "（本届）" : ""}` }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="名称" name="title" rules={[{ required: true, whitespace: true, message: "请输入名称" }, { max: 100, message: "名称最多 100 个字符" }]}>
            <Input placeholder="如：市政协常委会第十二次会议" />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="开始时间" name="startsAt" rules={[{ required: true, message: "请选择开始时间" }]}>
                <DatePicker showTime={{ format: "HH:mm" }} format={TIME_FORMAT} style={{ width: "100%" }} placeholder="开始时间" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="结束时间"
                name="endsAt"
                dependencies={["startsAt"]}
                rules={[
                  { required: true, message: "请选择结束时间" },
                  ({ getFieldValue }) => ({
                    validator: (_, end: Dayjs | undefined) => {
                      const start: Dayjs | undefined = getFieldValue("startsAt");
                      return !end || !start || end.isAfter(start) ? Promise.resolve() : Promise.reject(new Error("结束时间须晚于开始时间"));
                    },
                  }),
                ]}
              >
                <DatePicker showTime={{ format: "HH:mm" }} format={TIME_FORMAT} style={{ width: "100%" }} placeholder="结束时间" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="地点" name="place" rules={[{ required: true, whitespace: true, message: "请输入地点" }, { max: 100, message: "地点最多 100 个字符" }]}>
                <Input placeholder="如：市政协机关三楼会议室" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="组织单位" name="organiser" rules={[{ max: 100, message: "组织单位最多 100 个字符" }]}>
                <Input placeholder="如：办公室、提案委员会" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="议程" name="agenda" rules={[{ max: 10000, message: "议程最多 10000 个字符" }]}>
            <Input.TextArea rows={4} placeholder="每项议程一行" />
          </Form.Item>

          <Divider titlePlacement="start">邀请对象</Divider>
          <Form.Item name="allOfSession" valuePropName="checked">
            <Checkbox>邀请本届全体委员</Checkbox>
          </Form.Item>
          {!all && (
            <>
              <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
                以下条件取并集：符合任一条件的委员都会受邀，同一委员只邀请一次。
              </Typography.Paragraph>
              <Form.Item label="按界别邀请" name="sectorIds">
                <Select mode="multiple" allowClear showSearch={{ optionFilterProp: "label" }} options={opts(lookups.data?.sectors)} placeholder="可多选" />
              </Form.Item>
              <Form.Item label="按党派邀请" name="partyIds">
                <Select mode="multiple" allowClear showSearch={{ optionFilterProp: "label" }} options={opts(lookups.data?.parties)} placeholder="可多选" />
              </Form.Item>
              <Form.Item label="按专委会邀请" name="specialCommitteeIds">
                <Select mode="multiple" allowClear showSearch={{ optionFilterProp: "label" }} options={opts(lookups.data?.specialCommittees)} placeholder="可多选" />
              </Form.Item>
              <Form.Item label="邀请个人" name="members">
                <MemberPicker sessionId={sessionId} />
              </Form.Item>
            </>
          )}

          <Divider titlePlacement="start">列席人员</Divider>
          <Form.List name="guests">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col span={7}>
                      <Form.Item name={[f.name, "name"]} rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}>
                        <Input placeholder="姓名" aria-label="列席人员姓名" />
                      </Form.Item>
                    </Col>
                    <Col span={9}>
                      <Form.Item name={[f.name, "unit"]}>
                        <Input placeholder="单位" aria-label="列席人员单位" />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[f.name, "role"]}>
                        <Input placeholder="职务或身份" aria-label="列席人员职务" />
                      </Form.Item>
                    </Col>
                    <Col span={2}>
                      <Button type="text" icon={<MinusCircleOutlined />} aria-label="删除此列席人员" onClick={() => remove(f.name)} />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add()}>
                  添加列席人员
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Spin>
    </Drawer>
  );
}
