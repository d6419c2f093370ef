import { useState } from "react";
import { Button, List, NoticeBar, Skeleton } from "antd-mobile";
import { useQuery } from "@apollo/client/react";
import { useNavigate } from "react-router";
import { GENDER_LABELS } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import type { MyChangeRequestFieldsFragment } from "../../../gql/graphql";
import { formatTime, RequestStatusTag } from "../components/request-status";
import { RequestSheet } from "../components/request-sheet";
import { MyMemberChangeRequestsDocument, MyMemberProfileDocument } from "../graphql/profile";
import styles from "./profile-page.module.css";

const text = (v: string | null | undefined) => v || <span className={styles.empty}>未填写</span>;

/** 我的档案: the member's record as the committee keeps it, and the member's change requests. */
export default function ProfilePage() {
  const navigate = useNavigate();
  const profile = useQuery(MyMemberProfileDocument, { fetchPolicy: "cache-and-network" });
  const requests = useQuery(MyMemberChangeRequestsDocument, { fetchPolicy: "cache-and-network" });
  const [open, setOpen] = useState<MyChangeRequestFieldsFragment | null>(null);
  const m = profile.data?.myMemberProfile;

  if (profile.error && !profile.data) {
    return (
      <Page title="我的档案" back backTo="/workbench">
        <LoadFailed error={profile.error} onRetry={() => void profile.refetch()} />
      </Page>
    );
  }
  if (!profile.data) {
    return (
      <Page title="我的档案" back backTo="/workbench">
        <div className={styles.loading} role="status" aria-label="加载中">
          <Skeleton.Title animated />
          <Skeleton.Paragraph lineCount={8} animated />
        </div>
      </Page>
    );
  }
  if (!m) {
    return (
      <Page title="我的档案" back backTo="/workbench">
        <EmptyState title="尚未建立委员档案" description="您的委员档案由委员工作部门建立，如有疑问请与其联系。" />
      </Page>
    );
  }

  const current = m.terms.find((t) => t.session.isCurrent) ?? m.terms[0];
  const list = requests.data?.myMemberChangeRequests ?? [];
  const pending = list.find((r) => r.status === "PENDING");

  return (
    <Page title="我的档案" back backTo="/workbench">
      {m.hasPendingChange && <NoticeBar wrap color="alert" content="您有一份修改申请正在审核中，审核通过后修改生效。" />}
      <header className={styles.card}>
        {m.photoUrl ? (
          <img className={styles.photo} src={m.photoUrl} alt="我的照片" />
        ) : (
          <div className={styles.avatar} aria-hidden>
            {m.name.slice(0, 1)}
          </div>
        )}
        <div className={styles.who}>
          <h2 className={styles.name}>{m.name}</h2>
          <div className={styles.meta}>
            {current ? (
              <>
                <div>
                  {current.session.name}
                  {current.memberType.name}
                </div>
                <div>
                  {current.sector.name === current.party.name ? current.party.name : `${current.sector.name} · ${current.party.name}`}
                </div>
              </>
            ) : (
              "暂无任职记录"
            )}
          </div>
        </div>
      </header>

      <List header="基本信息" mode="card" className={styles.list}>
        <List.Item extra={m.name}>姓名</List.Item>
        <List.Item extra={text(m.formerName)}>曾用名</List.Item>
        <List.Item extra={GENDER_LABELS[m.gender]}>性别</List.Item>
        <List.Item extra={`${m.birthDate}（${m.age}岁）`}>出生日期</List.Item>
        <List.Item extra={m.ethnicGroup.name}>民族</List.Item>
        <List.Item extra={text(m.nativePlace)}>籍贯</List.Item>
        <List.Item extra={m.education.name}>学历</List.Item>
      </List>

      <List header="工作与联系方式" mode="card" className={styles.list}>
        <List.Item description={m.workUnitTitle}>工作单位职务</List.Item>
        <List.Item description={text(m.workAddress)}>单位联系地址</List.Item>
        <List.Item extra={<span data-testid="my-mobile">{m.mobile}</span>}>手机号码</List.Item>
      </List>

      <List header="任职情况" mode="card" className={styles.list}>
        {m.terms.length === 0 && <List.Item>暂无任职记录</List.Item>}
        {m.terms.map((t) => (
          <List.Item
            key={t.id}
            description={
              <dl className={styles.term}>
                <dt>界别</dt>
                <dd>{t.sector.name}</dd>
                <dt>党派</dt>
                <dd>{t.party.name}</dd>
                <dt>专委会</dt>
                <dd>{t.specialCommittee?.name ?? "未分配"}</dd>
              </dl>
            }
            extra={t.session.isCurrent ? <span className={styles.current}>本届</span> : undefined}
          >
            {t.session.name}
            {t.memberType.name}
          </List.Item>
        ))}
      </List>
      <p className={styles.footnote}>界别、党派、专委会、委员类型等任职信息由委员工作部门维护。</p>

      <div className={styles.action}>
        <Button block color="primary" size="large" disabled={!!pending || m.hasPendingChange} onClick={() => navigate("/profile/edit")}>
          申请修改
        </Button>
        <p className={styles.hint}>
          {pending || m.hasPendingChange ? "已有一份待审核的申请，审核完成或撤回后才能再次提交。" : "修改提交后须经委员工作部门审核，审核通过后生效。"}
        </p>
      </div>

      <List header="我的修改申请" mode="card" className={styles.list}>
        {requests.error && !requests.data && <List.Item onClick={() => void requests.refetch()}>加载失败，点击重试</List.Item>}
        {requests.data && list.length === 0 && <List.Item>暂无修改申请</List.Item>}
        {list.map((r) => (
          <List.Item
            key={r.id}
            onClick={() => setOpen(r)}
            extra={<RequestStatusTag status={r.status} />}
            description={
              <>
                提交于 {formatTime(r.submittedAt)}
                {r.status === "REJECTED" && r.rejectReason && <div className={styles.reason}>驳回理由：{r.rejectReason}</div>}
              </>
            }
          >
            修改{r.changes.map((c) => c.label).join("、")}
          </List.Item>
        ))}
      </List>
      <RequestSheet request={open ? (list.find((r) => r.id === open.id) ?? open) : null} onClose={() => setOpen(null)} />
    </Page>
  );
}
