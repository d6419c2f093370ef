import { gql, login } from "../client";
import { runLoad, summarise } from "../load";
import { ms, type Row } from "../report";
import { spaDocument } from "./proposals";

const WORKBENCH = `{ me { displayName activeTenant { name } memberships { tenant { name } } } }`;
const SESSIONS = `{ mySessions { id current } }`;
// The portal's own documents for a new proposal (草稿 → 提交).
const CREATE = spaDocument("apps/portal/src/modules/proposals/graphql/proposals.ts", "CreateMyProposal");
const SUBMIT = spaDocument("apps/portal/src/modules/proposals/graphql/proposals.ts", "SubmitMyProposal");

/** Every member logs in, opens the workbench and submits a proposal within minutes (全会高峰). */
export async function runPlenary(o: { base: string; members: string[]; password: string; label: string; sessionId: string }): Promise<Row[]> {
  const steps: Record<string, number[]> = { login: [], workbench: [], sessions: [], submit: [] };
  // Why members failed, by kind (a failing row must say why).
  const kinds = new Map<string, number>();
  const fail = (step: string, r: Awaited<ReturnType<typeof gql>>) => {
    const e = (r.body.errors?.[0] ?? {}) as { message?: string; extensions?: { code?: string } };
    const key = `${step} ${e.extensions?.code ?? "?"}: ${e.message ?? ""}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
    return false;
  };
  const flow = await runLoad({
    connections: 100,
    maxRequests: o.members.length,
    request: async (i) => {
      let t = performance.now();
      const cookie = await login(o.base, o.members[i]!, o.password).catch((e: Error) => {
        const key = `login ${/"code":"(\w+)"/.exec(e.message)?.[1] ?? "?"}: ${/"message":"([^"]*)"/.exec(e.message)?.[1] ?? e.message.slice(0, 80)}`;
        kinds.set(key, (kinds.get(key) ?? 0) + 1);
        throw e;
      });
      steps.login!.push(performance.now() - t);
      t = performance.now();
      const w = await gql(o.base, WORKBENCH, undefined, cookie);
      steps.workbench!.push(performance.now() - t);
      t = performance.now();
      const s = await gql(o.base, SESSIONS, undefined, cookie);
      steps.sessions!.push(performance.now() - t);
      t = performance.now();
      const c = await gql(o.base, CREATE, { input: { sessionId: o.sessionId, title: `关于全会期间${o.label}第${i}号的建议`, content: "<p>建议内容。</p>" } }, cookie);
      const sub = c.ok ? await gql(o.base, SUBMIT, { input: { id: c.body.data.createProposal.id, version: c.body.data.createProposal.version } }, cookie) : c;
      steps.submit!.push(performance.now() - t);
      if (!w.ok) return fail("workbench", w);
      if (!s.ok) return fail("sessions", s);
      if (!sub.ok) return fail("submit", sub);
    },
  });
  const rows: Row[] = [
    {
      name: `${o.label}：整体`,
      measured: `${flow.requests} 人完成，用时 ${flow.seconds.toFixed(1)} s（${flow.rps.toFixed(1)} 人/s）· errors ${flow.errors}${kinds.size ? `（${[...kinds].map(([k, n]) => `${n} × ${k}`).join("；")}）` : ""}`,
      target: "0 errors",
      ok: flow.errors === 0,
    },
  ];
  for (const [name, lat] of Object.entries(steps)) {
    const r = summarise(lat, 0, flow.seconds);
    rows.push({ name: `${o.label}：${name}`, measured: `p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)}` });
  }
  return rows;
}
