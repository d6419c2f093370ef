import type { MenuProps } from "antd";
import { can, type Viewer } from "../viewer";
import type { MenuEntry, MenuGroup } from "../modules";

type Item = Required<MenuProps>["items"][number];

/** The left menu for this viewer: entries they may not use are left out, and so are empty groups. */
export function buildMenuItems(viewer: Viewer, entries: MenuEntry[], groups: MenuGroup[]): Item[] {
  const visible = entries.filter((e) => can(viewer, e.permission));
  const top: { order: number; item: Item }[] = [];
  for (const e of visible.filter((e) => !e.group)) top.push({ order: e.order, item: { key: e.path, icon: e.icon, label: e.label } });
  for (const g of groups) {
    const children = visible
      .filter((e) => e.group === g.key)
      .sort((a, b) => a.order - b.order)
      .map((e) => ({ key: e.path, icon: e.icon, label: e.label }));
    if (children.length) top.push({ order: g.order, item: { key: `group:${g.key}`, icon: g.icon, label: g.label, children } });
  }
  return top.sort((a, b) => a.order - b.order).map((t) => t.item);
}

/** The menu entry a location belongs to: the longest entry path that prefixes it. */
export function selectedEntry(pathname: string, entries: MenuEntry[]): MenuEntry | undefined {
  return entries
    .filter((e) => (e.path === "/" ? pathname === "/" : pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
