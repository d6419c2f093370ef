import { useEffect } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Checkbox, DatePicker, Drawer, Form, Input, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { applyServerErrors } from "../../../app/form-errors";
import { CreateMeetingMutation, MeetingFormLookupsQuery } from "../graphql/meetings.graphql";

interface Values {
  kindId: string;
  sessionId: string;
  title: string;
  range: [Dayjs, Dayjs];
  place: string;
  organiser?: string;
  agenda?: string;
  allOfSession?: boolean;
  sectorIds?: string[];
  partyIds?: string[];
  specialCommitteeIds?: string[];
}

/** 新建会议活动 (a draft): type, time, place, agenda and who is invited; published from the list. */
export function MeetingFormDrawer({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { data } = useQuery(MeetingFormLookupsQuery, { fetchPolicy: "cache-first" });
  const [create, { loading }] = useMutation(CreateMeetingMutation);
  const all = Form.useWatch("allOfSession", form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const current = data?.committeeSessions.find((s) => s.isCurrent);
    if (current) form.setFieldsValue({ sessionId: current.id });
  }, [open, data, form]);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (!v.range[1].isAfter(v.range[0])) return form.setFields([{ name: "range", errors: ["结束时间须晚于开始时间"] }]);
    if (!v.allOfSession && !(v.sectorIds?.length || v.partyIds?.length || v.specialCommitteeIds?.length)) {
      return form.setFields([{ name: "sectorIds", errors: ["请选择邀请对象：本届全体委员，或按界别、党派、专委会选择"] }]);
    }
    try {
      await create({
        variables: {
          input: {
            kindId: v.kindId, sessionId: v.sessionId, title: v.title, startsAt: v.range[0].toISOString(), endsAt: v.range[1].toISOString(), place: v.place,
            organiser: v.organiser || null, agenda: v.agenda || null,
            invitees: { allOfSession: !!v.allOfSession, sectorIds: v.sectorIds ?? [], partyIds: v.partyIds ?? [], specialCommitteeIds: v.specialCommitteeIds ?? [] },
          },
        },
      });
      message.success("已保存为草稿，核对后点击“发布”通知受邀委员");
      onSaved();
    } catch (e) {
      message.error(applyServerErrors(form, e, { startsAt: "range", endsAt: "range" }));
    }
  };

  const opts = (xs: { id: string; name: string }[] | undefined) => (xs ?? []).map((x) => ({ value: x.id, label: x.name }));
  return (
    <Drawer
      title="新建会议活动"
      open={open}
      onClose={onClose}
      size={620}
      destroyOnHidden
      footer={
        <Space style={{ float: "right" }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={save}>
            保存草稿
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item label="类型" name="kindId" rules={[{ required: true, message: "请选择会议活动类型" }]}>
          <Select placeholder="如：常委会议、视察" options={(data?.meetingKinds ?? []).map((k) => ({ value: k.id, label: `${k.name}（${k.category === "MEETING" ? "会议" : "活动"}）` }))} />
        </Form.Item>
        <Form.Item label="届次" name="sessionId" rules={[{ required: true, message: "请选择届次" }]}>
          <Select options={(data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item label="名称" name="title" rules={[{ required: true, whitespace: true, message: "请输入名称" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="时间" name="range" rules={[{ required: true, message: "请选择开始和结束时间" }]}>
          <DatePicker.RangePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} placeholder={["开始时间", "结束时间"]} />
        </Form.Item>
        <Form.Item label="地点" name="place" rules={[{ required: true, whitespace: true, message: "请输入地点" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="组织单位" name="organiser">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="议程" name="agenda">
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="allOfSession" valuePropName="checked">
          <Checkbox>邀请本届全体委员</Checkbox>
        </Form.Item>
        {!all && (
          <>
            <Form.Item label="按界别邀请" name="sectorIds">
              <Select mode="multiple" allowClear optionFilterProp="label" options={opts(data?.sectors)} placeholder="可多选" />
            </Form.Item>
            <Form.Item label="按党派邀请" name="partyIds">
              <Select mode="multiple" allowClear optionFilterProp="label" options={opts(data?.parties)} placeholder="可多选" />
            </Form.Item>
            <Form.Item label="按专委会邀请" name="specialCommitteeIds">
              <Select mode="multiple" allowClear optionFilterProp="label" options={opts(data?.specialCommittees)} placeholder="可多选" />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
