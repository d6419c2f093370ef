import { Button, DatePicker, Form, Input, NoticeBar, Picker, Radio, Skeleton, Space, TextArea, Toast } from "antd-mobile";
import type { FormInstance } from "antd-mobile/es/components/form";
import { useMutation, useQuery } from "@apollo/client/react";
import { useNavigate } from "react-router";
import { GENDER_LABELS, GENDERS, memberProfileFields, memberSelfEditInput, type Gender } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { errorCode, fieldErrors, toastError } from "../../../app/errors";
import type { MyProfileFieldsFragment } from "../../../gql/graphql";
import { MyMemberChangeRequestsDocument, MyMemberProfileDocument, ProfileEditOptionsDocument, SubmitMemberChangeRequestDocument } from "../graphql/profile";
import styles from "./profile-edit-page.module.css";

interface EditForm {
  name: string;
  formerName: string;
  gender: Gender;
  birthDate: Date | null;
  ethnicGroupId: string[];
  nativePlace: string;
  educationId: string[];
  workUnitTitle: string;
  workAddress: string;
  mobile: string;
}

const shape = memberProfileFields.shape;
const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const fromIso = (s: string) => {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** A field's piece of the shared schema as an antd-mobile rule: the same message the server would give. */
/** Any of the shared zod field schemas (the portal does not depend on zod itself). */
interface FieldSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
}

const rule = (schema: FieldSchema) => ({
  validator: async (_: unknown, value: unknown) => {
    const parsed = schema.safeParse(typeof value === "string" ? value : value ?? undefined);
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "输入有误");
  },
});

function initialValues(m: MyProfileFieldsFragment): EditForm {
  return {
    name: m.name,
    formerName: m.formerName ?? "",
    gender: m.gender,
    birthDate: fromIso(m.birthDate),
    ethnicGroupId: [m.ethnicGroup.id],
    nativePlace: m.nativePlace ?? "",
    educationId: [m.education.id],
    workUnitTitle: m.workUnitTitle,
    workAddress: m.workAddress ?? "",
    mobile: m.mobile,
  };
}

/** Only what differs from the record goes into the request (a cleared optional field becomes null). */
function changedFields(m: MyProfileFieldsFragment, v: EditForm) {
  const opt = (s: string | undefined) => (s?.trim() ? s.trim() : null);
  const next = {
    name: v.name?.trim() ?? "",
    formerName: opt(v.formerName),
    gender: v.gender,
    birthDate: v.birthDate ? isoDay(v.birthDate) : "",
    ethnicGroupId: v.ethnicGroupId?.[0] ?? "",
    nativePlace: opt(v.nativePlace),
    educationId: v.educationId?.[0] ?? "",
    workUnitTitle: v.workUnitTitle?.trim() ?? "",
    workAddress: opt(v.workAddress),
    mobile: v.mobile?.trim() ?? "",
  };
  const before = {
    name: m.name,
    formerName: m.formerName,
    gender: m.gender,
    birthDate: m.birthDate,
    ethnicGroupId: m.ethnicGroup.id,
    nativePlace: m.nativePlace,
    educationId: m.education.id,
    workUnitTitle: m.workUnitTitle,
    workAddress: m.workAddress,
    mobile: m.mobile,
  };
  return Object.fromEntries(Object.entries(next).filter(([k, val]) => val !== before[k as keyof typeof before]));
}

function showIssues(form: FormInstance, issues: { path: PropertyKey[]; message: string }[]) {
  const byField = new Map<string, string>();
  for (const i of issues) {
    const name = String(i.path[0] ?? "");
    if (name && !byField.has(name)) byField.set(name, i.message);
  }
  form.setFields([...byField].map(([name, message]) => ({ name, errors: [message] })));
}

/** 申请修改: the editable fields of the member's own record; staff approve before anything changes. */
export default function ProfileEditPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<EditForm>();
  const profile = useQuery(MyMemberProfileDocument, { fetchPolicy: "cache-and-network" });
  const options = useQuery(ProfileEditOptionsDocument);
  const [submit, { loading }] = useMutation(SubmitMemberChangeRequestDocument, {
    refetchQueries: [{ query: MyMemberProfileDocument }, { query: MyMemberChangeRequestsDocument }],
    awaitRefetchQueries: true,
  });
  const m = profile.data?.myMemberProfile;
  const today = new Date();

  const onFinish = async (values: EditForm) => {
    if (!m) return;
    const patch = changedFields(m, values);
    if (Object.keys(patch).length === 0) {
      Toast.show({ content: "没有修改任何内容" });
      return;
    }
    const parsed = memberSelfEditInput.safeParse(patch);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues);
      return;
    }
    try {
      await submit({ variables: { input: parsed.data } });
    } catch (e) {
      const fields = fieldErrors(e);
      if (errorCode(e) === "VALIDATION_FAILED" && Object.keys(fields).length) showIssues(form, Object.entries(fields).map(([k, message]) => ({ path: [k], message })));
      else toastError(e);
      return;
    }
    Toast.show({ icon: "success", content: "已提交，审核通过后生效" });
    navigate("/profile", { replace: true });
  };

  let body;
  if (profile.error && !profile.data) body = <LoadFailed error={profile.error} onRetry={() => void profile.refetch()} />;
  else if (!profile.data || (!options.data && !options.error)) {
    body = (
      <div className={styles.loading} role="status" aria-label="加载中">
        <Skeleton.Paragraph lineCount={10} animated />
      </div>
    );
  } else if (!m) body = <EmptyState title="尚未建立委员档案" description="您的委员档案由委员工作部门建立，如有疑问请与其联系。" />;
  else if (m.hasPendingChange) {
    body = (
      <EmptyState title="已有待审核的修改申请" description="请等待审核结果，或在“我的档案”中撤回后再提交新的申请。">
        <Button color="primary" fill="outline" size="small" onClick={() => navigate("/profile", { replace: true })}>
          返回我的档案
        </Button>
      </EmptyState>
    );
  } else {
    const ethnic = (options.data?.ethnicGroups ?? []).map((d) => ({ label: d.name, value: d.id }));
    const education = (options.data?.educations ?? []).map((d) => ({ label: d.name, value: d.id }));
    // A value disabled since it was recorded still shows by name.
    if (!ethnic.some((o) => o.value === m.ethnicGroup.id)) ethnic.unshift({ label: m.ethnicGroup.name, value: m.ethnicGroup.id });
    if (!education.some((o) => o.value === m.education.id)) education.unshift({ label: m.education.name, value: m.education.id });
    body = (
      <>
        <NoticeBar wrap color="info" content="修改提交后须经委员工作部门审核，审核通过后生效。界别、党派、专委会等任职信息由委员工作部门维护。" />
        <Form
          form={form}
          layout="horizontal"
          mode="card"
          initialValues={initialValues(m)}
          onFinish={onFinish}
          onFinishFailed={() => Toast.show({ content: "请按提示修改后再提交" })}
          footer={
            <Button block type="submit" color="primary" size="large" loading={loading} loadingText="正在提交">
              提交审核
            </Button>
          }
        >
          <Form.Header>基本信息</Form.Header>
          <Form.Item name="name" label="姓名" rules={[rule(shape.name)]}>
            <Input placeholder="请输入姓名" maxLength={50} clearable />
          </Form.Item>
          <Form.Item name="formerName" label="曾用名" rules={[rule(shape.formerName)]}>
            <Input placeholder="选填" maxLength={50} clearable />
          </Form.Item>
          <Form.Item name="gender" label="性别">
            <Radio.Group>
              <Space>
                {GENDERS.map((g) => (
                  <Radio key={g} value={g}>
                    {GENDER_LABELS[g]}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="birthDate"
            label="出生日期"
            trigger="onConfirm"
            arrowIcon
            onClick={(_, ref) => ref.current?.open()}
            rules={[{ validator: async (_, v: Date | null) => { const p = shape.birthDate.safeParse(v ? isoDay(v) : undefined); if (!p.success) throw new Error(p.error.issues[0]?.message); } }]}
          >
            <DatePicker min={new Date(1900, 0, 1)} max={today} title="选择出生日期" confirmText="确定" cancelText="取消">
              {(value) => (value ? isoDay(value) : <span className={styles.placeholder}>请选择</span>)}
            </DatePicker>
          </Form.Item>
          <Form.Item name="ethnicGroupId" label="民族" trigger="onConfirm" arrowIcon onClick={(_, ref) => ref.current?.open()}>
            <Picker columns={[ethnic]} title="选择民族" confirmText="确定" cancelText="取消">
              {(items) => items[0]?.label ?? <span className={styles.placeholder}>请选择</span>}
            </Picker>
          </Form.Item>
          <Form.Item name="nativePlace" label="籍贯" rules={[rule(shape.nativePlace)]}>
            <Input placeholder="如 山西大同" maxLength={50} clearable />
          </Form.Item>
          <Form.Item name="educationId" label="学历" trigger="onConfirm" arrowIcon onClick={(_, ref) => ref.current?.open()}>
            <Picker columns={[education]} title="选择学历" confirmText="确定" cancelText="取消">
              {(items) => items[0]?.label ?? <span className={styles.placeholder}>请选择</span>}
            </Picker>
          </Form.Item>

          <Form.Header>工作与联系方式</Form.Header>
          <Form.Item name="workUnitTitle" label="工作单位职务" layout="vertical" rules={[rule(shape.workUnitTitle)]}>
            <TextArea placeholder="如 大同市新能源发展有限公司 总经理" maxLength={100} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item name="workAddress" label="单位联系地址" layout="vertical" rules={[rule(shape.workAddress)]}>
            <TextArea placeholder="选填" maxLength={200} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item name="mobile" label="手机号码" rules={[rule(shape.mobile)]}>
            <Input type="tel" inputMode="numeric" placeholder="11 位手机号码" maxLength={11} clearable />
          </Form.Item>
        </Form>
      </>
    );
  }

  return (
    <Page title="申请修改" back backTo="/profile">
      {body}
    </Page>
  );
}
