import { useState } from "react";
import { Button, CheckList, Popup, SearchBar, Tag } from "antd-mobile";
import { useQuery } from "@apollo/client/react";
import { OPINION_MAX_COSIGNERS } from "@zhzx/shared";
import { OpinionCosignerCandidatesDocument } from "../graphql/opinions";
import styles from "./opinions.module.css";

export interface Cosigner {
  id: string;
  name: string;
}

/** 联名委员: find members by name or pinyin and tick them; they confirm before the item goes to review. */
export function CosignerPicker({ value, onChange }: { value: Cosigner[]; onChange: (next: Cosigner[]) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const candidates = useQuery(OpinionCosignerCandidatesDocument, { variables: { search }, skip: !open || search.trim().length === 0 });
  const found = candidates.data?.opinionCosignerCandidates ?? [];
  const chosen = new Set(value.map((c) => c.id));

  return (
    <>
      <div className={styles.cosigners}>
        {value.map((c) => (
          <Tag key={c.id} color="primary" fill="outline" round onClick={() => onChange(value.filter((x) => x.id !== c.id))} aria-label={`移除联名委员${c.name}`}>
            {c.name} ×
          </Tag>
        ))}
        <Button size="mini" fill="outline" onClick={() => setOpen(true)} disabled={value.length >= OPINION_MAX_COSIGNERS}>
          {value.length ? "添加" : "邀请联名委员（选填）"}
        </Button>
      </div>
      <Popup visible={open} onMaskClick={() => setOpen(false)} bodyStyle={{ height: "70vh", display: "flex", flexDirection: "column" }}>
        <div style={{ padding: 12 }}>
          <SearchBar placeholder="输入委员姓名或拼音" value={search} onChange={setSearch} />
        </div>
        <div style={{ flex: 1, overflowY: "auto" }}>
          {search.trim() === "" ? (
            <p className={styles.hint}>输入姓名或拼音查找本委员会委员，最多邀请 {OPINION_MAX_COSIGNERS} 人。</p>
          ) : found.length === 0 && !candidates.loading ? (
            <p className={styles.hint}>没有找到匹配的委员</p>
          ) : (
            <CheckList
              multiple
              value={[...chosen]}
              onChange={(ids) => {
                const keep = value.filter((c) => ids.includes(c.id));
                const add = found.filter((f) => ids.includes(f.id) && !chosen.has(f.id)).map((f) => ({ id: f.id, name: f.name }));
                onChange([...keep, ...add].slice(0, OPINION_MAX_COSIGNERS));
              }}
            >
              {found.map((c) => (
                <CheckList.Item key={c.id} value={c.id}>
                  {c.name}
                </CheckList.Item>
              ))}
            </CheckList>
          )}
        </div>
        <div style={{ padding: 12 }}>
          <Button block color="primary" onClick={() => setOpen(false)}>
            完成（已选 {value.length} 人）
          </Button>
        </div>
      </Popup>
    </>
  );
}
