import { Button, Dialog } from "antd-mobile";
import { useLocation, useNavigate } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { PRIVACY_NOTICE_SECTIONS, PRIVACY_NOTICE_TITLE, PRIVACY_NOTICE_VERSION } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { toastError } from "../../../app/errors";
import { useLogout } from "../../../app/session/use-logout";
import { AcceptPrivacyNoticeDocument, MyPrivacyConsentDocument } from "../../../app/session/viewer-documents";
import styles from "./privacy-page.module.css";

/** 个人信息保护告知书: read, then agree (recorded with its version) or decline (signs out). */
export default function PrivacyPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [logout] = useLogout();
  const status = useQuery(MyPrivacyConsentDocument);
  const [accept, { loading }] = useMutation(AcceptPrivacyNoticeDocument, {
    update: (cache, { data }) => data && cache.writeQuery({ query: MyPrivacyConsentDocument, data: { myPrivacyConsent: data.acceptPrivacyNotice } }),
  });
  const accepted = status.data?.myPrivacyConsent.acceptedAt;
  const from = (location.state as { from?: string } | null)?.from ?? "/workbench";

  const agree = async () => {
    try {
      await accept({ variables: { version: PRIVACY_NOTICE_VERSION } });
      navigate(from === "/privacy" ? "/workbench" : from, { replace: true });
    } catch (e) {
      toastError(e);
    }
  };
  const decline = async () => {
    const ok = await Dialog.confirm({ content: "不同意将无法使用委员端，确定退出登录吗？", confirmText: "退出登录", cancelText: "再看看" });
    if (ok) await logout();
  };

  return (
    <Page title="个人信息保护" back={!!accepted} backTo="/me">
      <article className={styles.notice}>
        <h1>{PRIVACY_NOTICE_TITLE}</h1>
        <p className={styles.version}>版本 {PRIVACY_NOTICE_VERSION}</p>
        {!accepted && <p className={styles.lead}>使用委员端前，请阅读以下告知内容。</p>}
        {PRIVACY_NOTICE_SECTIONS.map((s) => (
          <section key={s.heading}>
            <h2>{s.heading}</h2>
            <p>{s.text}</p>
          </section>
        ))}
      </article>
      <div className={styles.actions}>
        {accepted ? (
          <p className={styles.version}>您已于 {new Date(accepted).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })} 同意本告知书。</p>
        ) : (
          <>
            <Button block color="primary" size="large" loading={loading} onClick={() => void agree()}>
              同意并继续
            </Button>
            <Button block fill="none" onClick={() => void decline()}>
              不同意，退出登录
            </Button>
          </>
        )}
      </div>
    </Page>
  );
}
