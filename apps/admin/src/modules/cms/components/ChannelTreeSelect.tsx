import { useMemo } from "react";
import { TreeSelect } from "antd";
import type { CmsRight } from "../../../gql/graphql";
import { buildChannelTree, type Channel, type ChannelNode } from "../hooks/use-channels";

interface Props {
  channels: readonly Channel[];
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** Channels without this right are shown but cannot be picked. */
  right?: CmsRight;
  /** Virtual channels hold no articles of their own. */
  excludeVirtual?: boolean;
  excludeIds?: readonly string[];
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  "aria-label"?: string;
}

type Option = { value: string; title: string; disabled: boolean; children: Option[] };

const toOptions = (nodes: ChannelNode[], p: Pick<Props, "right" | "excludeVirtual" | "excludeIds">): Option[] =>
  nodes
    .filter((n) => !p.excludeIds?.includes(n.key))
    .map((n) => ({
      value: n.key,
      title: n.channel.kind === "VIRTUAL" ? `${n.title}（虚拟）` : n.title,
      disabled: (!!p.right && !n.channel.myRights.includes(p.right)) || (!!p.excludeVirtual && n.channel.kind === "VIRTUAL"),
      children: toOptions(n.children, p),
    }));

/** A channel picker in tree form. */
export function ChannelTreeSelect(props: Props) {
  const { channels, value, onChange, placeholder = "请选择栏目", allowClear, style } = props;
  const treeData = useMemo(() => toOptions(buildChannelTree(channels), props), [channels, props.right, props.excludeVirtual, props.excludeIds]);
  return (
    <TreeSelect
      aria-label={props["aria-label"]}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      placeholder={placeholder}
      allowClear={allowClear}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      style={{ minWidth: 220, ...style }}
      notFoundContent="没有可选的栏目"
    />
  );
}

/** Several channels (the sources of a virtual channel). */
export function ChannelMultiSelect(props: Omit<Props, "value" | "onChange"> & { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { channels, value, onChange, placeholder = "请选择栏目", style } = props;
  const treeData = useMemo(() => toOptions(buildChannelTree(channels), props), [channels, props.right, props.excludeVirtual, props.excludeIds]);
  return (
    <TreeSelect
      aria-label={props["aria-label"]}
      treeData={treeData}
      value={value ?? []}
      onChange={(v: string[]) => onChange?.(v)}
      multiple
      placeholder={placeholder}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      style={{ minWidth: 220, ...style }}
      notFoundContent="没有可选的栏目"
    />
  );
}
