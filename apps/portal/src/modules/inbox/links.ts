import { matchRoutes } from "react-router";
import { PORTAL_MODULES } from "../../app/modules";

/** Where tapping an inbox item leads. */
export type InboxTarget =
  /** A screen of this app (path without the /portal base). */
  | { kind: "portal"; to: string }
  /** A task done in the staff console (a review queue): a full page load of /admin/…. */
  | { kind: "admin"; href: string }
  /** Nothing to open: the text is all there is. */
  | { kind: "none" };

const NONE: InboxTarget = { kind: "none" };
const BASE = import.meta.env.BASE_URL.replace(/\/$/, "");

/** Every screen this build has (the same list the router is made from). */
const SCREENS = PORTAL_MODULES.flatMap((m) => [...(m.tabs ?? []), ...(m.pages ?? [])]).map((s) => ({ path: s.path }));

/**
 * Links are written by the server as same-origin absolute paths (`/portal/profile`,
 * `/admin/members/change-requests?id=…`). A portal link counts only if this build has the screen:
 * a module that has not shipped yet would otherwise land the user on 页面不存在.
 */
export function resolveLink(link: string | null | undefined): InboxTarget {
  if (!link || !link.startsWith("/") || link.startsWith("//")) return NONE;
  const url = new URL(link, window.location.origin);
  if (url.pathname === BASE || url.pathname.startsWith(`${BASE}/`)) {
    const path = url.pathname.slice(BASE.length) || "/";
    if (!matchRoutes(SCREENS, path)) return NONE;
    return { kind: "portal", to: path + url.search + url.hash };
  }
  if (url.pathname.startsWith("/admin/")) return { kind: "admin", href: url.pathname + url.search + url.hash };
  return NONE;
}
