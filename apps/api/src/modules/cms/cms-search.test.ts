import { describe, expect, it } from "vitest";
import { execAs } from "../../../test/support/gql";
import { CREATE_ARTICLE, cmsTenant, publishedArticle, useTempSitesDir } from "./cms.test-support";

useTempSitesDir();
const SEARCH = `query($i: CmsSearchInput!) { cmsSearch(input: $i) { total items { rank highlight article { title state channelId } } } }`;

describe("cms search", () => {
  it("finds a two-character word (jieba tsvector) and a substring (trigram); ranks title hits first; highlights safely; filters", async () => {
    const { admin, chA, chB } = await cmsTenant();
    await publishedArticle(admin, chA, "市政协召开提案工作座谈会", "<p>会议总结了年度提案办理情况。</p>");
    await publishedArticle(admin, chA, "委员视察生态环境保护", "<p>委员们就生态环境保护提出提案建议，关注黄河流域治理。</p>");
    await publishedArticle(admin, chB, "关于开展社情民意信息征集的通知", "<p>请各委员报送社情民意<script>x</script>。</p>");
    await execAs(admin, CREATE_ARTICLE, { i: { channelId: chA, title: "草稿：提案线索", body: "<p>未发布的提案线索</p>" } });
    const two = await execAs(admin, SEARCH, { i: { q: "提案" } });
    expect(two.data.cmsSearch.total).toBe(3); // staff search covers drafts too
    expect(two.data.cmsSearch.items[0].article.title).toMatch(/提案/);
    expect(two.data.cmsSearch.items.some((h: { highlight: string }) => h.highlight.includes("<mark>提案</mark>"))).toBe(true);
    const published = await execAs(admin, SEARCH, { i: { q: "提案", states: ["PUBLISHED"] } });
    expect(published.data.cmsSearch.total).toBe(2);
    // "河流域" is no jieba word (黄河/流域): only the trigram index finds it.
    const sub = await execAs(admin, SEARCH, { i: { q: "河流域" } });
    expect(sub.data.cmsSearch.items.map((h: { article: { title: string } }) => h.article.title)).toEqual(["委员视察生态环境保护"]);
    const inB = await execAs(admin, SEARCH, { i: { q: "委员", channelId: chB } });
    expect(inB.data.cmsSearch.items.map((h: { article: { channelId: string } }) => h.article.channelId)).toEqual([chB]);
    const future = await execAs(admin, SEARCH, { i: { q: "委员", from: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(future.data.cmsSearch.total).toBe(0);
    const xss = await execAs(admin, SEARCH, { i: { q: "社情民意" } });
    expect(xss.data.cmsSearch.items[0].highlight).not.toContain("<script");
    expect((await execAs(admin, SEARCH, { i: { q: "" } })).code).toBe("VALIDATION_FAILED");
  });
});
