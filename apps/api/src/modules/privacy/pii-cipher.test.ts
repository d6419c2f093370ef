import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { currentPiiKeyId, open, openBytes, seal, sealBytes, sealedBytesWith, sealedWith } from "../../core/pii-cipher";
import { TINY_PNG } from "../meetings/meetings.fixtures";
import { createDicts, createMember, createSession } from "../members/members.fixtures";
import { openPhoto, readMobile } from "../members/member-pii";
import { openContactPhone } from "../organisation/org-unit-pii";
import { resealPersonalData } from "./reseal-pii";

const hex = () => randomBytes(32).toString("hex");
const saved = process.env.PII_KEYS;
afterEach(() => {
  if (saved === undefined) delete process.env.PII_KEYS;
  else process.env.PII_KEYS = saved;
});

describe("个人信息加密存储", () => {
  it("seals with AES-GCM: a fresh IV each time, bound to its field, and tampering is detected", () => {
    const a = seal("member.mobile", "13812345678");
    const b = seal("member.mobile", "13812345678");
    expect(a).toMatch(/^enc:v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("13812345678");
    expect(open("member.mobile", a)).toBe("13812345678");
    expect(() => open("member.address", a)).toThrow();
    const flipped = a.slice(0, -2) + (a.at(-2) === "A" ? "B" : "A") + a.at(-1);
    expect(() => open("member.mobile", flipped)).toThrow();
    // Legacy plaintext still opens (the reseal script seals it).
    expect(open("member.mobile", "13900000000")).toBe("13900000000");
  });

  it("seals bytes (a photo) the same way: fresh IV, bound to its field, tamper-evident; legacy bytes open as they are", () => {
    const a = sealBytes("member.photo", TINY_PNG);
    expect(a.subarray(0, 4).toString("latin1")).toBe("ZXE1");
    expect(a.includes(TINY_PNG.subarray(8, 24))).toBe(false);
    expect(sealBytes("member.photo", TINY_PNG).equals(a)).toBe(false);
    expect(sealedBytesWith(a)).toBe(currentPiiKeyId());
    expect(openBytes("member.photo", a).equals(TINY_PNG)).toBe(true);
    expect(() => openBytes("member.mobile", a)).toThrow();
    const flipped = Buffer.from(a);
    flipped[flipped.length - 1] ^= 1;
    expect(() => openBytes("member.photo", flipped)).toThrow();
    expect(openBytes("member.photo", TINY_PNG).equals(TINY_PNG)).toBe(true);
  });

  it("the database holds only ciphertext; the API still masks, reveals and searches as before", async () => {
    const tenantId = (await createTenant()).id;
    const dicts = await createDicts(tenantId);
    const s = await createSession(tenantId, { isCurrent: true });
    const id = await createMember(tenantId, dicts, { name: "孙丽", mobile: "13712345678", terms: [{ sessionId: s.id }] });
    const [row] = await owner.$queryRaw<{ mobile: string }[]>`SELECT mobile FROM member_profile WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid`;
    expect(row!.mobile.startsWith("enc:v1:")).toBe(true);
    expect(row!.mobile).not.toContain("1371234");
    const { viewer: staff } = await createUser(tenantId, ["STAFF", "MEMBER_AFFAIRS"]);
    expect((await execAs(staff, `query($id: ID!) { member(id: $id) { mobile mobileMasked } }`, { id })).data.member).toEqual({ mobile: "137****5678", mobileMasked: true });
    expect((await execAs(staff, `mutation($id: ID!) { revealMemberPhone(memberId: $id) }`, { id })).data.revealMemberPhone).toBe("13712345678");
  });

  it("rotation: reseal moves every value to the new key; the old key can then be dropped", async () => {
    const [k1, k2] = [hex(), hex()];
    process.env.PII_KEYS = `k1:${k1}`;
    const tenantId = (await createTenant()).id;
    const dicts = await createDicts(tenantId);
    const s = await createSession(tenantId, { isCurrent: true });
    const id = await createMember(tenantId, dicts, { name: "周强", mobile: "13611112222", terms: [{ sessionId: s.id }] });
    await owner.memberProfile.update({ where: { tenantId_id: { tenantId, id } }, data: { mobile: "13611112222" } }); // a legacy plaintext row
    const other = await createMember(tenantId, dicts, { name: "吴敏", mobile: "13633334444", terms: [{ sessionId: s.id }] });
    await owner.memberChangeRequest.create({ data: { tenantId, memberId: other, submittedBy: id, changes: [{ field: "mobile", from: seal("member.mobile", "13633334444"), to: seal("member.mobile", "13655556666") }] } });

    // Legacy plaintext photo and contact phones (rows written before sealing), and one sealed with k1.
    await owner.memberPhoto.create({ data: { tenantId, memberId: id, mime: "image/png", size: TINY_PNG.length, content: new Uint8Array(TINY_PNG) } });
    await owner.handlingUnit.create({ data: { tenantId, name: "市教育局", contactPhone: "0352-2021234" } });
    await owner.handlingUnit.create({ data: { tenantId, name: "市财政局", contactPhone: seal("org_unit.contact_phone", "13544445555") } });
    await owner.collectiveSubmitter.create({ data: { tenantId, name: "民盟市委", contactPhone: "13566667777" } });

    process.env.PII_KEYS = `k2:${k2},k1:${k1}`;
    expect(currentPiiKeyId()).toBe("k2");
    const first = await resealPersonalData(owner, { tenantId });
    expect(first).toEqual({ profiles: 2, requests: 1, photos: 1, handlingUnits: 2, collectives: 1 });
    expect(await resealPersonalData(owner, { tenantId })).toEqual({ profiles: 0, requests: 0, photos: 0, handlingUnits: 0, collectives: 0 });

    process.env.PII_KEYS = `k2:${k2}`;
    const rows = await owner.memberProfile.findMany({ where: { tenantId }, orderBy: { name: "asc" } });
    expect(rows.map((r) => [sealedWith(r.mobile), readMobile(r)])).toEqual([
      ["k2", "13633334444"],
      ["k2", "13611112222"],
    ]);
    const req = await owner.memberChangeRequest.findFirstOrThrow({ where: { tenantId } });
    const [c] = req.changes as { from: string; to: string }[];
    expect([sealedWith(c!.from), open("member.mobile", c!.to)]).toEqual(["k2", "13655556666"]);
    const photo = await owner.memberPhoto.findFirstOrThrow({ where: { tenantId } });
    expect(sealedBytesWith(photo.content)).toBe("k2");
    expect(openPhoto(photo.content).equals(TINY_PNG)).toBe(true);
    const phones = await owner.handlingUnit.findMany({ where: { tenantId }, orderBy: { name: "asc" } });
    expect(phones.map((u) => [sealedWith(u.contactPhone!), openContactPhone(u.contactPhone)])).toEqual([
      ["k2", "0352-2021234"],
      ["k2", "13544445555"],
    ]);
    const coll = await owner.collectiveSubmitter.findFirstOrThrow({ where: { tenantId } });
    expect(openContactPhone(coll.contactPhone)).toBe("13566667777");
    // With only the old key, the new ciphertext cannot be read.
    process.env.PII_KEYS = `k1:${k1}`;
    expect(() => readMobile(rows[0]!)).toThrow(/unknown key k2/);
  });
});
