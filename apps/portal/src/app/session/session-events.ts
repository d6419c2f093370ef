/**
 * The Apollo link sees session failures but cannot navigate; the session gate inside the router can.
 * This is the one wire between them.
 */
export type SessionEvent = "unauthenticated" | "password-change-required";

const listeners = new Set<(e: SessionEvent) => void>();

export function emitSessionEvent(event: SessionEvent) {
  for (const l of listeners) l(event);
}

export function onSessionEvent(listener: (e: SessionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
