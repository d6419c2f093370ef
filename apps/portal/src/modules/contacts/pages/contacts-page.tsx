import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { CapsuleTabs, InfiniteScroll, List, SearchBar, Skeleton, Tabs } from "antd-mobile";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { ContactDirectoryDocument, ContactsDocument } from "../graphql/contacts";
import styles from "./contacts.module.css";

type Kind = "specialCommittees" | "sectors" | "parties";
const KIND_LABELS: Record<Kind, string> = { specialCommittees: "专委会", sectors: "界别", parties: "党派" };
const FILTER_FIELD: Record<Kind, "specialCommitteeId" | "sectorId" | "partyId"> = { specialCommittees: "specialCommitteeId", sectors: "sectorId", parties: "partyId" };
const PAGE_SIZE = 30;

/** 通讯录: search by name, full pinyin or initials (zhq), or browse by group; phone numbers masked. */
export default function ContactsPage() {
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState<Kind>("specialCommittees");
  const [groupId, setGroupId] = useState<string>("all");
  const dir = useQuery(ContactDirectoryDocument, { fetchPolicy: "cache-and-network" });
  const vars = { page: 1, pageSize: PAGE_SIZE, search: search.trim() || null, ...(groupId !== "all" && !search.trim() ? { [FILTER_FIELD[kind]]: groupId } : {}) };
  const list = useQuery(ContactsDocument, { variables: vars, fetchPolicy: "cache-and-network" });
  const page = (list.data ?? list.previousData)?.contacts;
  const groups = dir.data?.contactDirectory[kind] ?? [];
  const hasMore = !!page && page.items.length < page.total;

  const loadMore = async () => {
    if (!page) return;
    await list.fetchMore({
      variables: { ...vars, page: Math.floor(page.items.length / PAGE_SIZE) + 1 },
      updateQuery: (prev, { fetchMoreResult }) => ({
        contacts: { ...fetchMoreResult.contacts, items: [...prev.contacts.items, ...fetchMoreResult.contacts.items.filter((x) => !prev.contacts.items.some((y) => y.id === x.id))] },
      }),
    });
  };

  let body;
  if (list.error && !page) body = <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  else if (!page) body = <Skeleton.Paragraph lineCount={8} animated />;
  else if (page.items.length === 0) body = <EmptyState title={search.trim() ? "没有找到匹配的委员" : "暂无委员"} description={search.trim() ? "可输入姓名、全拼或拼音首字母，如 zhq" : undefined} />;
  else
    body = (
      <>
        <List header={`共 ${page.total} 人`} aria-label="委员名单">
          {page.items.map((c) => (
            <List.Item
              key={c.id}
              prefix={c.photoUrl ? <img className={styles.avatar} src={c.photoUrl} alt="" /> : <div className={styles.avatar} aria-hidden>{c.name.slice(0, 1)}</div>}
              description={
                <div className={styles.meta}>
                  <div>{c.workUnitTitle}</div>
                  <div>{[...new Set([c.sector, c.party, c.specialCommittee].filter(Boolean))].join(" · ")}</div>
                </div>
              }
              extra={<span aria-label={`${c.name}的手机号码`}>{c.mobile}</span>}
            >
              {c.name}
              {c.memberType === "常委" ? "（常委）" : ""}
            </List.Item>
          ))}
        </List>
        <InfiniteScroll loadMore={loadMore} hasMore={hasMore} />
      </>
    );

  return (
    <Page title="通讯录" back backTo="/workbench">
      <div className={styles.search}>
        <SearchBar placeholder="姓名、全拼或首字母，如 zhq" value={search} onChange={setSearch} aria-label="搜索委员" />
      </div>
      {!search.trim() && (
        <div className={styles.groups}>
          <Tabs
            activeKey={kind}
            onChange={(k) => {
              setKind(k as Kind);
              setGroupId("all");
            }}
          >
            {(Object.keys(KIND_LABELS) as Kind[]).map((k) => (
              <Tabs.Tab key={k} title={KIND_LABELS[k]} />
            ))}
          </Tabs>
          <CapsuleTabs activeKey={groupId} onChange={setGroupId}>
            <CapsuleTabs.Tab key="all" title={`全部 ${dir.data?.contactDirectory.total ?? ""}`} />
            {groups.map((g) => (
              <CapsuleTabs.Tab key={g.id} title={`${g.name} ${g.count}`} />
            ))}
          </CapsuleTabs>
        </div>
      )}
      {body}
    </Page>
  );
}
