import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { CMS_ARTICLE_STATES } from "@zhzx/shared";
import type { CmsArticleState } from "../../../gql/graphql";

export const PAGE_SIZES = [10, 20, 50, 100];

export interface ArticleListParams {
  channelId?: string;
  /** "" = every state (the review screen otherwise starts on 待审核). */
  state?: CmsArticleState | "";
  title: string;
  includeLinked: boolean;
  page: number;
  pageSize: number;
}

function parse(params: URLSearchParams, defaultState?: CmsArticleState): ArticleListParams {
  const pageSize = Number(params.get("pageSize"));
  const state = params.get("state");
  return {
    channelId: params.get("channel") ?? undefined,
    state: state === "all" ? "" : CMS_ARTICLE_STATES.includes(state as CmsArticleState) ? (state as CmsArticleState) : defaultState,
    title: params.get("q") ?? "",
    includeLinked: params.get("linked") === "1",
    page: Math.max(1, Number(params.get("page")) || 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

function toParams(p: ArticleListParams, defaultState?: CmsArticleState) {
  const out = new URLSearchParams();
  if (p.channelId) out.set("channel", p.channelId);
  if (p.state !== defaultState) out.set("state", p.state || "all");
  if (p.title) out.set("q", p.title);
  if (p.includeLinked) out.set("linked", "1");
  if (p.page > 1) out.set("page", String(p.page));
  if (p.pageSize !== 20) out.set("pageSize", String(p.pageSize));
  return out;
}

/** The list's filters mirrored into the address (a reload or a shared link shows the same list). */
export function useArticleListParams(defaultState?: CmsArticleState) {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => parse(params, defaultState));
  useEffect(() => {
    const next = toParams(state, defaultState);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [state, params, setParams, defaultState]);
  const update = (next: Partial<ArticleListParams>) => setState((prev) => ({ ...prev, ...next }));
  return { ...state, update };
}
