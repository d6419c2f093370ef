import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";

const uniq = () => randomUUID().slice(0, 8);
const site = async (tenantId: string) => (await owner.cmsSite.findUnique({ where: { tenantId } })) ?? owner.cmsSite.create({ data: { tenantId, name: "测试网站" } });
const channel = async (tenantId: string) => owner.cmsChannel.create({ data: { tenantId, siteId: (await site(tenantId)).id, name: "栏目", slug: `c-${uniq()}` } });
const article = async (tenantId: string) => owner.cmsArticle.create({ data: { tenantId, channelId: (await channel(tenantId)).id, title: "文章", body: "<p>正文</p>" } });
const department = (tenantId: string) => owner.cmsDepartment.create({ data: { tenantId, name: `部门${uniq()}` } });

export default defineTenantCases(
  {
    table: "cms_site",
    seed: async (t) => void (await site(t)),
    // One site per tenant (the seed made it): the owner's insert lands on the unique key and updates.
    insert: async (t) => ({ text: `INSERT INTO cms_site (tenant_id, id, name, updated_at) VALUES ($1, $2, '站', now()) ON CONFLICT (tenant_id) DO UPDATE SET name = EXCLUDED.name`, values: [t, randomUUID()] }),
  },
  {
    table: "cms_department",
    seed: async (t) => void (await department(t)),
    insert: async (t) => ({ text: `INSERT INTO cms_department (tenant_id, id, name) VALUES ($1, $2, $3)`, values: [t, randomUUID(), `部门${uniq()}`] }),
  },
  {
    table: "cms_department_member",
    seed: async (t) => {
      const d = await department(t);
      const { user } = await createUser(t, ["CMS_EDITOR"]);
      await owner.cmsDepartmentMember.create({ data: { tenantId: t, departmentId: d.id, userId: user.id } });
    },
    insert: async (t) => {
      const d = await department(t);
      const { user } = await createUser(t, ["CMS_EDITOR"]);
      return { text: `INSERT INTO cms_department_member (tenant_id, department_id, user_id) VALUES ($1, $2, $3)`, values: [t, d.id, user.id] };
    },
  },
  {
    table: "cms_channel",
    seed: async (t) => void (await channel(t)),
    insert: async (t) => ({ text: `INSERT INTO cms_channel (tenant_id, id, site_id, name, slug, updated_at) VALUES ($1, $2, $3, '栏目', $4, now())`, values: [t, randomUUID(), (await site(t)).id, `c-${uniq()}`] }),
  },
  {
    table: "cms_channel_acl",
    seed: async (t) => void (await owner.cmsChannelAcl.create({ data: { tenantId: t, channelId: (await channel(t)).id, subjectKind: "ROLE", subjectId: "CMS_EDITOR", canEdit: true } })),
    insert: async (t) => ({ text: `INSERT INTO cms_channel_acl (tenant_id, id, channel_id, subject_kind, subject_id) VALUES ($1, $2, $3, 'ROLE', 'CMS_REVIEWER')`, values: [t, randomUUID(), (await channel(t)).id] }),
  },
  {
    table: "cms_article",
    seed: async (t) => void (await article(t)),
    insert: async (t) => ({ text: `INSERT INTO cms_article (tenant_id, id, channel_id, title, body, updated_at) VALUES ($1, $2, $3, '标题', '<p>x</p>', now())`, values: [t, randomUUID(), (await channel(t)).id] }),
  },
  {
    table: "cms_asset",
    seed: async (t) => {
      const content = Buffer.from("%PDF-1.4 x");
      await owner.cmsAsset.create({ data: { tenantId: t, articleId: (await article(t)).id, kind: "ATTACHMENT", fileName: "附件.pdf", mime: "application/pdf", size: content.length, sha256: "0".repeat(64), content } });
    },
    insert: async (t) => ({
      text: `INSERT INTO cms_asset (tenant_id, id, article_id, kind, file_name, mime, size, sha256, content) VALUES ($1, $2, $3, 'ATTACHMENT', 'a.pdf', 'application/pdf', 3, $4, '\\x414243')`,
      values: [t, randomUUID(), (await article(t)).id, "0".repeat(64)],
    }),
  },
  {
    table: "cms_article_version",
    seed: async (t) => void (await owner.cmsArticleVersion.create({ data: { tenantId: t, articleId: (await article(t)).id, version: 1, title: "标题", body: "<p>x</p>" } })),
    insert: async (t) => ({ text: `INSERT INTO cms_article_version (tenant_id, id, article_id, version, title, body) VALUES ($1, $2, $3, 1, '标题', 'x')`, values: [t, randomUUID(), (await article(t)).id] }),
  },
  {
    table: "cms_article_event",
    seed: async (t) => void (await owner.cmsArticleEvent.create({ data: { tenantId: t, articleId: (await article(t)).id, action: "submit", fromState: "DRAFT", toState: "PENDING_REVIEW" } })),
    insert: async (t) => ({ text: `INSERT INTO cms_article_event (tenant_id, id, article_id, action, from_state, to_state) VALUES ($1, $2, $3, 'submit', 'DRAFT', 'PENDING_REVIEW')`, values: [t, randomUUID(), (await article(t)).id] }),
  },
  {
    table: "cms_article_link",
    seed: async (t) => void (await owner.cmsArticleLink.create({ data: { tenantId: t, articleId: (await article(t)).id, channelId: (await channel(t)).id, kind: "REFERENCE" } })),
    insert: async (t) => ({ text: `INSERT INTO cms_article_link (tenant_id, id, article_id, channel_id, kind) VALUES ($1, $2, $3, $4, 'MAPPING')`, values: [t, randomUUID(), (await article(t)).id, (await channel(t)).id] }),
  },
  {
    table: "cms_publish_job",
    seed: async (t) => void (await owner.cmsPublishJob.create({ data: { tenantId: t, siteId: (await site(t)).id, kind: "FULL", state: "DONE" } })),
    insert: async (t) => ({ text: `INSERT INTO cms_publish_job (tenant_id, id, site_id, kind, state) VALUES ($1, $2, $3, 'FULL', 'DONE')`, values: [t, randomUUID(), (await site(t)).id] }),
  },
  {
    table: "cms_published_file",
    seed: async (t) => void (await owner.cmsPublishedFile.create({ data: { tenantId: t, path: `p-${uniq()}.html`, hash: "h", size: 1 } })),
    insert: async (t) => ({ text: `INSERT INTO cms_published_file (tenant_id, path, hash, size) VALUES ($1, $2, 'h', 1)`, values: [t, `p-${uniq()}.html`] }),
  },
  {
    table: "cms_submission",
    seed: async (t) => void (await owner.cmsSubmission.create({ data: { tenantId: t, sourceTenantId: t, sourceTenantName: "县区", sourceArticleId: randomUUID(), title: "呈送", body: "x" } })),
    insert: async (t) => ({ text: `INSERT INTO cms_submission (tenant_id, id, source_tenant_id, source_tenant_name, source_article_id, title, body) VALUES ($1, $2, $1, '县区', $3, '呈送', 'x')`, values: [t, randomUUID(), randomUUID()] }),
  },
  {
    table: "cms_sensitive_word",
    seed: async (t) => void (await owner.cmsSensitiveWord.create({ data: { tenantId: t, word: `词${uniq()}` } })),
    insert: async (t) => ({ text: `INSERT INTO cms_sensitive_word (tenant_id, id, word) VALUES ($1, $2, $3)`, values: [t, randomUUID(), `词${uniq()}`] }),
  },
  {
    table: "cms_check_scan",
    seed: async (t) => void (await owner.cmsCheckScan.create({ data: { tenantId: t, siteId: (await site(t)).id, state: "DONE" } })),
    insert: async (t) => ({ text: `INSERT INTO cms_check_scan (tenant_id, id, site_id) VALUES ($1, $2, $3)`, values: [t, randomUUID(), (await site(t)).id] }),
  },
  {
    table: "cms_check_finding",
    seed: async (t) => {
      const scan = await owner.cmsCheckScan.create({ data: { tenantId: t, siteId: (await site(t)).id, state: "DONE" } });
      await owner.cmsCheckFinding.create({ data: { tenantId: t, scanId: scan.id, channelId: (await channel(t)).id, kind: "STALE_CHANNEL" } });
    },
    insert: async (t) => {
      const scan = await owner.cmsCheckScan.create({ data: { tenantId: t, siteId: (await site(t)).id, state: "DONE" } });
      return { text: `INSERT INTO cms_check_finding (tenant_id, id, scan_id, channel_id, kind) VALUES ($1, $2, $3, $4, 'BROKEN_LINK')`, values: [t, randomUUID(), scan.id, (await channel(t)).id] };
    },
  },
  {
    table: "cms_import_job",
    seed: async (t) => void (await owner.cmsImportJob.create({ data: { tenantId: t, format: "CSV", state: "DONE" } })),
    insert: async (t) => ({ text: `INSERT INTO cms_import_job (tenant_id, id, format) VALUES ($1, $2, 'JSON')`, values: [t, randomUUID()] }),
  },
);
