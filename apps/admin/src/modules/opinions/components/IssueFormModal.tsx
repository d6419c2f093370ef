import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { journalIssueCreateInput, journalIssueUpdateInput } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { JournalIssueDetailFieldsFragment } from "../../../gql/graphql";
import { CreateJournalIssueMutation, JournalTypesQuery, UpdateJournalIssueMutation } from "../graphql/journals.graphql";

interface Values {
  typeId?: string;
  year?: number;
  number?: number | null;
  title?: string;
  issueDate?: Dayjs | null;
  editorName?: string;
  signerName?: string;
  reportTo?: string;
  sendTo?: string;
  distributeTo?: string;
}

export type IssueFormTarget = { mode: "create" } | { mode: "edit"; issue: JournalIssueDetailFieldsFragment };

/** 新建期刊 (number defaults to the year's next) or 修改版头 (title, date, editor, signer, 报/送/发). */
export function IssueFormModal({ target, onClose, onSaved }: { target: IssueFormTarget | null; onClose: () => void; onSaved: (issue: JournalIssueDetailFieldsFragment) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const types = useQuery(JournalTypesQuery, { variables: { includeDisabled: false }, skip: target?.mode !== "create" });
  const [create, c] = useMutation(CreateJournalIssueMutation);
  const [update, u] = useMutation(UpdateJournalIssueMutation);

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.mode === "create") form.setFieldsValue({ year: dayjs().year(), issueDate: dayjs() });
    else {
      const i = target.issue;
      form.setFieldsValue({
        title: i.title ?? "",
        issueDate: i.issueDate ? dayjs(i.issueDate) : null,
        editorName: i.editorName ?? "",
        signerName: i.signerName ?? "",
        reportTo: i.reportTo ?? "",
        sendTo: i.sendTo ?? "",
        distributeTo: i.distributeTo ?? "",
      });
    }
  }, [target, form]);

  if (!target) return null;

  const run = async () => {
    const raw = form.getFieldsValue();
    const common = { ...raw, issueDate: raw.issueDate ? raw.issueDate.format("YYYY-MM-DD") : null };
    try {
      if (target.mode === "create") {
        const v = validateWithSchema(form, journalIssueCreateInput, { ...common, number: raw.number ?? null });
        if (!v) return;
        const { data } = await create({ variables: { input: v } });
        if (data) {
          message.success(`已新建《${data.createJournalIssue.journalName}》${data.createJournalIssue.label}`);
          onSaved(data.createJournalIssue);
        }
      } else {
        const v = validateWithSchema(form, journalIssueUpdateInput, { ...common, version: target.issue.version });
        if (!v) return;
        const { data } = await update({ variables: { id: target.issue.id, input: v } });
        if (data) {
          message.success("已保存版头");
          onSaved(data.updateJournalIssue);
        }
      }
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  const isCreate = target.mode === "create";
  return (
    <Modal title={isCreate ? "新建期刊" : "修改版头"} open width={720} okText={isCreate ? "新建" : "保存"} cancelText="取消" confirmLoading={c.loading || u.loading} onOk={run} onCancel={onClose} destroyOnHidden>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" aria-label={isCreate ? "新建期刊" : "修改版头"}>
        {isCreate && (
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="typeId" label="刊物" required>
                <Select placeholder="选择刊物" loading={types.loading} options={(types.data?.journalTypes ?? []).map((t) => ({ value: t.id, label: `《${t.name}》` }))} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="year" label="年份" required>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="number" label="期号" extra="留空自动取当年下一期">
                <InputNumber min={1} max={9999} precision={0} style={{ width: "100%" }} placeholder="自动" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="title" label="本期标题">
          <Input maxLength={100} placeholder="选填" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="issueDate" label="刊发日期">
              <DatePicker style={{ width: "100%" }} placeholder="选择日期" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="editorName" label="责任编辑">
              <Input maxLength={30} placeholder="选填" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="signerName" label="签发人">
              <Input maxLength={30} placeholder="选填" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reportTo" label="报" extra={isCreate ? "留空取刊物类型的默认报送范围" : undefined}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} placeholder="如：省政协，市委、市人大常委会、市政府" />
        </Form.Item>
        <Form.Item name="sendTo" label="送">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} placeholder="如：市委、市政府有关部门" />
        </Form.Item>
        <Form.Item name="distributeTo" label="发">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} placeholder="如：市政协各专委会，各县区政协" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
