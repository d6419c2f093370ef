import { describe, expect, it } from "vitest";
import { attendanceEventKind, type MeetingAttendance, type MeetingCategory } from "@zhzx/shared";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createRandom } from "../../seed/random";
import { seedMeetings } from "../../seed/seed-meetings";
import { createDicts, createMember, createSession } from "../members/members.fixtures";
import { sniffImage } from "./file-types";

const TODAY = new Date("2026-11-24T10:00:00+08:00");

/** A committee shaped like the member seed's (current session, 常委 and 委员, sectors, committees), then the meetings seed. */
async function seeded(seed = 7) {
  const t = await createTenant({ name: "云州区政协" });
  const dicts = await createDicts(t.id);
  await createSession(t.id, { number: 14 });
  const session = await createSession(t.id, { number: 15, isCurrent: true });
  for (let i = 0; i < 40; i++) {
    await createMember(t.id, dicts, { name: `委员${i}`, terms: [{ sessionId: session.id, sector: i % 3, party: i % 3, memberType: i % 5 === 0 ? 0 : 1, committee: i % 4 === 3 ? null : i % 2 }] });
  }
  const staff = (await createUser(t.id, ["MEETING_AFFAIRS"])).viewer;
  const started = Date.now();
  await seedMeetings(owner, createRandom(seed), [{ ...t, level: "CITY" }], { today: TODAY });
  return { t, staff, session, ms: Date.now() - started };
}

describe("会议活动演示数据", () => {
  it("seeds a year of items whose statistics add up, with one live performance event per final state", async () => {
    const { t, staff, ms } = await seeded();
    expect(ms).toBeLessThan(15_000);
    expect(await owner.meetingKind.count({ where: { tenantId: t.id } })).toBe(14);
    const meetings = await owner.meeting.findMany({ where: { tenantId: t.id } });
    const byStatus = (s: string) => meetings.filter((m) => m.status === s);
    expect(byStatus("FINISHED").length).toBeGreaterThanOrEqual(20);
    expect(byStatus("CANCELLED")).toHaveLength(1);
    expect(byStatus("DRAFT")).toHaveLength(1);
    expect(byStatus("PUBLISHED").length).toBe(4);
    expect(byStatus("FINISHED").every((m) => m.endsAt < TODAY && m.startsAt > new Date(TODAY.getTime() - 366 * 86_400_000))).toBe(true);
    expect(byStatus("PUBLISHED").every((m) => m.endsAt > TODAY)).toBe(true);

    // Every finished invitation has a final state, and exactly its event; nothing else counts.
    const finished = new Map(byStatus("FINISHED").map((m) => [m.id, m.category as MeetingCategory]));
    const invitations = await owner.meetingInvitation.findMany({ where: { tenantId: t.id } });
    const done = invitations.filter((i) => finished.has(i.meetingId));
    expect(done.every((i) => i.attendance !== null)).toBe(true);
    expect(invitations.filter((i) => !finished.has(i.meetingId)).every((i) => i.attendance === null)).toBe(true);
    const events = await owner.performanceEvent.findMany({ where: { tenantId: t.id, sourceType: "Meeting", revokedAt: null } });
    expect(events.map((e) => `${e.sourceId}/${e.memberId}/${e.kind}`).sort()).toEqual(
      done.map((i) => `${i.meetingId}/${i.memberId}/${attendanceEventKind(finished.get(i.meetingId)!, i.attendance as MeetingAttendance)}`).sort(),
    );
    expect(done.filter((i) => i.attendance === "LEAVE").every((i) => i.leaveStatus === "APPROVED" && i.leaveReason)).toBe(true);

    // The statistics the screens show, against the rows themselves.
    const s = (await execAs(staff, `{ meetingStatistics { total { meetings invited attended leave absent undecided attendanceRate } byKind { label meetings invited } } }`)).data.meetingStatistics;
    const count = (a: string) => done.filter((i) => i.attendance === a).length;
    const published = invitations.filter((i) => !finished.has(i.meetingId) && meetings.find((m) => m.id === i.meetingId)!.status === "PUBLISHED");
    expect(s.total).toEqual({
      meetings: byStatus("FINISHED").length + byStatus("PUBLISHED").length,
      invited: done.length + published.length,
      attended: count("ATTENDED"),
      leave: count("LEAVE"),
      absent: count("ABSENT"),
      undecided: published.length,
      attendanceRate: Math.round((count("ATTENDED") * 10000) / done.length) / 100,
    });
    // Realistic: most attend, some on leave, a few absent.
    expect(s.total.attendanceRate).toBeGreaterThan(75);
    expect(s.total.attendanceRate).toBeLessThan(97);
    expect(count("LEAVE")).toBeGreaterThan(count("ABSENT") / 2);
    expect(s.byKind.find((k: any) => k.label === "全会")).toEqual({ label: "全会", meetings: 1, invited: 40 });
    expect(s.byKind.find((k: any) => k.label === "常委会").meetings).toBe(7);
    expect(s.byKind.reduce((n: number, k: any) => n + k.invited, 0)).toBe(s.total.invited);
  });

  it("adds speeches with their events, photo stories with real PNG images, and is the same for the same seed and day", async () => {
    const a = await seeded(11);
    const delivered = await owner.meetingSpeech.findMany({ where: { tenantId: a.t.id, status: "DELIVERED" } });
    expect(delivered).toHaveLength(5);
    const speechEvents = await owner.performanceEvent.findMany({ where: { tenantId: a.t.id, kind: "SPEECH_DELIVERED" } });
    expect(speechEvents.map((e) => e.sourceId).sort()).toEqual(delivered.map((d) => d.id).sort());
    expect(await owner.meetingSpeech.count({ where: { tenantId: a.t.id, status: "SUBMITTED" } })).toBe(2);

    const stories = await owner.photoStory.findMany({ where: { tenantId: a.t.id }, include: { images: true } });
    expect(stories).toHaveLength(3);
    for (const st of stories) {
      expect(st.status).toBe("PUBLISHED");
      expect(st.images).toHaveLength(2);
      for (const img of st.images) expect(sniffImage(Buffer.from(img.content))?.mime).toBe("image/png");
    }

    const b = await seeded(11);
    const shape = async (tenantId: string) =>
      (await owner.meeting.findMany({ where: { tenantId }, orderBy: [{ startsAt: "asc" }, { title: "asc" }], include: { invitations: { select: { attendance: true } } } })).map((m) => [
        m.title, m.startsAt.toISOString(), m.status, m.invitations.length, m.invitations.filter((i) => i.attendance === "ATTENDED").length,
      ]);
    expect(await shape(b.t.id)).toEqual(await shape(a.t.id));
  });
});
