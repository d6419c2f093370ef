import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createOpenCircle, createPostRow, plainMember, TINY_PNG } from "./circles.fixtures";

export default defineTenantCases(
  {
    table: "circle",
    seed: async (tenantId) => {
      await createOpenCircle(tenantId);
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO circle (tenant_id, id, kind, name, updated_at) VALUES ($1, $2, 'OPEN', $3, now())`,
      values: [tenantId, randomUUID(), `插入圈子${randomUUID().slice(0, 8)}`],
    }),
  },
  {
    table: "circle_member",
    seed: async (tenantId) => {
      const c = await createOpenCircle(tenantId);
      await owner.circleMember.create({ data: { tenantId, circleId: c.id, memberId: await plainMember(tenantId) } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO circle_member (tenant_id, circle_id, member_id) VALUES ($1, $2, $3)`,
      values: [tenantId, (await createOpenCircle(tenantId)).id, await plainMember(tenantId)],
    }),
  },
  {
    table: "circle_post",
    seed: async (tenantId) => {
      await createPostRow(tenantId);
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO circle_post (tenant_id, id, circle_id, author_id, text, updated_at) VALUES ($1, $2, $3, $4, '插入的帖子', now())`,
      values: [tenantId, randomUUID(), (await createOpenCircle(tenantId)).id, await plainMember(tenantId)],
    }),
  },
  {
    table: "circle_post_image",
    seed: async (tenantId) => {
      const p = await createPostRow(tenantId);
      await owner.circlePostImage.create({ data: { tenantId, postId: p.id, uploaderId: p.authorId, mime: "image/png", size: TINY_PNG.length, content: new Uint8Array(TINY_PNG) } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO circle_post_image (tenant_id, id, uploader_id, mime, size, content) VALUES ($1, $2, $3, 'image/png', $4, $5)`,
      values: [tenantId, randomUUID(), await plainMember(tenantId), TINY_PNG.length, TINY_PNG],
    }),
  },
  {
    table: "circle_comment",
    seed: async (tenantId) => {
      const p = await createPostRow(tenantId);
      await owner.circleComment.create({ data: { tenantId, postId: p.id, authorId: p.authorId, text: "评论" } });
    },
    insert: async (tenantId) => {
      const p = await createPostRow(tenantId);
      return { text: `INSERT INTO circle_comment (tenant_id, id, post_id, author_id, text) VALUES ($1, $2, $3, $4, '插入评论')`, values: [tenantId, randomUUID(), p.id, p.authorId] };
    },
  },
  {
    table: "circle_like",
    seed: async (tenantId) => {
      const p = await createPostRow(tenantId);
      await owner.circleLike.create({ data: { tenantId, postId: p.id, memberId: p.authorId } });
    },
    insert: async (tenantId) => {
      const p = await createPostRow(tenantId);
      return { text: `INSERT INTO circle_like (tenant_id, post_id, member_id) VALUES ($1, $2, $3)`, values: [tenantId, p.id, p.authorId] };
    },
  },
  {
    table: "circle_report",
    seed: async (tenantId) => {
      const p = await createPostRow(tenantId);
      await owner.circleReport.create({ data: { tenantId, postId: p.id, reporterId: p.authorId, category: "ABUSE" } });
    },
    insert: async (tenantId) => {
      const p = await createPostRow(tenantId);
      return { text: `INSERT INTO circle_report (tenant_id, id, post_id, reporter_id, category) VALUES ($1, $2, $3, $4, 'OTHER')`, values: [tenantId, randomUUID(), p.id, p.authorId] };
    },
  },
  {
    table: "circle_ban",
    seed: async (tenantId) => {
      const c = await createOpenCircle(tenantId);
      await owner.circleBan.create({ data: { tenantId, circleId: c.id, memberId: await plainMember(tenantId), days: 3, reason: "违规", until: new Date(Date.now() + 3 * 86_400_000), createdBy: randomUUID() } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO circle_ban (tenant_id, id, circle_id, member_id, days, reason, until, created_by) VALUES ($1, $2, $3, $4, 1, '违规', now() + interval '1 day', $2)`,
      values: [tenantId, randomUUID(), (await createOpenCircle(tenantId)).id, await plainMember(tenantId)],
    }),
  },
  {
    table: "circle_moderation",
    seed: async (tenantId) => {
      const p = await createPostRow(tenantId);
      await owner.circleModeration.create({ data: { tenantId, circleId: p.circleId, postId: p.id, action: "HIDE", reason: "违规", actorId: randomUUID(), actorName: "管理员" } });
    },
    insert: async (tenantId) => {
      const p = await createPostRow(tenantId);
      return {
        text: `INSERT INTO circle_moderation (tenant_id, id, circle_id, post_id, action, reason, actor_id, actor_name) VALUES ($1, $2, $3, $4, 'PIN', '优质', $2, '管理员')`,
        values: [tenantId, randomUUID(), p.circleId, p.id],
      };
    },
  },
);
