/**
 * "Something in the inbox changed": raised by the live connection (server push, or a reconnect after
 * a gap) and by this device's own actions. Open lists listen and refetch; the badge counts are
 * refetched by the raiser.
 */
const listeners = new Set<() => void>();

export function emitInboxChanged() {
  for (const l of listeners) l();
}

export function onInboxChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
