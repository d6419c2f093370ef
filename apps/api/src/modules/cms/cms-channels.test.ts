import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createUser } from "../../../test/support/factories";
import { cmsTenant, publishedArticle, useTempSitesDir } from "./cms.test-support";

useTempSitesDir();
const CHANNELS = `{ cmsChannels { id parentId name slug kind sortOrder sourceChannelIds myRights fieldDefs { key type required } } }`;

describe("cms channels", () => {
  it("builds a tree: add, edit, move, reorder, clone; refuses deleting a channel with articles; audits", async () => {
    const { tenant, admin, chA, chB, mk } = await cmsTenant();
    const sub = await mk("委员风采", "members");
    let r = await execAs(admin, `mutation($id: ID!, $p: ID) { moveCmsChannel(id: $id, parentId: $p, position: 0) { parentId } }`, { id: sub, p: chA });
    expect(r.data.moveCmsChannel.parentId).toBe(chA);
    r = await execAs(admin, `mutation($id: ID!, $p: ID) { moveCmsChannel(id: $id, parentId: $p) { id } }`, { id: chA, p: sub });
    expect(r.code).toBe("VALIDATION_FAILED");
    r = await execAs(admin, `mutation($o: [ID!]!) { reorderCmsChannels(parentId: null, orderedIds: $o) }`, { o: [chB, chA] });
    expect(r.errors).toBeUndefined();
    const list = (await execAs(admin, CHANNELS)).data.cmsChannels;
    expect(list.map((c: { id: string }) => c.id)).toEqual([chB, chA, sub]);
    expect(list[0].myRights).toEqual(["VIEW", "EDIT", "REVIEW", "PUBLISH"]);

    r = await execAs(admin, `mutation($id: ID!) { updateCmsChannel(id: $id, input: { listSize: 5, template: picture, sortRule: WEIGHT_DESC }) { listSize template sortRule } }`, { id: chA });
    expect(r.data.updateCmsChannel).toEqual({ listSize: 5, template: "picture", sortRule: "WEIGHT_DESC" });
    expect((await execAs(admin, `mutation($id: ID!) { updateCmsChannel(id: $id, input: { slug: "Bad Slug" }) { id } }`, { id: chA })).code).toBe("VALIDATION_FAILED");
    expect((await execAs(admin, `mutation { createCmsChannel(input: { name: "重复", slug: "news" }) { id } }`)).code).toBe("CONFLICT");

    const clone = await execAs(admin, `mutation($id: ID!) { cloneCmsChannel(id: $id, withChildren: true) { id name slug parentId } }`, { id: chA });
    expect(clone.data.cloneCmsChannel).toMatchObject({ name: "政协要闻（副本）", slug: "news-2", parentId: null });
    expect(await owner.cmsChannel.count({ where: { tenantId: tenant.id, parentId: clone.data.cloneCmsChannel.id } })).toBe(1);

    await publishedArticle(admin, chB, "关于召开常委会议的通知", "<p>定于下周召开常委会议。</p>");
    const del = await execAs(admin, `mutation($id: ID!) { deleteCmsChannel(id: $id) }`, { id: chB });
    expect(del.code).toBe("CONFLICT");
    expect(del.errors![0]!.message).toMatch(/1 篇文章/);
    expect((await execAs(admin, `mutation($id: ID!) { deleteCmsChannel(id: $id) }`, { id: chA })).code).toBe("CONFLICT"); // has a sub-channel
    expect((await execAs(admin, `mutation($id: ID!) { deleteCmsChannel(id: $id) }`, { id: sub })).data.deleteCmsChannel).toBe(true);
    const actions = (await owner.auditLog.findMany({ where: { tenantId: tenant.id, action: { startsWith: "cms.channel." } } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["cms.channel.create", "cms.channel.move", "cms.channel.reorder", "cms.channel.update", "cms.channel.clone", "cms.channel.delete"]));
  });

  it("virtual channels aggregate normal channels only and take no articles; custom fields are validated", async () => {
    const { admin, chA, chB } = await cmsTenant();
    const v = await execAs(admin, `mutation($s: [ID!]) { createCmsChannel(input: { name: "全部动态", slug: "all", kind: VIRTUAL, sourceChannelIds: $s }) { id kind sourceChannelIds } }`, { s: [chA, chB] });
    expect(v.data.createCmsChannel.sourceChannelIds).toEqual([chA, chB]);
    const vid = v.data.createCmsChannel.id;
    expect((await execAs(admin, `mutation($s: [ID!]) { createCmsChannel(input: { name: "套娃", slug: "nest", kind: VIRTUAL, sourceChannelIds: $s }) { id } }`, { s: [vid] })).code).toBe("VALIDATION_FAILED");
    expect((await execAs(admin, `mutation($c: ID!) { createCmsArticle(input: { channelId: $c, title: "x", body: "<p>x</p>" }) { id } }`, { c: vid })).code).toBe("VALIDATION_FAILED");

    const defs = [{ key: "post", label: "职务", type: "text", required: true }, { key: "born", label: "出生年月", type: "date" }, { key: "party", label: "党派", type: "select", options: ["中共", "民革", "无党派"] }];
    const f = await execAs(admin, `mutation($id: ID!, $d: [CmsFieldDefInput!]) { updateCmsChannel(id: $id, input: { fieldDefs: $d, template: leader }) { fieldDefs { key type required } } }`, { id: chA, d: defs });
    expect(f.data.updateCmsChannel.fieldDefs).toHaveLength(3);
    const CREATE = `mutation($i: CmsArticleInput!) { createCmsArticle(input: $i) { id customFields } }`;
    const missing = await execAs(admin, CREATE, { i: { channelId: chA, title: "王主席", body: "<p>简历</p>", customFields: { born: "1965-03-01" } } });
    expect(missing.code).toBe("VALIDATION_FAILED");
    expect(missing.errors![0]!.extensions!.fields).toHaveProperty("customFields.post");
    const badOption = await execAs(admin, CREATE, { i: { channelId: chA, title: "王主席", body: "<p>简历</p>", customFields: { post: "主席", party: "不存在" } } });
    expect(badOption.code).toBe("VALIDATION_FAILED");
    const unknown = await execAs(admin, CREATE, { i: { channelId: chA, title: "王主席", body: "<p>简历</p>", customFields: { post: "主席", hack: 1 } } });
    expect(unknown.code).toBe("VALIDATION_FAILED");
    const ok = await execAs(admin, CREATE, { i: { channelId: chA, title: "王主席", body: "<p>简历</p>", customFields: { post: "主席", party: "民革" } } });
    expect(ok.data.createCmsArticle.customFields).toEqual({ post: "主席", party: "民革" });
    // Making a field required that an existing article lacks is refused.
    const tighten = await execAs(admin, `mutation($id: ID!, $d: [CmsFieldDefInput!]) { updateCmsChannel(id: $id, input: { fieldDefs: $d }) { id } }`, { id: chA, d: [...defs, { key: "office", label: "办公室", type: "text", required: true }] });
    expect(tighten.code).toBe("VALIDATION_FAILED");
  });

  it("counts per channel: sub-channels, articles by state, per month, links; only site admins change structure", async () => {
    const { tenant, admin, chA, chB, mk } = await cmsTenant();
    await mk("子栏目", "child");
    const a = await publishedArticle(admin, chA, "政协委员视察城市建设", "<p>委员们视察了城市建设项目。</p>");
    await publishedArticle(admin, chA, "专题协商会召开", "<p>围绕文旅融合开展协商。</p>");
    await execAs(admin, `mutation($i: CmsArticleInput!) { createCmsArticle(input: $i) { id } }`, { i: { channelId: chA, title: "草稿一篇", body: "<p>草稿</p>" } });
    await execAs(admin, `mutation($id: ID!, $c: ID!) { linkCmsArticle(id: $id, channelId: $c, kind: MAPPING) { id } }`, { id: a.id, c: chB });
    const s = await execAs(admin, `query($id: ID!) { cmsChannelStats(id: $id, months: 3) { subChannels articlesByState { state count } publishedByMonth { period count } stale } }`, { id: chA });
    expect(s.data.cmsChannelStats.articlesByState.filter((x: { count: number }) => x.count)).toEqual([{ state: "DRAFT", count: 1 }, { state: "PUBLISHED", count: 2 }]);
    expect(s.data.cmsChannelStats.publishedByMonth).toHaveLength(3);
    expect(s.data.cmsChannelStats.publishedByMonth.at(-1).count).toBe(2);
    const sb = await execAs(admin, `query($id: ID!) { cmsChannelStats(id: $id) { mappings references } }`, { id: chB });
    expect(sb.data.cmsChannelStats).toEqual({ mappings: 1, references: 0 });
    const { viewer: editor } = await createUser(tenant.id, ["STAFF", "CMS_EDITOR"]);
    expect((await execAs(editor, `mutation { createCmsChannel(input: { name: "x", slug: "x" }) { id } }`)).code).toBe("FORBIDDEN");
    expect((await execAs(editor, CHANNELS)).data.cmsChannels).toEqual([]); // no grants yet: sees nothing
  });
});
