import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import type { CmsChannelFieldsFragment, CmsRight } from "../../../gql/graphql";
import { CmsChannelsQuery } from "../graphql/channels.graphql";

export type Channel = CmsChannelFieldsFragment;

export interface ChannelNode {
  key: string;
  title: string;
  channel: Channel;
  children: ChannelNode[];
}

/** The flat list (tree order, parentId) as nested nodes; a channel whose parent is hidden from the viewer becomes a root. */
export function buildChannelTree(channels: readonly Channel[]): ChannelNode[] {
  const nodes = new Map(channels.map((c) => [c.id, { key: c.id, title: c.name, channel: c, children: [] as ChannelNode[] }]));
  const roots: ChannelNode[] = [];
  for (const c of channels) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** "政协要闻" or "专题专栏 / 学习贯彻": a channel's name with its ancestors. */
export function channelPath(channels: readonly Channel[], id: string): string {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const parts: string[] = [];
  const seen = new Set<string>();
  for (let c = byId.get(id); c && !seen.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) {
    seen.add(c.id);
    parts.unshift(c.name);
  }
  return parts.join(" / ");
}

export const hasRight = (c: Channel | undefined, right: CmsRight) => !!c?.myRights.includes(right);

export function useChannels() {
  const { data, previousData, loading, error, refetch } = useQuery(CmsChannelsQuery, { fetchPolicy: "cache-and-network" });
  const d = data ?? previousData;
  const channels = useMemo(() => d?.cmsChannels ?? [], [d]);
  const tree = useMemo(() => buildChannelTree(channels), [channels]);
  const byId = useMemo(() => new Map(channels.map((c) => [c.id, c])), [channels]);
  return { site: d?.cmsSite ?? null, channels, tree, byId, loading: loading && !d, error, refetch };
}
