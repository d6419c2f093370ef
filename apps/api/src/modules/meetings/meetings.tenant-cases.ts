import { randomUUID } from "node:crypto";
import { defineTenantCases } from "../../../test/support/tenant-matrix";
import { owner } from "../../../test/support/db";
import { createSession } from "../members/members.fixtures";
import { createKind, createMeetingRow, meetingWithMember, TINY_PNG } from "./meetings.fixtures";

const uniq = () => randomUUID().slice(0, 8);

async function storyIn(tenantId: string) {
  return owner.photoStory.create({ data: { tenantId, title: "履职风采", body: "正文" } });
}

export default defineTenantCases(
  {
    table: "meeting_kind",
    seed: async (tenantId) => {
      await createKind(tenantId);
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO meeting_kind (tenant_id, id, category, name, updated_at) VALUES ($1, $2, 'ACTIVITY', $3, now())`,
      values: [tenantId, randomUUID(), `视察${uniq()}`],
    }),
  },
  {
    table: "meeting",
    seed: async (tenantId) => {
      await createMeetingRow(tenantId);
    },
    insert: async (tenantId) => {
      const session = await createSession(tenantId);
      const kind = await createKind(tenantId);
      return {
        text: `INSERT INTO meeting (tenant_id, id, category, kind_id, session_id, title, starts_at, ends_at, place, invite_rules, updated_at)
               VALUES ($1, $2, 'MEETING', $3, $4, '插入会议', now(), now(), '会议室', '{}', now())`,
        values: [tenantId, randomUUID(), kind.id, session.id],
      };
    },
  },
  {
    table: "meeting_invitation",
    seed: async (tenantId) => {
      const { memberId, meeting } = await meetingWithMember(tenantId);
      await owner.meetingInvitation.create({ data: { tenantId, meetingId: meeting.id, memberId } });
    },
    insert: async (tenantId) => {
      const { memberId, meeting } = await meetingWithMember(tenantId);
      return { text: `INSERT INTO meeting_invitation (tenant_id, meeting_id, member_id) VALUES ($1, $2, $3)`, values: [tenantId, meeting.id, memberId] };
    },
  },
  {
    table: "meeting_guest",
    seed: async (tenantId) => {
      const m = await createMeetingRow(tenantId);
      await owner.meetingGuest.create({ data: { tenantId, meetingId: m.id, name: "列席人员", unit: "市发改委" } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO meeting_guest (tenant_id, id, meeting_id, name) VALUES ($1, $2, $3, '列席')`,
      values: [tenantId, randomUUID(), (await createMeetingRow(tenantId)).id],
    }),
  },
  {
    table: "meeting_document",
    seed: async (tenantId) => {
      const m = await createMeetingRow(tenantId);
      await owner.meetingDocument.create({ data: { tenantId, meetingId: m.id, title: "会议议程", body: "一、…" } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO meeting_document (tenant_id, id, meeting_id, title, body, updated_at) VALUES ($1, $2, $3, '文件', '正文', now())`,
      values: [tenantId, randomUUID(), (await createMeetingRow(tenantId)).id],
    }),
  },
  {
    table: "meeting_notice",
    seed: async (tenantId) => {
      const { memberId, meeting } = await meetingWithMember(tenantId);
      await owner.meetingNotice.create({ data: { tenantId, meetingId: meeting.id, memberId, kind: "INVITED" } });
    },
    insert: async (tenantId) => {
      const { memberId, meeting } = await meetingWithMember(tenantId);
      return {
        text: `INSERT INTO meeting_notice (tenant_id, id, meeting_id, member_id, kind) VALUES ($1, $2, $3, $4, 'CHANGED')`,
        values: [tenantId, randomUUID(), meeting.id, memberId],
      };
    },
  },
  {
    table: "meeting_speech",
    seed: async (tenantId) => {
      const { memberId, meeting } = await meetingWithMember(tenantId);
      await owner.meetingSpeech.create({ data: { tenantId, meetingId: meeting.id, memberId, title: "发言", content: "内容" } });
    },
    insert: async (tenantId) => {
      const { memberId, meeting } = await meetingWithMember(tenantId);
      return {
        text: `INSERT INTO meeting_speech (tenant_id, id, meeting_id, member_id, title, content, updated_at) VALUES ($1, $2, $3, $4, '发言', '内容', now())`,
        values: [tenantId, randomUUID(), meeting.id, memberId],
      };
    },
  },
  {
    table: "photo_story",
    seed: async (tenantId) => {
      await storyIn(tenantId);
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO photo_story (tenant_id, id, title, body, updated_at) VALUES ($1, $2, '风采', '正文', now())`,
      values: [tenantId, randomUUID()],
    }),
  },
  {
    table: "photo_story_image",
    seed: async (tenantId) => {
      const s = await storyIn(tenantId);
      await owner.photoStoryImage.create({ data: { tenantId, storyId: s.id, mime: "image/png", size: TINY_PNG.length, content: new Uint8Array(TINY_PNG) } });
    },
    insert: async (tenantId) => ({
      text: `INSERT INTO photo_story_image (tenant_id, id, story_id, mime, size, content) VALUES ($1, $2, $3, 'image/png', $4, $5)`,
      values: [tenantId, randomUUID(), (await storyIn(tenantId)).id, TINY_PNG.length, TINY_PNG],
    }),
  },
);
