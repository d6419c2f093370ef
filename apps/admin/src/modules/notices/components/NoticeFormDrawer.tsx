import { useEffect } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Button, Checkbox, DatePicker, Drawer, Form, Input, Radio, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import {
  NOTICE_AUDIENCE_LABELS, NOTICE_AUDIENCES, NOTICE_BODY_MAX, NOTICE_KIND_LABELS, NOTICE_KINDS, NOTICE_TITLE_MAX, noticeInput, type NoticeAudience, type NoticeKind,
} from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { NoticeRowFragment } from "../../../gql/graphql";
import { formOptions, useMemberLookups } from "../../members/components/lookups";
import { CreateNoticeMutation, UpdateNoticeMutation } from "../graphql/notices.graphql";

interface Values {
  kind: NoticeKind;
  deadline: Dayjs | null;
  title: string;
  body: string;
  audience: NoticeAudience;
  sectorIds: string[];
  partyIds: string[];
  specialCommitteeIds: string[];
  sms: boolean;
}

/** 新建 / 编辑草稿: the text and who receives it; checked with the server's own schema before sending. */
export function NoticeFormDrawer({ open, notice, onClose, onSaved }: { open: boolean; notice: NoticeRowFragment | null; onClose: () => void; onSaved: (n: NoticeRowFragment) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { lookups } = useMemberLookups();
  const [create, created] = useMutation(CreateNoticeMutation);
  const [update, updated] = useMutation(UpdateNoticeMutation);
  const audience = Form.useWatch("audience", form);
  const kind = Form.useWatch("kind", form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      notice
        ? { kind: notice.kind, deadline: notice.deadline ? dayjs(notice.deadline) : null, title: notice.title, body: notice.body, audience: notice.audience, sectorIds: notice.sectorIds, partyIds: notice.partyIds, specialCommitteeIds: notice.specialCommitteeIds, sms: notice.sms }
        : { kind: "GENERAL", deadline: null, audience: "ALL_MEMBERS", sectorIds: [], partyIds: [], specialCommitteeIds: [], sms: false },
    );
  }, [open, notice, form]);

  const save = async () => {
    const { deadline, ...rest } = form.getFieldsValue(true) as Values;
    const input = validateWithSchema(form, noticeInput, { ...rest, deadline: deadline ? deadline.format("YYYY-MM-DD") : null });
    if (!input) return;
    try {
      const saved = notice
        ? (await update({ variables: { id: notice.id, version: notice.version, input } })).data!.updateNotice
        : (await create({ variables: { input } })).data!.createNotice;
      message.success(notice ? "草稿已保存" : "已存为草稿，确认无误后点击“发布”");
      onSaved(saved);
    } catch (e) {
      message.error(applyServerErrors(form, e));
    }
  };

  return (
    <Drawer
      title={notice ? "编辑通知" : "新建通知"}
      open={open}
      onClose={onClose}
      size={640}
      destroyOnHidden
      footer={
        <Space style={{ float: "right" }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={created.loading || updated.loading} onClick={save}>
            保存草稿
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item label="类型" name="kind" required extra="征集通知在委员端“我的提案”“社情民意”页顶部显示，截止日期前可直接去撰写。">
          <Radio.Group optionType="button" options={NOTICE_KINDS.map((k) => ({ value: k, label: NOTICE_KIND_LABELS[k] }))} />
        </Form.Item>
        {kind && kind !== "GENERAL" && (
          <Form.Item label="截止日期" name="deadline" required extra="当天 24 时截止。">
            <DatePicker style={{ width: 200 }} placeholder="选择截止日期" disabledDate={(d) => d.isBefore(dayjs(), "day")} />
          </Form.Item>
        )}
        <Form.Item label="标题" name="title" required>
          <Input maxLength={NOTICE_TITLE_MAX} showCount placeholder="如：关于召开十五届三次常委会议的通知" />
        </Form.Item>
        <Form.Item label="正文" name="body" required extra="纯文本，按回车分段；委员端原样显示。">
          <Input.TextArea rows={10} maxLength={NOTICE_BODY_MAX} showCount />
        </Form.Item>
        <Form.Item label="发送范围" name="audience" required>
          <Radio.Group options={NOTICE_AUDIENCES.map((a) => ({ value: a, label: NOTICE_AUDIENCE_LABELS[a] }))} />
        </Form.Item>
        {audience === "SELECTED" && (
          <>
            <Form.Item label="界别" name="sectorIds" extra="本届任职属于所选任一界别、党派或专委会的委员都会收到。">
              <Select mode="multiple" allowClear placeholder="选择界别" options={formOptions(lookups?.sectors)} optionFilterProp="label" />
            </Form.Item>
            <Form.Item label="党派" name="partyIds">
              <Select mode="multiple" allowClear placeholder="选择党派" options={formOptions(lookups?.parties)} optionFilterProp="label" />
            </Form.Item>
            <Form.Item label="专委会" name="specialCommitteeIds">
              <Select mode="multiple" allowClear placeholder="选择专委会" options={formOptions(lookups?.specialCommittees)} optionFilterProp="label" />
            </Form.Item>
          </>
        )}
        <Form.Item name="sms" valuePropName="checked">
          <Checkbox>同时发送短信提醒</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
