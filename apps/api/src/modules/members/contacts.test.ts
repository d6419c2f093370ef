import { describe, expect, it } from "vitest";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createDicts, createMember, createSession } from "./members.fixtures";

const LIST = `query($s: String, $c: ID, $sec: ID) { contacts(search: $s, specialCommitteeId: $c, sectorId: $sec) { total items { name mobile sector specialCommittee } } }`;

describe("通讯录", () => {
  it("lists the current session's members with masked phones, grouped and found by pinyin initials", async () => {
    const t = await createTenant();
    const d = await createDicts(t.id);
    const now = await createSession(t.id, { number: 15, isCurrent: true });
    const before = await createSession(t.id, { number: 14 });
    const { user, viewer: member } = await createUser(t.id, ["MEMBER"]);
    await createMember(t.id, d, { name: "张华强", userId: user.id, mobile: "13812345678", terms: [{ sessionId: now.id, sector: 0, committee: 0 }] });
    await createMember(t.id, d, { name: "李秀英", mobile: "13900001111", terms: [{ sessionId: now.id, sector: 1 }] });
    await createMember(t.id, d, { name: "王建国", terms: [{ sessionId: before.id, sector: 0 }] });

    const all = (await execAs(member, LIST, {})).data.contacts;
    expect(all.total).toBe(2);
    expect(all.items.map((c: { name: string; mobile: string }) => [c.name, c.mobile])).toEqual([["李秀英", "139****1111"], ["张华强", "138****5678"]]);
    expect((await execAs(member, LIST, { s: "zhq" })).data.contacts.items.map((c: { name: string }) => c.name)).toEqual(["张华强"]);
    expect((await execAs(member, LIST, { s: "秀英" })).data.contacts.items.map((c: { name: string }) => c.name)).toEqual(["李秀英"]);
    expect((await execAs(member, LIST, { sec: d.SECTOR[0]!.id })).data.contacts.total).toBe(1);
    // Wildcards are literal.
    expect((await execAs(member, LIST, { s: "%" })).data.contacts.total).toBe(0);

    const dir = (await execAs(member, `{ contactDirectory { sessionName total sectors { name count } } }`)).data.contactDirectory;
    expect(dir.total).toBe(2);
    expect(dir.sectors).toEqual([{ name: d.SECTOR[0]!.name, count: 1 }, { name: d.SECTOR[1]!.name, count: 1 }]);

    // Another committee's staff see their own committee only.
    const other = await createTenant();
    const { viewer: stranger } = await createUser(other.id, ["STAFF"]);
    expect((await execAs(stranger, LIST, {})).data.contacts.total).toBe(0);
    const { viewer: unit } = await createUser(t.id, ["HANDLING_UNIT"]);
    expect((await execAs(unit, LIST, {})).data.contacts.total).toBe(2);
  });
});
