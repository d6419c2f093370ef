import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { cmsTenant, CREATE_ARTICLE, TRANSITION, useTempSitesDir } from "./cms.test-support";

const ADD = `mutation($i: CmsAddWordsInput!) { addCmsSensitiveWords(input: $i) { added updated } }`;
const LIST = `query($l: String) { cmsSensitiveWords(level: $l) { total items { id word level suggestion } } }`;
const SCAN = `query($l: String) { cmsSensitiveWordScan(level: $l) { total items { title words { word level suggestion } } } }`;

describe("错敏词", () => {
  useTempSitesDir();

  it("the site admin keeps the word list; a BLOCK word stops publishing; the scan lists every article with its words", async () => {
    const c = await cmsTenant();
    const bad = await execAs(c.admin, ADD, { i: { words: " \n ", level: "WARN" } });
    expect([bad.code, bad.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "请输入词语"]);
    expect((await execAs(c.admin, ADD, { i: { words: "政协委员会\n人大代表、政府机关", level: "WARN", suggestion: "请核对机构名称" } })).data.addCmsSensitiveWords).toEqual({ added: 3, updated: 0 });
    expect((await execAs(c.admin, ADD, { i: { words: "人大代表\n违禁词", level: "BLOCK" } })).data.addCmsSensitiveWords).toEqual({ added: 1, updated: 1 });
    const list = (await execAs(c.admin, LIST, {})).data.cmsSensitiveWords;
    expect(list.items.map((w: { word: string; level: string }) => `${w.level}:${w.word}`)).toEqual(["BLOCK:人大代表", "BLOCK:违禁词", "WARN:政协委员会", "WARN:政府机关"]);

    const a = (await execAs(c.admin, CREATE_ARTICLE, { i: { channelId: c.chA, title: "市政协委员会召开会议", body: "<p>邀请人大代表列席。</p>" } })).data.createCmsArticle;
    const blocked = await execAs(c.admin, TRANSITION, { id: a.id, v: a.version, i: { action: "publish" } });
    expect([blocked.code, blocked.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "含有禁用词：人大代表"]);
    await execAs(c.admin, CREATE_ARTICLE, { i: { channelId: c.chB, title: "清洁的通知", body: "<p>无问题。</p>" } });

    const scan = (await execAs(c.admin, SCAN, {})).data.cmsSensitiveWordScan;
    expect(scan.total).toBe(1);
    expect(scan.items[0].title).toBe("市政协委员会召开会议");
    expect(scan.items[0].words.map((w: { word: string }) => w.word)).toEqual(["人大代表", "政协委员会"]);
    expect((await execAs(c.admin, SCAN, { l: "WARN" })).data.cmsSensitiveWordScan.items[0].words).toEqual([{ word: "政协委员会", level: "WARN", suggestion: "请核对机构名称" }]);

    // Editors may look; only the site administrator changes the list.
    const { viewer: editor } = await createUser(c.tenant.id, ["CMS_EDITOR"]);
    expect((await execAs(editor, LIST, {})).data.cmsSensitiveWords.total).toBe(4);
    expect((await execAs(editor, ADD, { i: { words: "x", level: "WARN" } })).code).toBe("FORBIDDEN");
    const id = list.items[0].id;
    expect((await execAs(c.admin, `mutation($id: ID!) { deleteCmsSensitiveWord(id: $id) }`, { id })).data.deleteCmsSensitiveWord).toBe(true);
    expect(await owner.auditLog.count({ where: { tenantId: c.tenant.id, action: { startsWith: "cms.words." } } })).toBe(3);
  });
});
