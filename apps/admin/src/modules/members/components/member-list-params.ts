import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { GENDERS, MEMBER_SORT_FIELDS, SORT_DIRECTIONS, type Gender, type MemberSortField, type SortDirection } from "@zhzx/shared";
import type { MemberFilter, MemberSort } from "../../../gql/graphql";

export const PAGE_SIZES = [10, 20, 50, 100];

/** `session`: an id, "all" (every session), or null = the current session (the default). */
export interface MemberListState {
  session: string | null;
  sectorIds: string[];
  partyIds: string[];
  specialCommitteeIds: string[];
  memberTypeIds: string[];
  ethnicGroupIds: string[];
  educationIds: string[];
  gender?: Gender;
  name: string;
  workUnit: string;
  nativePlace: string;
  sort?: { field: MemberSortField; direction: SortDirection };
  page: number;
  pageSize: number;
}

export type MemberFilterValues = Omit<MemberListState, "sort" | "page" | "pageSize">;

export const ALL_SESSIONS = "all";

/** Address key ↔ list field, for the id lists. */
const LIST_KEYS = {
  sector: "sectorIds",
  party: "partyIds",
  committee: "specialCommitteeIds",
  type: "memberTypeIds",
  ethnic: "ethnicGroupIds",
  edu: "educationIds",
} as const;

export function parseListParams(params: URLSearchParams): MemberListState {
  const list = (key: string) => (params.get(key) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const pageSize = Number(params.get("pageSize"));
  const gender = params.get("gender") as Gender | null;
  const [field, direction] = (params.get("sort") ?? "").split(".") as [MemberSortField, SortDirection];
  const state: MemberListState = {
    session: params.get("session"),
    sectorIds: [],
    partyIds: [],
    specialCommitteeIds: [],
    memberTypeIds: [],
    ethnicGroupIds: [],
    educationIds: [],
    gender: gender && GENDERS.includes(gender) ? gender : undefined,
    name: params.get("name") ?? "",
    workUnit: params.get("unit") ?? "",
    nativePlace: params.get("place") ?? "",
    sort: MEMBER_SORT_FIELDS.includes(field) && SORT_DIRECTIONS.includes(direction) ? { field, direction } : undefined,
    page: Math.max(1, Number(params.get("page")) || 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
  for (const [key, prop] of Object.entries(LIST_KEYS)) state[prop] = list(key);
  return state;
}

export function toListParams(s: MemberListState): URLSearchParams {
  const out = new URLSearchParams();
  if (s.session) out.set("session", s.session);
  for (const [key, prop] of Object.entries(LIST_KEYS)) if (s[prop].length) out.set(key, s[prop].join(","));
  if (s.gender) out.set("gender", s.gender);
  if (s.name) out.set("name", s.name);
  if (s.workUnit) out.set("unit", s.workUnit);
  if (s.nativePlace) out.set("place", s.nativePlace);
  if (s.sort) out.set("sort", `${s.sort.field}.${s.sort.direction}`);
  if (s.page > 1) out.set("page", String(s.page));
  if (s.pageSize !== 20) out.set("pageSize", String(s.pageSize));
  return out;
}

/** The session the list is about: the chosen one, none for "all", else the current one. */
export function effectiveSessionId(s: Pick<MemberListState, "session">, currentSessionId: string | null): string | null {
  if (s.session === ALL_SESSIONS) return null;
  return s.session ?? currentSessionId;
}

export function toMemberFilter(s: MemberListState, currentSessionId: string | null): MemberFilter {
  const some = (xs: string[]) => (xs.length ? xs : undefined);
  return {
    sessionId: effectiveSessionId(s, currentSessionId) ?? undefined,
    sectorIds: some(s.sectorIds),
    partyIds: some(s.partyIds),
    specialCommitteeIds: some(s.specialCommitteeIds),
    memberTypeIds: some(s.memberTypeIds),
    ethnicGroupIds: some(s.ethnicGroupIds),
    educationIds: some(s.educationIds),
    gender: s.gender,
    name: s.name.trim() || undefined,
    workUnit: s.workUnit.trim() || undefined,
    nativePlace: s.nativePlace.trim() || undefined,
  };
}

export const toMemberSort = (s: MemberListState): MemberSort | undefined => s.sort;

/** Whether anything narrows the list beyond the session (for the empty-state wording). */
export function hasNarrowingFilter(s: MemberListState) {
  return !!(s.name || s.workUnit || s.nativePlace || s.gender || Object.values(LIST_KEYS).some((k) => s[k].length));
}

/**
 * The list's filters, sort and page mirrored into the address, so a reload or a shared link shows the
 * same list. React state stays the source of truth (quick successive changes must not undo each other).
 */
export function useMemberListParams() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => parseListParams(params));
  useEffect(() => {
    const next = toListParams(state);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [state, params, setParams]);
  const update = (next: Partial<MemberListState>) => setState((prev) => ({ ...prev, ...next }));
  return { state, update };
}
