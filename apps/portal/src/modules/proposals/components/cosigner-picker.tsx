import { useState } from "react";
import { Button, CheckList, Popup, SearchBar, Tag } from "antd-mobile";
import { useQuery } from "@apollo/client/react";
import { ProposalCosignerSearchDocument } from "../graphql/proposals";
import styles from "../pages/proposals.module.css";

export interface Cosigner {
  id: string;
  name: string;
}
const MAX = 50;

/**
 * 联名委员: find members of this session by name or pinyin and tick them. Those already invited (on a
 * saved draft) are fixed; new ones are invited when the proposal is saved, and it is submitted after all answer.
 */
export function CosignerPicker({ value, fixed, excludeId, onChange }: { value: Cosigner[]; fixed: Cosigner[]; excludeId?: string | null; onChange: (next: Cosigner[]) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const q = useQuery(ProposalCosignerSearchDocument, { variables: { search: search.trim() }, skip: !open || search.trim().length === 0 });
  const fixedIds = new Set(fixed.map((c) => c.id));
  const found = (q.data?.contacts.items ?? []).filter((c) => c.id !== excludeId && !fixedIds.has(c.id));
  const chosen = new Set(value.map((c) => c.id));
  const total = fixed.length + value.length;

  return (
    <>
      <div className={styles.cosigners}>
        {fixed.map((c) => (
          <Tag key={c.id} color="default" fill="outline" round>
            {c.name}（已邀请）
          </Tag>
        ))}
        {value.map((c) => (
          <Tag key={c.id} color="primary" fill="outline" round onClick={() => onChange(value.filter((x) => x.id !== c.id))} aria-label={`移除联名委员${c.name}`}>
            {c.name} ×
          </Tag>
        ))}
        <Button size="mini" fill="outline" onClick={() => setOpen(true)} disabled={total >= MAX}>
          {total ? "添加联名委员" : "邀请联名委员（选填）"}
        </Button>
      </div>
      <Popup visible={open} onMaskClick={() => setOpen(false)} bodyStyle={{ height: "70vh", display: "flex", flexDirection: "column" }}>
        <div style={{ padding: 12 }}>
          <SearchBar placeholder="输入委员姓名或拼音" value={search} onChange={setSearch} />
        </div>
        <div style={{ flex: 1, overflowY: "auto" }}>
          {search.trim() === "" ? (
            <p className={styles.hint}>输入姓名或拼音（如 zhq）查找本届委员。被邀请的委员全部答复后，提案才能提交。</p>
          ) : found.length === 0 && !q.loading ? (
            <p className={styles.hint}>没有找到匹配的委员</p>
          ) : (
            <CheckList
              multiple
              value={[...chosen]}
              onChange={(ids) => {
                const keep = value.filter((c) => ids.includes(c.id));
                const add = found.filter((f) => ids.includes(f.id) && !chosen.has(f.id)).map((f) => ({ id: f.id, name: f.name }));
                onChange([...keep, ...add].slice(0, MAX - fixed.length));
              }}
            >
              {found.map((c) => (
                <CheckList.Item key={c.id} value={c.id} description={c.workUnitTitle}>
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
