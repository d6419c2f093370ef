import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Form, Input, Radio, Row, Select, Space, Typography } from "antd";
import type { Rule } from "antd/es/form";
import dayjs, { type Dayjs } from "dayjs";
import { createMemberInput, GENDER_LABELS, GENDERS, memberProfileFields, memberTermInput, updateMemberInput, type Gender } from "@zhzx/shared";
import type { z } from "zod";
import { applyServerErrors, zodRule } from "../../../app/form-errors";
import type { MemberRowFragment } from "../../../gql/graphql";
import { AccountPicker } from "../../organisation/components/AccountPicker";
import { CreateMemberMutation, SetMemberTermMutation, UpdateMemberMutation } from "../graphql/members.graphql";
import { formOptions, sessionLabel, type Lookups } from "./lookups";

const profile = memberProfileFields.shape;
const term = memberTermInput.shape;
const TERM_FIELDS = ["sessionId", "sectorId", "partyId", "memberTypeId", "specialCommitteeId"] as const;
/** Server field paths (`term.sectorId`) → this form's field names. */
const RENAME = Object.fromEntries(TERM_FIELDS.map((f) => [`term.${f}`, f]));

interface MemberForm {
  name: string;
  formerName?: string | null;
  gender?: Gender;
  birthDate?: Dayjs | null;
  ethnicGroupId?: string;
  nativePlace?: string | null;
  educationId?: string;
  workUnitTitle: string;
  workAddress?: string | null;
  mobile?: string;
  username?: string | null;
  sessionId?: string;
  sectorId?: string;
  partyId?: string;
  memberTypeId?: string;
  specialCommitteeId?: string | null;
}

export type MemberFormTarget = { mode: "create"; sessionId: string | null } | { mode: "edit"; member: MemberRowFragment; sessionId: string | null };

const birthDateRule: Rule = {
  validator: async (_, value?: Dayjs | null) => {
    const parsed = profile.birthDate.safeParse(value ? value.format("YYYY-MM-DD") : undefined);
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "出生日期有误");
  },
};

/** Editing: an empty phone field keeps the number on file (staff only see it masked). */
const optionalMobileRule: Rule = {
  validator: async (_, value?: string) => {
    if (!value?.trim()) return;
    const parsed = profile.mobile.safeParse(value);
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "手机号码有误");
  },
};

/** Puts zod issues beside their fields (term fields are flat in the form). */
function showIssues(form: ReturnType<typeof Form.useForm<MemberForm>>[0], error: z.ZodError) {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const name = String(issue.path[issue.path.length - 1] ?? "");
    if (name && !byField.has(name)) byField.set(name, issue.message);
  }
  form.setFields([...byField].map(([name, message]) => ({ name: name as keyof MemberForm, errors: [message] })));
}

const termOf = (m: MemberRowFragment | undefined, sessionId: string | null | undefined) => (m && sessionId ? m.terms.find((t) => t.session.id === sessionId) : undefined);

/**
 * 新增 / 编辑委员: every profile field of REQUIREMENTS §3, the linked account, and the term in one session.
 * Checked with the shared zod schemas the server runs; the server's field messages land on the fields.
 */
export function MemberFormDrawer({ target, lookups, onClose, onSaved }: { target: MemberFormTarget | null; lookups: Lookups | undefined; onClose: () => void; onSaved: (m: MemberRowFragment) => void }) {
  const [form] = Form.useForm<MemberForm>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [createMember, { loading: creating }] = useMutation(CreateMemberMutation);
  const [updateMember, { loading: updating }] = useMutation(UpdateMemberMutation);
  const [setTerm, { loading: settingTerm }] = useMutation(SetMemberTermMutation);
  const member = target?.mode === "edit" ? target.member : undefined;
  const sessionId = Form.useWatch("sessionId", form);

  const fillTerm = (m: MemberRowFragment | undefined, sid: string | null | undefined) => {
    const t = termOf(m, sid);
    form.setFieldsValue({ sectorId: t?.sector.id, partyId: t?.party.id, memberTypeId: t?.memberType.id, specialCommitteeId: t?.specialCommittee?.id ?? null });
  };

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    const sid = target.sessionId ?? lookups?.committeeSessions.find((s) => s.isCurrent)?.id;
    if (target.mode === "edit") {
      const m = target.member;
      const sidWithTerm = termOf(m, sid) ? sid : (m.terms[0]?.session.id ?? sid);
      form.setFieldsValue({
        name: m.name,
        formerName: m.formerName,
        gender: m.gender,
        birthDate: dayjs(m.birthDate),
        ethnicGroupId: m.ethnicGroup.id,
        nativePlace: m.nativePlace,
        educationId: m.education.id,
        workUnitTitle: m.workUnitTitle,
        workAddress: m.workAddress,
        mobile: "",
        username: m.username,
        sessionId: sidWithTerm,
      });
      fillTerm(m, sidWithTerm);
    } else {
      form.setFieldsValue({ sessionId: sid, memberTypeId: lookups?.memberTypes.find((t) => t.name === "委员" && !t.disabled)?.id });
    }
    // Filled once per opening: `lookups` arriving later must not wipe what the user typed.
  }, [target, form]);

  const collect = () => {
    const v = form.getFieldsValue(true) as MemberForm;
    const profileValues = {
      name: v.name,
      formerName: v.formerName,
      gender: v.gender,
      birthDate: v.birthDate ? v.birthDate.format("YYYY-MM-DD") : undefined,
      ethnicGroupId: v.ethnicGroupId,
      nativePlace: v.nativePlace,
      educationId: v.educationId,
      workUnitTitle: v.workUnitTitle,
      workAddress: v.workAddress,
    };
    const termValues = { sessionId: v.sessionId, sectorId: v.sectorId, partyId: v.partyId, memberTypeId: v.memberTypeId, specialCommitteeId: v.specialCommitteeId || null };
    return { v, profileValues, termValues };
  };

  const submit = async () => {
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const { v, profileValues, termValues } = collect();
    try {
      if (!member) {
        const parsed = createMemberInput.safeParse({ ...profileValues, mobile: v.mobile, username: v.username, term: termValues });
        if (!parsed.success) return showIssues(form, parsed.error);
        const { data } = await createMember({ variables: { input: parsed.data } });
        message.success(`已新增委员 ${parsed.data.name}`);
        if (data) onSaved(data.createMember);
      } else {
        const mobile = v.mobile?.trim();
        const parsed = updateMemberInput.safeParse({
          ...profileValues,
          ...(mobile ? { mobile } : {}),
          ...((v.username || null) !== (member.username || null) ? { username: v.username || null } : {}),
        });
        if (!parsed.success) return showIssues(form, parsed.error);
        const anyTerm = termValues.sectorId || termValues.partyId || termValues.memberTypeId;
        const termParsed = anyTerm ? memberTermInput.safeParse(termValues) : null;
        if (termParsed && !termParsed.success) return showIssues(form, termParsed.error);
        let saved = (await updateMember({ variables: { id: member.id, input: parsed.data } })).data?.updateMember;
        const before = termOf(member, termValues.sessionId);
        const t = termParsed?.data;
        const termChanged =
          !!t &&
          (!before || before.sector.id !== t.sectorId || before.party.id !== t.partyId || before.memberType.id !== t.memberTypeId || (before.specialCommittee?.id ?? null) !== t.specialCommitteeId);
        if (t && termChanged) saved = (await setTerm({ variables: { memberId: member.id, input: t } })).data?.setMemberTerm ?? saved;
        message.success(`已保存委员 ${parsed.data.name ?? member.name} 的信息`);
        if (saved) onSaved(saved);
      }
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e, RENAME));
    }
  };

  const sessionOptions = (lookups?.committeeSessions ?? []).map((s) => ({ value: s.id, label: sessionLabel(s) }));
  const currentTerm = termOf(member, sessionId);
  const col = { xs: 24, md: 12 };
  const title = member ? `编辑委员：${member.name}` : "新增委员";

  return (
    <Drawer
      title={title}
      open={!!target}
      onClose={onClose}
      size={760}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={creating || updating || settingTerm} onClick={submit}>
            保存
          </Button>
        </Space>
      }
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      {member?.hasPendingChange && (
        <Alert type="warning" showIcon title="该委员有一份待审核的本人修改申请；此处直接保存的修改会使该申请中相同字段无法通过审核。" style={{ marginBottom: 16 }} />
      )}
      <Form name="memberForm" form={form} layout="vertical" aria-label={title}>
        <Divider titlePlacement="start" plain>
          基本信息
        </Divider>
        <Row gutter={16}>
          <Col {...col}>
            <Form.Item label="姓名" name="name" required rules={[zodRule(profile.name)]}>
              <Input placeholder="请输入姓名" maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="曾用名" name="formerName" rules={[zodRule(profile.formerName)]}>
              <Input placeholder="选填" maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="性别" name="gender" required rules={[zodRule(profile.gender)]}>
              <Radio.Group options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="出生日期" name="birthDate" required rules={[birthDateRule]}>
              <DatePicker
                style={{ width: "100%" }}
                placeholder="请选择出生日期"
                format="YYYY-MM-DD"
                defaultPickerValue={dayjs("1970-01-01")}
                disabledDate={(d) => d.isAfter(dayjs(), "day") || d.isBefore(dayjs("1900-01-01"))}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="民族" name="ethnicGroupId" required rules={[zodRule(profile.ethnicGroupId)]}>
              <Select placeholder="请选择民族" options={formOptions(lookups?.ethnicGroups, member?.ethnicGroup.id)} showSearch={{ optionFilterProp: "label" }} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="籍贯" name="nativePlace" rules={[zodRule(profile.nativePlace)]}>
              <Input placeholder="如 山西大同" maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="学历" name="educationId" required rules={[zodRule(profile.educationId)]}>
              <Select placeholder="请选择学历" options={formOptions(lookups?.educations, member?.education.id)} showSearch={{ optionFilterProp: "label" }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          工作与联系方式
        </Divider>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item label="工作单位职务" name="workUnitTitle" required rules={[zodRule(profile.workUnitTitle)]}>
              <Input placeholder="如 大同市新能源发展有限公司 总经理" maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="单位联系地址" name="workAddress" rules={[zodRule(profile.workAddress)]}>
              <Input placeholder="选填" maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="手机号码"
              name="mobile"
              required={!member}
              rules={[member ? optionalMobileRule : zodRule(profile.mobile)]}
              extra={member ? `当前号码 ${member.mobile}；留空则不修改` : undefined}
            >
              <Input placeholder={member ? "输入新号码，留空不修改" : "11 位手机号码"} maxLength={11} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="用户名" name="username" extra="关联已有的委员登录账号（须有“委员”角色）；留空则不关联">
              <AccountPicker role="MEMBER" placeholder="输入用户名或姓名查找账号" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          届内任职
        </Divider>
        {member && (
          <Typography.Paragraph type="secondary">
            选择届次后显示该届的任职；{currentTerm ? "修改后保存即更新该届任职。" : "该届尚无任职，填写后保存即新增。"}
          </Typography.Paragraph>
        )}
        <Row gutter={16}>
          <Col {...col}>
            <Form.Item label="届次" name="sessionId" required rules={[zodRule(term.sessionId)]}>
              <Select placeholder="请选择届次" options={sessionOptions} onChange={(sid: string) => member && fillTerm(member, sid)} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="委员类型" name="memberTypeId" required={!member} rules={member ? [] : [zodRule(term.memberTypeId)]}>
              <Select placeholder="请选择委员类型" options={formOptions(lookups?.memberTypes, currentTerm?.memberType.id)} allowClear={!!member} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="界别" name="sectorId" required={!member} rules={member ? [] : [zodRule(term.sectorId)]}>
              <Select placeholder="请选择界别" options={formOptions(lookups?.sectors, currentTerm?.sector.id)} showSearch={{ optionFilterProp: "label" }} allowClear={!!member} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="党派" name="partyId" required={!member} rules={member ? [] : [zodRule(term.partyId)]}>
              <Select placeholder="请选择党派" options={formOptions(lookups?.parties, currentTerm?.party.id)} showSearch={{ optionFilterProp: "label" }} allowClear={!!member} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="专委会" name="specialCommitteeId">
              <Select placeholder="选填" options={formOptions(lookups?.specialCommittees, currentTerm?.specialCommittee?.id)} allowClear />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
