import type { Channel } from "../hooks/use-channels";

/** What a drop in the channel tree asks of the server. */
export type DropPlan =
  | { kind: "reorder"; parentId: string | null; orderedIds: string[] }
  | { kind: "move"; id: string; parentId: string | null; position: number }
  | { kind: "none" };

/**
 * antd's Tree reports a drop as a target node plus "into it" (dropToGap false) or "before/after it"
 * (side -1 / 1). Among the same siblings that is a reorder (the full new order); anywhere else a move
 * to a parent at a position. Moving under itself or a descendant is refused by the server anyway.
 */
export function planDrop(channels: readonly Channel[], dragId: string, targetId: string, dropToGap: boolean, side: -1 | 1): DropPlan {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const drag = byId.get(dragId);
  const target = byId.get(targetId);
  if (!drag || !target || dragId === targetId) return { kind: "none" };
  const siblingsOf = (parentId: string | null) => channels.filter((c) => (c.parentId ?? null) === parentId && c.id !== dragId).map((c) => c.id);

  if (!dropToGap) return { kind: "move", id: dragId, parentId: targetId, position: 0 };

  const parentId = target.parentId ?? null;
  const siblings = siblingsOf(parentId);
  const at = siblings.indexOf(targetId) + (side > 0 ? 1 : 0);
  if ((drag.parentId ?? null) === parentId) {
    const orderedIds = [...siblings];
    orderedIds.splice(at, 0, dragId);
    const before = channels.filter((c) => (c.parentId ?? null) === parentId).map((c) => c.id);
    return orderedIds.join() === before.join() ? { kind: "none" } : { kind: "reorder", parentId, orderedIds };
  }
  return { kind: "move", id: dragId, parentId, position: at };
}
