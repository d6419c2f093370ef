/**
 * CMS publishing (issue 9: "publishing 10,000 articles must take seconds"): generates N published
 * articles in one committee, times a FULL publish (pages/s), an INCREMENTAL publish after one edit, and
 * then serves one generated page under load through the API's public route.
 */
import { createOwnerPrisma } from "../../src/db/prisma";
import { runPublishJob } from "../../src/modules/cms/publish/run-job";
import { runLoad } from "../load";
import { ms, type Section } from "../report";

const WORDS = ["文旅融合", "乡村振兴", "生态保护", "营商环境", "科技创新", "教育", "养老", "提案", "协商", "民主监督", "委员", "调研"];

export async function runCmsScenario(o: { base: string; ownerUrl: string; articles: number; quick: boolean }): Promise<Section> {
  const db = createOwnerPrisma(o.ownerUrl);
  const code = `bench-cms-${Date.now().toString(36)}`;
  const tenant = await db.tenant.create({ data: { code, name: "基准测试政协", level: "CITY" } });
  const scoped = <T>(fn: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<T>) =>
    db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenant.id}, true)`;
      return fn(tx);
    }, { timeout: 600_000 });
  const { site, channels } = await scoped(async (tx) => {
    const site = await tx.cmsSite.create({ data: { tenantId: tenant.id, name: "基准测试政协" } });
    const channels: { id: string; slug: string }[] = [];
    for (const [i, slug] of ["news", "notice", "proposals", "opinions", "members"].entries()) channels.push(await tx.cmsChannel.create({ data: { tenantId: tenant.id, siteId: site.id, name: `栏目${i + 1}`, slug, sortOrder: i } }));
    const now = Date.now();
    for (let start = 0; start < o.articles; start += 2000) {
      await tx.cmsArticle.createMany({
        data: Array.from({ length: Math.min(2000, o.articles - start) }, (_, k) => {
          const i = start + k;
          const kw = [WORDS[i % WORDS.length]!, WORDS[(i * 7) % WORDS.length]!, `专题${i % 97}`];
          return {
            tenantId: tenant.id, channelId: channels[i % channels.length]!.id, title: `第${i + 1}篇：围绕${kw[0]}开展${kw[1]}`, summary: `关于${kw[0]}的摘要`, keywords: kw,
            body: `<p>${"委员们围绕".concat(kw[0]!, "建言献策，提出了有价值的意见建议。").repeat(6)}</p>`, state: "PUBLISHED" as const, publishedAt: new Date(now - i * 60_000),
          };
        }),
      });
    }
    return { site, channels };
  });
  const job = async (kind: "FULL" | "INCREMENTAL") => {
    const j = await scoped((tx) => tx.cmsPublishJob.create({ data: { tenantId: tenant.id, siteId: site.id, kind } }));
    const t = performance.now();
    await runPublishJob(db, tenant.id, j.id);
    const seconds = (performance.now() - t) / 1000;
    return { seconds, job: await scoped((tx) => tx.cmsPublishJob.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: j.id } } })) };
  };
  const full = await job("FULL");
  const first = await scoped((tx) => tx.cmsArticle.findFirstOrThrow({ where: { tenantId: tenant.id }, orderBy: { no: "asc" } }));
  await scoped((tx) => tx.cmsArticle.update({ where: { tenantId_id: { tenantId: tenant.id, id: first.id } }, data: { title: `${first.title}（更正）`, dirty: true } }));
  const inc = await job("INCREMENTAL");
  const page = `${o.base}/site/${code}/${channels[0]!.slug}/${first.no}.html`;
  const load = await runLoad({ connections: 50, durationMs: o.quick ? 3000 : 10_000, request: async () => {
      const r = await fetch(page);
      await r.arrayBuffer();
      return r.ok;
    },
  });
  await db.$disconnect();
  return {
    title: `网站发布 CMS publishing (${o.articles} 篇文章)`,
    rows: [
      { name: "完全发布 full publish", measured: `${full.job.total} 页，${full.seconds.toFixed(1)} s（${(full.job.total / full.seconds).toFixed(0)} 页/s），写入 ${full.job.written}`, target: "1 万篇文章数秒级", ok: full.job.state === "DONE" && (o.articles < 10_000 || full.seconds < 60) },
      { name: "增量发布 incremental (1 篇修改)", measured: `渲染 ${inc.job.total} 页，写入 ${inc.job.written}，${inc.seconds.toFixed(2)} s`, ok: inc.job.state === "DONE" && inc.job.written < 20 },
      { name: "静态页访问 static page under load (50 连接)", measured: `${load.rps.toFixed(0)} req/s · p50 ${ms(load.p50)} · p95 ${ms(load.p95)} · errors ${load.errors}`, ok: load.errors === 0 },
    ],
  };
}
