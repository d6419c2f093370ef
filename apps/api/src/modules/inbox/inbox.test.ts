import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app, owner } from "../../../test/support/db";
import { createTenant, createUser, TEST_PASSWORD } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { Browser, startTestServer } from "../../../test/support/http";
import { runUnitOfWork } from "../../core/unit-of-work";
import { LoggingSmsChannel, deliverPendingSms } from "./sms-channel";
import { notifyRoles, notifyUsers } from "./use-cases/notify";
import { completeTodos, raiseTodo } from "./use-cases/todos";

const work = <T>(tenantId: string, fn: Parameters<typeof runUnitOfWork<T>>[3]) =>
  runUnitOfWork(app, { tenantId, userId: null }, { tenantId, userId: null, username: "test", ip: null }, fn);

describe("inbox: notifications", () => {
  it("a notice to 400 members is 400 deliveries from one statement in one transaction", async () => {
    const t = await createTenant();
    const users = await owner.user.createManyAndReturn({
      data: Array.from({ length: 400 }, (_, i) => ({ username: `fan-${t.code}-${i}`, displayName: `委员${i}`, passwordHash: "x" })),
    });
    await owner.tenantMembership.createMany({ data: users.map((u) => ({ tenantId: t.id, userId: u.id, roles: ["MEMBER" as const] })) });
    await createUser(t.id, ["STAFF"]);
    const n = await work(t.id, ({ db }) => notifyRoles(db, t.id, ["MEMBER"], { kind: "notice", title: "关于召开全会的通知" }));
    expect(n).toBe(400);
    expect(await owner.notification.count({ where: { tenantId: t.id, kind: "notice" } })).toBe(400);
  });

  it("lists only the viewer's own messages, counts unread, and marks read only their own", async () => {
    const t = await createTenant();
    const { user: a, viewer: va } = await createUser(t.id, ["MEMBER"]);
    const { user: b, viewer: vb } = await createUser(t.id, ["MEMBER"]);
    await work(t.id, async ({ db }) => {
      await notifyUsers(db, t.id, [a.id, a.id, b.id], { kind: "k", title: "一" });
      await notifyUsers(db, t.id, [a.id], { kind: "k", title: "二" });
    });
    const list = await execAs(va, `{ myNotifications { total unread items { id title } } }`);
    expect(list.data.myNotifications).toMatchObject({ total: 2, unread: 2 });
    const bIds = (await execAs(vb, `{ myNotifications { items { id } } }`)).data.myNotifications.items.map((i: { id: string }) => i.id);
    // a tries to mark b's message: nothing happens
    expect((await execAs(va, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: bIds })).data.markNotificationsRead).toBe(0);
    expect((await execAs(va, `mutation { markNotificationsRead }`)).data.markNotificationsRead).toBe(2);
    expect((await execAs(va, `{ inboxCounts { unreadNotifications } }`)).data.inboxCounts.unreadNotifications).toBe(0);
    expect((await execAs(vb, `{ inboxCounts { unreadNotifications } }`)).data.inboxCounts.unreadNotifications).toBe(1);
  });
});

describe("inbox: to-dos", () => {
  it("a queue to-do reaches everyone with the permission, once, and closes when the source moves on", async () => {
    const t = await createTenant();
    const { viewer: admin } = await createUser(t.id, ["SYSTEM_ADMIN"]);
    const { viewer: member } = await createUser(t.id, ["MEMBER"]);
    const raise = () =>
      work(t.id, ({ db }) => raiseTodo(db, { tenantId: t.id, assignee: { permission: "user:manage" }, kind: "review", title: "待审核", sourceType: "Thing", sourceId: "1" }));
    const first = await raise();
    expect(await raise()).toBe(first);
    const q = `{ myTodos { total items { title shared } } inboxCounts { openTodos } }`;
    expect((await execAs(admin, q)).data).toMatchObject({ myTodos: { total: 1, items: [{ title: "待审核", shared: true }] }, inboxCounts: { openTodos: 1 } });
    expect((await execAs(member, q)).data.myTodos.total).toBe(0);
    expect(await work(t.id, ({ db }) => completeTodos(db, { tenantId: t.id, sourceType: "Thing", sourceId: "1" }, admin.userId))).toBe(1);
    expect((await execAs(admin, q)).data.myTodos.total).toBe(0);
    expect((await execAs(admin, `{ myTodos(status: DONE) { total } }`)).data.myTodos.total).toBe(1);
  });
});

describe("inbox: real-time push over server-sent events", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function openStream(cookie: string) {
    const ctrl = new AbortController();
    const res = await fetch(`${server.url}/events`, { headers: { cookie }, signal: ctrl.signal });
    const reader = res.body!.getReader();
    const seen: string[] = [];
    let buffer = "";
    const pump = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += new TextDecoder().decode(value);
          for (const m of buffer.matchAll(/event: (\w+)/g)) seen.push(m[1]!);
          buffer = "";
        }
      } catch {}
    })();
    return { res, seen, close: () => (ctrl.abort(), pump) };
  }
  const waitFor = async (cond: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    return cond();
  };

  it("pushes a committed notification to its recipient only, and never a rolled-back one", async () => {
    const t = await createTenant();
    const { user: a } = await createUser(t.id, ["MEMBER"]);
    const { user: b } = await createUser(t.id, ["MEMBER"]);
    const ba = new Browser(server.url);
    const bb = new Browser(server.url);
    await ba.login(a.username, TEST_PASSWORD);
    await bb.login(b.username, TEST_PASSWORD);
    const sa = await openStream(ba.cookie!);
    const sb = await openStream(bb.cookie!);
    expect(sa.res.headers.get("content-type")).toMatch(/text\/event-stream/);

    await expect(
      work(t.id, async ({ db }) => {
        await notifyUsers(db, t.id, [a.id], { kind: "k", title: "将被回滚" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await new Promise((r) => setTimeout(r, 300));
    expect(sa.seen).toEqual([]);

    await work(t.id, ({ db }) => notifyUsers(db, t.id, [a.id], { kind: "k", title: "会议通知" }));
    expect(await waitFor(() => sa.seen.includes("inbox"))).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(sb.seen).toEqual([]);
    await sa.close();
    await sb.close();
  });

  it("refuses a stream without a session", async () => {
    const res = await fetch(`${server.url}/events`);
    expect(res.status).toBe(401);
  });
});

describe("inbox: SMS outbox", () => {
  it("sends each pending SMS exactly once", async () => {
    const t = await createTenant();
    const { user } = await createUser(t.id, ["MEMBER"]);
    await work(t.id, ({ db }) => notifyUsers(db, t.id, [user.id], { kind: "k", title: "请于明日 9:00 参会", sms: true }));
    const channel = new LoggingSmsChannel();
    expect(await deliverPendingSms(app, channel)).toBeGreaterThanOrEqual(1);
    expect(channel.sent.filter((s) => s.userId === user.id)).toEqual([{ userId: user.id, text: "请于明日 9:00 参会" }]);
    await deliverPendingSms(app, channel);
    expect(channel.sent.filter((s) => s.userId === user.id)).toHaveLength(1);
  });
});
