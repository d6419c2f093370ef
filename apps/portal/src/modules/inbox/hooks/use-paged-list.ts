import { useCallback, useEffect, useRef } from "react";
import { useQuery } from "@apollo/client/react";
import type { TypedDocumentNode } from "@apollo/client";
import { onInboxChanged } from "../live/inbox-signal";

const PAGE_SIZE = 20;
/** The server's largest page: a refresh reloads at most this many of the already loaded rows. */
const MAX_PAGE_SIZE = 200;

interface PageOf {
  items: { id: string }[];
  total: number;
}

/**
 * An inbox list read page by page (`page`/`pageSize` on the server) and shown as one growing list.
 *
 * - More: the next page is appended; rows already shown are skipped (new ones arriving at the top
 *   push older rows onto the next page, so pages may overlap but never leave a gap).
 * - Refresh (pull-down, or a live signal): everything loaded so far is reloaded in one request, so the
 *   list keeps its length and scroll position while read states, new arrivals and done items update.
 */
export function usePagedList<TData extends { [K in TField]: PageOf }, TField extends string>(
  query: TypedDocumentNode<TData, any>,
  field: TField,
  variables: Record<string, unknown>,
) {
  const result = useQuery(query, {
    variables: { ...variables, page: 1, pageSize: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  // A refresh asks for a longer first page (other variables): until it answers, the rows on screen stay.
  const data = result.data ?? result.previousData;
  const page = data?.[field];
  const loaded = useRef(0);
  loaded.current = page?.items.length ?? 0;
  const stalled = useRef(false);
  const { refetch, fetchMore } = result;

  const refresh = useCallback(async () => {
    await refetch({ page: 1, pageSize: Math.min(MAX_PAGE_SIZE, Math.max(PAGE_SIZE, loaded.current)) });
  }, [refetch]);

  const loadMore = useCallback(async () => {
    const before = loaded.current;
    let added = 0;
    await fetchMore({
      variables: { page: Math.floor(before / PAGE_SIZE) + 1, pageSize: PAGE_SIZE },
      updateQuery: (prev, { fetchMoreResult }) => {
        const old = prev[field];
        const next = fetchMoreResult[field];
        const seen = new Set(old.items.map((i) => i.id));
        const fresh = next.items.filter((i) => !seen.has(i.id));
        added = fresh.length;
        return { ...prev, [field]: { ...next, items: [...old.items, ...fresh] } } as typeof prev;
      },
    });
    if (added > 0) {
      stalled.current = false;
      return;
    }
    // Many arrivals since the last refresh shifted a whole page: reload once instead of asking again;
    // if even that does not help, the scroller shows 加载失败 · 重新加载 rather than asking forever.
    if (stalled.current) throw new Error("no new rows");
    stalled.current = true;
    await refresh();
  }, [fetchMore, field, refresh]);

  useEffect(() => onInboxChanged(() => void refresh().catch(() => undefined)), [refresh]);

  const items: TData[TField]["items"] = page?.items ?? [];
  return {
    items,
    total: page?.total ?? 0,
    data,
    loading: result.loading && !page,
    error: page ? undefined : result.error,
    hasMore: !!page && page.items.length < page.total,
    /** More than one page was ever involved: only then is 没有更多了 at the end worth saying. */
    paged: !!page && page.total > PAGE_SIZE,
    refresh,
    loadMore,
  };
}
