import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { sessionMeetingInput } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { CommitteeSessionRowFragment, SessionMeetingRowFragment } from "../../../gql/graphql";
import { CommitteeSessionsQuery, CreateSessionMeetingMutation, UpdateSessionMeetingMutation } from "../graphql/sessions.graphql";

const CN_NUMBERS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

interface MeetingForm {
  number: number | null;
  name: string;
  year: number | null;
  startDate: Dayjs | null;
  endDate: Dayjs | null;
}

export interface MeetingTarget {
  session: CommitteeSessionRowFragment;
  /** Absent: a new meeting of the session. */
  meeting?: SessionMeetingRowFragment;
}

/** A 全体会议 of a session (第一次会议 …), with its year and dates. */
export function MeetingFormModal({ target, onClose }: { target: MeetingTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<MeetingForm>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = [{ query: CommitteeSessionsQuery }];
  const [create, { loading: creating }] = useMutation(CreateSessionMeetingMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateSessionMeetingMutation, { refetchQueries });
  const meeting = target?.meeting;

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.meeting) {
      const m = target.meeting;
      form.setFieldsValue({ number: m.number, name: m.name, year: m.year, startDate: m.startDate ? dayjs(m.startDate) : null, endDate: m.endDate ? dayjs(m.endDate) : null });
    } else {
      const s = target.session;
      const next = (s.meetings.reduce((n, m) => Math.max(n, m.number), 0) || 0) + 1;
      form.setFieldsValue({ number: next, name: next <= 10 ? `第${CN_NUMBERS[next]}次会议` : "", year: Math.min(s.startYear + next - 1, s.endYear) });
    }
  }, [target, form]);

  const submit = async () => {
    if (!target) return;
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = form.getFieldsValue();
    const input = validateWithSchema(form, sessionMeetingInput, {
      sessionId: target.session.id,
      number: v.number,
      name: v.name,
      year: v.year,
      startDate: v.startDate ? v.startDate.format("YYYY-MM-DD") : null,
      endDate: v.endDate ? v.endDate.format("YYYY-MM-DD") : null,
    });
    if (!input) return;
    try {
      if (meeting) await update({ variables: { id: meeting.id, input } });
      else await create({ variables: { input } });
      message.success(`已保存 ${target.session.name}${input.name}`);
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  const title = target ? `${target.session.name} · ${meeting ? `编辑${meeting.name}` : "新增全体会议"}` : "全体会议";
  return (
    <Modal title={title} open={!!target} okText="保存" cancelText="取消" confirmLoading={creating || updating} onOk={submit} onCancel={onClose} forceRender>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form name="meetingForm" form={form} layout="vertical">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="会议序号" name="number" required rules={[{ required: true, message: "请输入会议序号" }]}>
              <InputNumber min={1} max={20} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="会议名称" name="name" required rules={[{ required: true, whitespace: true, message: "请输入会议名称" }]}>
              <Input placeholder="如 第三次会议" maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="年份" name="year" required rules={[{ required: true, message: "请输入会议年份" }]}>
              <InputNumber min={1949} max={2100} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="开始日期" name="startDate">
              <DatePicker style={{ width: "100%" }} placeholder="选择日期" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="结束日期" name="endDate">
              <DatePicker style={{ width: "100%" }} placeholder="选择日期" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
