import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { OPINION_ORIGINS, type OpinionOrigin, type OpinionState } from "@zhzx/shared";
import type { OpinionFilter } from "../../../gql/graphql";

export const PAGE_SIZES = [10, 20, 50, 100];

/** The queues staff work from; each is a state filter of the same list. */
export const QUEUES: { key: string; label: string; states: OpinionState[] }[] = [
  { key: "all", label: "全部", states: [] },
  { key: "first", label: "待一审", states: ["SUBMITTED"] },
  { key: "second", label: "待二审", states: ["FIRST_REVIEWED"] },
  { key: "adopted", label: "已采用待编辑", states: ["SECOND_REVIEWED"] },
  { key: "edited", label: "已编入刊物", states: ["EDITED"] },
  { key: "published", label: "已刊发", states: ["PUBLISHED"] },
  { key: "returned", label: "已退回", states: ["RETURNED"] },
  { key: "discarded", label: "已转弃", states: ["DISCARDED"] },
];

export interface OpinionListState {
  queue: string;
  search: string;
  origin?: OpinionOrigin;
  sessionId?: string;
  from?: string;
  to?: string;
  instructed?: boolean;
  page: number;
  pageSize: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseParams(p: URLSearchParams): OpinionListState {
  const origin = p.get("origin") as OpinionOrigin | null;
  const pageSize = Number(p.get("pageSize"));
  const instructed = p.get("instructed");
  const queue = p.get("queue") ?? "all";
  return {
    queue: QUEUES.some((q) => q.key === queue) ? queue : "all",
    search: p.get("q") ?? "",
    origin: origin && OPINION_ORIGINS.includes(origin) ? origin : undefined,
    sessionId: p.get("session") ?? undefined,
    from: DAY.test(p.get("from") ?? "") ? p.get("from")! : undefined,
    to: DAY.test(p.get("to") ?? "") ? p.get("to")! : undefined,
    instructed: instructed === "1" ? true : instructed === "0" ? false : undefined,
    page: Math.max(1, Number(p.get("page")) || 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

export function toParams(s: OpinionListState, openId: string | null): URLSearchParams {
  const out = new URLSearchParams();
  if (s.queue !== "all") out.set("queue", s.queue);
  if (s.search) out.set("q", s.search);
  if (s.origin) out.set("origin", s.origin);
  if (s.sessionId) out.set("session", s.sessionId);
  if (s.from) out.set("from", s.from);
  if (s.to) out.set("to", s.to);
  if (s.instructed !== undefined) out.set("instructed", s.instructed ? "1" : "0");
  if (s.page > 1) out.set("page", String(s.page));
  if (s.pageSize !== 20) out.set("pageSize", String(s.pageSize));
  if (openId) out.set("id", openId);
  return out;
}

export function toFilter(s: OpinionListState): OpinionFilter {
  const states = QUEUES.find((q) => q.key === s.queue)?.states ?? [];
  return {
    states: states.length ? states : undefined,
    origin: s.origin,
    search: s.search.trim() || undefined,
    sessionId: s.sessionId,
    from: s.from,
    to: s.to,
    instructed: s.instructed,
  };
}

export const hasNarrowingFilter = (s: OpinionListState) => !!(s.search || s.origin || s.sessionId || s.from || s.to || s.instructed !== undefined);

/**
 * Filters, page and the open item mirrored into the address (a reload or a link from the to-do inbox,
 * `/admin/opinions?id=…`, shows the same thing); React state stays the source of truth.
 */
export function useOpinionListParams() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => parseParams(params));
  const [openId, setOpenId] = useState<string | null>(() => params.get("id"));
  useEffect(() => {
    const next = toParams(state, openId);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [state, openId, params, setParams]);
  const update = (next: Partial<OpinionListState>) => setState((prev) => ({ ...prev, ...next }));
  return { state, update, openId, setOpenId };
}
