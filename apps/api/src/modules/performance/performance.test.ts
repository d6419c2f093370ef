import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { app, owner } from "../../../test/support/db";
import { createTenant } from "../../../test/support/factories";
import { runUnitOfWork } from "../../core/unit-of-work";
import { createDicts, createMember, createSession } from "../members/members.fixtures";
import { recordPerformanceEvent, revokePerformanceEvent } from "./use-cases/record-performance-event";

describe("performance events", () => {
  it("are idempotent per act, and a revocation keeps the row", async () => {
    const t = await createTenant();
    const dicts = await createDicts(t.id, randomUUID().slice(0, 8));
    const session = await createSession(t.id);
    const memberId = await createMember(t.id, dicts, { name: "王履职", terms: [{ sessionId: session.id }] });
    const meetingId = randomUUID();
    const act = { tenantId: t.id, memberId, kind: "MEETING_ATTENDED" as const, occurredAt: new Date(), sourceType: "Meeting", sourceId: meetingId };
    const work = (fn: Parameters<typeof runUnitOfWork>[3]) => runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: null, ip: null }, fn);
    await work(async ({ db }) => recordPerformanceEvent(db, act));
    await work(async ({ db }) => recordPerformanceEvent(db, act));
    expect(await owner.performanceEvent.count({ where: { tenantId: t.id, memberId } })).toBe(1);
    await work(async ({ db }) => revokePerformanceEvent(db, act));
    const row = await owner.performanceEvent.findFirstOrThrow({ where: { tenantId: t.id, memberId } });
    expect(row.revokedAt).not.toBeNull();
    await work(async ({ db }) => recordPerformanceEvent(db, act));
    expect((await owner.performanceEvent.findFirstOrThrow({ where: { tenantId: t.id, memberId } })).revokedAt).toBeNull();
  });

  it("cannot be recorded for another tenant's member", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const dicts = await createDicts(b.id, randomUUID().slice(0, 8));
    const session = await createSession(b.id);
    const memberOfB = await createMember(b.id, dicts, { name: "李他会", terms: [{ sessionId: session.id }] });
    await expect(
      runUnitOfWork(app, { tenantId: a.id, userId: null }, { tenantId: a.id, userId: null, username: null, ip: null }, ({ db }) =>
        recordPerformanceEvent(db, { tenantId: b.id, memberId: memberOfB, kind: "BONUS", occurredAt: new Date(), sourceType: "Test", sourceId: "x", points: 5 }),
      ),
    ).rejects.toThrow();
    expect(await owner.performanceEvent.count({ where: { tenantId: b.id } })).toBe(0);
  });
});
