import { useCallback, useMemo } from "react";
import { useViewer } from "../session/viewer-context";

interface Stored<T> {
  values: T;
  at: number;
}

/** Drafts older than this are dropped rather than restored. */
const MAX_AGE_MS = 30 * 24 * 3600_000;

/**
 * Text typed into a form survives a lost connection, a reload or a closed tab: every change is kept in
 * this device's localStorage, per user, committee and form, until the form is saved to the server
 * (`clear`). Only what the member typed is kept — never anything the server sent that they did not
 * write — and it stays on their own device.
 */
export function useLocalDraft<T extends object>(form: string) {
  const viewer = useViewer();
  const key = `zhzx:draft:${viewer.userId}:${viewer.activeTenant?.id ?? "-"}:${form}`;
  const read = useCallback((): Stored<T> | null => {
    try {
      const raw = localStorage.getItem(key);
      if (!raw) return null;
      const s = JSON.parse(raw) as Stored<T>;
      if (!s || typeof s.at !== "number" || Date.now() - s.at > MAX_AGE_MS) return null;
      return s;
    } catch {
      return null;
    }
  }, [key]);
  const write = useCallback(
    (values: T) => {
      try {
        localStorage.setItem(key, JSON.stringify({ values, at: Date.now() } satisfies Stored<T>));
      } catch {
        // Storage full or disabled: the form still works, only the safety net is gone.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    try {
      localStorage.removeItem(key);
    } catch {}
  }, [key]);
  return useMemo(() => ({ read, write, clear }), [read, write, clear]);
}
