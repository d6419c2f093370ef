/**
 * "Something in the inbox changed" (a server push, a reconnect after a gap, or this user's own
 * action): the bell's panel and the 我的待办 page listen and refetch what they show.
 */
const listeners = new Set<() => void>();

export function emitInboxChanged() {
  for (const l of listeners) l();
}

export function onInboxChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
