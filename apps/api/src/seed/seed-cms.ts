import type { Role } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../modules/identity/passwords";
import { indexArticle, prepareContent, saveVersion } from "../modules/cms/use-cases/article-content";
import { runPublishJob } from "../modules/cms/publish/run-job";
import type { Random } from "./random";
import { DEMO_PASSWORD, scopeTo, type DemoAccount } from "./seed-foundation";

type Tenant = { id: string; code: string; name: string; level: string };

const LEADER_FIELDS = [
  { key: "post", label: "职务", type: "text", required: true },
  { key: "duty", label: "分管工作", type: "textarea", required: false },
];
/** [name, slug, template, children?] — the usual 政协 site structure. */
const TREE: { name: string; slug: string; template?: string; fieldDefs?: object[]; children?: { name: string; slug: string }[] }[] = [
  { name: "政协要闻", slug: "news" },
  { name: "通知公告", slug: "notice" },
  { name: "委员风采", slug: "members", template: "picture" },
  { name: "提案工作", slug: "proposals" },
  { name: "社情民意", slug: "opinions" },
  { name: "专题专栏", slug: "topics", children: [{ name: "学习贯彻", slug: "study" }, { name: "文史资料", slug: "history" }] },
  { name: "领导之窗", slug: "leaders", template: "leader", fieldDefs: LEADER_FIELDS },
  { name: "关于我们", slug: "about", template: "single" },
];
const TOPICS = ["文旅融合", "乡村振兴", "生态环境保护", "营商环境", "黄河流域生态保护", "教育均衡发展", "养老服务", "科技创新", "城市更新", "能源革命"];
const ACTS = ["召开专题协商会", "组织委员开展视察", "举办委员讲堂", "开展民主监督", "召开常委会议", "开展专题调研", "举行界别协商座谈"];
const TITLES: Record<string, ((t: string, topic: string, act: string) => string)[]> = {
  news: [(t, topic, act) => `${t}${act}聚焦${topic}`, (t, topic) => `${t}主席会议研究${topic}工作`],
  notice: [(t, topic) => `关于征集${topic}相关提案线索的通知`, (t) => `${t}关于召开常委会议的公告`],
  members: [(_t, topic) => `委员风采：扎根基层助力${topic}`, (_t, topic) => `委员履职故事：为${topic}鼓与呼`],
  proposals: [(_t, topic) => `关于推进${topic}的重点提案办理情况`, (t, topic) => `${t}督办${topic}重点提案`],
  opinions: [(_t, topic) => `社情民意：关于加强${topic}的建议`, (_t, topic) => `${topic}相关社情民意信息获上级采用`],
  study: [(t) => `${t}党组理论学习中心组开展集体学习`],
  history: [(_t, topic) => `文史资料：大同${topic}的历史变迁`],
};

function body(rnd: Random, tenant: string, topic: string, act: string) {
  const paras = [
    `近日，${tenant}${act}，围绕“${topic}”主题协商议政、建言献策。与会委员结合调研情况，提出了许多有针对性、可操作性的意见建议。`,
    `会议指出，要深入学习贯彻中共中央关于加强和改进人民政协工作的部署，充分发挥政协专门协商机构作用，把${topic}作为履职的重要着力点。`,
    `委员们建议，要加强统筹协调，完善政策措施，推动${topic}工作取得新成效；要注重调查研究，反映群众关切，形成高质量的提案和社情民意信息。`,
    `会议要求，各专门委员会和广大委员要坚持团结和民主两大主题，在服务全市中心工作中展现新担当新作为。`,
  ];
  const n = rnd.int(2, 4);
  return paras.slice(0, n).map((p) => `<p>${p}</p>`).join("");
}

/**
 * For every committee: a site, departments, the channel tree with grants, a few dozen published articles
 * (Chinese templates, dates over the last half year), then a full publish so /site/<code>/ has pages.
 */
export async function seedCms(db: PrismaClient, rnd: Random, tenants: Tenant[], accounts: DemoAccount[]) {
  const hash = await hashPassword(DEMO_PASSWORD);
  const city = tenants.find((t) => t.level === "CITY")!;
  for (const [username, displayName, roles] of [["cms.editor", "赵文静", ["STAFF", "CMS_EDITOR"]], ["cms.reviewer", "孙立新", ["STAFF", "CMS_REVIEWER"]]] as [string, string, Role[]][]) {
    await db.$transaction(async (tx) => {
      await scopeTo(tx, city.id);
      const u = await tx.user.create({ data: { username, displayName, passwordHash: hash } });
      await tx.tenantMembership.create({ data: { tenantId: city.id, userId: u.id, roles } });
    });
    accounts.push({ username, role: roles.includes("CMS_EDITOR") ? "网站编辑（采编、送审）" : "网站审核（审核、发布、采用呈送）", tenant: city.name });
  }
  const now = Date.now();
  for (const t of tenants) {
    const short = t.name.replace("政协", "");
    const jobId = await db.$transaction(async (tx) => {
      await scopeTo(tx, t.id);
      const site = await tx.cmsSite.create({ data: { tenantId: t.id, name: `${t.name}`, description: `${t.name}门户网站：政协要闻、通知公告、提案与社情民意`, footer: `主办：${t.name}办公室　地址：山西省大同市` } });
      const deps = new Map<string, string>();
      for (const [i, name] of ["办公室", "研究室", "提案委员会", "宣传信息处"].entries()) deps.set(name, (await tx.cmsDepartment.create({ data: { tenantId: t.id, name, sortOrder: i } })).id);
      const ids = new Map<string, string>();
      for (const [i, c] of TREE.entries()) {
        const ch = await tx.cmsChannel.create({ data: { tenantId: t.id, siteId: site.id, name: c.name, slug: c.slug, template: c.template ?? "list", sortOrder: i, fieldDefs: c.fieldDefs ?? [], listSize: 15, updateDays: c.slug === "news" ? 7 : null, departmentId: deps.get(c.slug === "proposals" ? "提案委员会" : c.slug === "opinions" ? "研究室" : "宣传信息处") } });
        ids.set(c.slug, ch.id);
        for (const [j, child] of (c.children ?? []).entries()) ids.set(child.slug, (await tx.cmsChannel.create({ data: { tenantId: t.id, siteId: site.id, parentId: ch.id, name: child.name, slug: child.slug, sortOrder: j, listSize: 15 } })).id);
        await tx.cmsChannelAcl.createMany({
          data: [
            { tenantId: t.id, channelId: ch.id, subjectKind: "ROLE", subjectId: "CMS_EDITOR", canView: true, canEdit: true },
            { tenantId: t.id, channelId: ch.id, subjectKind: "ROLE", subjectId: "CMS_REVIEWER", canView: true, canReview: true, canPublish: true },
          ],
        });
      }
      await tx.cmsChannelAcl.create({ data: { tenantId: t.id, channelId: ids.get("proposals")!, subjectKind: "DEPARTMENT", subjectId: deps.get("提案委员会")!, canView: true, canEdit: true, canPublish: true } });
      await tx.cmsChannel.create({ data: { tenantId: t.id, siteId: site.id, name: "最新动态", slug: "latest", kind: "VIRTUAL", sourceChannelIds: [ids.get("news")!, ids.get("notice")!, ids.get("proposals")!], sortOrder: TREE.length, visible: false } });

      const add = async (channel: string, title: string, html: string, daysAgo: number, customFields: Record<string, unknown> = {}) => {
        const content = prepareContent({ title, subtitle: "", author: "", source: t.name, summary: "", keywords: [], body: html, customFields }, channel === "leaders" ? LEADER_FIELDS : []);
        const publishedAt = new Date(now - daysAgo * 86_400_000 - rnd.int(0, 36_000) * 1000);
        const a = await tx.cmsArticle.create({ data: { ...content, customFields: content.customFields as object, tenantId: t.id, channelId: ids.get(channel)!, state: "PUBLISHED", publishedAt, pinned: daysAgo < 3 && channel === "news" } });
        await indexArticle(tx, t.id, a.id, content);
        await saveVersion(tx, t.id, a.id, 1, content, { id: null, name: "演示数据" }, "导入");
      };
      const count = t.level === "CITY" ? 40 : 24;
      for (let i = 0; i < count; i++) {
        const channel = rnd.weighted([["news", 6], ["notice", 3], ["members", 2], ["proposals", 3], ["opinions", 2], ["study", 1], ["history", 1]] as const);
        const topic = rnd.pick(TOPICS);
        const act = rnd.pick(ACTS);
        await add(channel, rnd.pick(TITLES[channel]!)(t.name, topic, act), body(rnd, t.name, topic, act), Math.round((i * 180) / count) + rnd.int(0, 3));
      }
      await add("leaders", `${short}政协主席`, `<p>主持${t.name}全面工作。</p>`, 200, { post: "主席", duty: "主持全面工作" });
      await add("about", `${t.name}简介`, `<p>${t.name}是中国人民政治协商会议的地方委员会，是在中国共产党领导下的统一战线组织。</p><p>联系地址：山西省大同市。</p>`, 300);
      return (await tx.cmsPublishJob.create({ data: { tenantId: t.id, siteId: site.id, kind: "FULL" } })).id;
    });
    await runPublishJob(db, t.id, jobId);
  }
}
