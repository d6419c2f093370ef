import { z } from "zod";
import { MEETING_SPEECH_STATUSES } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import { ownMemberId } from "../meetings.policy";
import { presentSpeeches, speechInclude } from "../speeches.presenter";
import type { MeetingSpeechListArgs, MeetingSpeechPage, MeetingSpeechType } from "../speeches.types";

const statuses = z.array(z.enum(MEETING_SPEECH_STATUSES)).max(5).nullish();

/** 大会发言 (staff): by item and status, oldest submission first (the review queue order). */
export async function listMeetingSpeeches(ctx: Context, args: MeetingSpeechListArgs): Promise<MeetingSpeechPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const st = parseInput(statuses, args.statuses);
  const where = {
    tenantId,
    ...(args.meetingId ? { meetingId: parseId(args.meetingId, "会议活动") } : {}),
    ...(st?.length ? { status: { in: st } } : {}),
  };
  return ctx.uow(async ({ db }) => {
    const rows = await db.meetingSpeech.findMany({ where, include: speechInclude, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], skip, take });
    const total = await db.meetingSpeech.count({ where });
    return { items: await presentSpeeches(db, tenantId, rows), total };
  });
}

/** The member's own speeches, newest first. */
export async function listMySpeeches(ctx: Context, meetingId: string | null): Promise<MeetingSpeechType[]> {
  const tenantId = ctx.tenantId;
  const mid = meetingId ? parseId(meetingId, "会议活动") : null;
  return ctx.uow(async ({ db }) => {
    const memberId = await ownMemberId(db, tenantId, ctx.viewer!);
    const rows = await db.meetingSpeech.findMany({
      where: { tenantId, memberId, ...(mid ? { meetingId: mid } : {}) },
      include: speechInclude,
      orderBy: { submittedAt: "desc" },
      take: 200,
    });
    return presentSpeeches(db, tenantId, rows);
  });
}
