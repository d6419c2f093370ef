import { matchPath } from "react-router";
import { MODULE_ROUTES } from "../../../app/registry";

/** Where clicking an inbox item leads. */
export type InboxTarget =
  /** A screen of this console (path without the /admin base). */
  | { kind: "admin"; to: string }
  /** A member-portal screen: opened in a new tab, the console stays where it is. */
  | { kind: "portal"; href: string }
  | { kind: "none" };

const NONE: InboxTarget = { kind: "none" };
/** "/admin", Vite's `base` without the slash (the router's basename). */
const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, "");

/**
 * Links the API writes that name a console path other than the screen's. The members API links its
 * review to-dos to /admin/members/change-requests?id=…, while the 修改审核 screen lives at
 * /members/changes (and does not read `id` yet). Remove an entry once the two agree.
 */
const PATH_ALIASES: Record<string, string> = {
  "/members/change-requests": "/members/changes",
};

function hasScreen(path: string) {
  // Read at call time: the registry imports this module's index, so it is not ready at load time.
  return MODULE_ROUTES.some((r) => matchPath({ path: `/${r.path}`, end: true }, path));
}

export function resolveLink(link: string | null | undefined): InboxTarget {
  if (!link || !link.startsWith("/") || link.startsWith("//")) return NONE;
  const url = new URL(link, window.location.origin);
  if (url.pathname.startsWith(`${BASENAME}/`)) {
    const raw = url.pathname.slice(BASENAME.length);
    const path = hasScreen(raw) ? raw : PATH_ALIASES[raw];
    return path && hasScreen(path) ? { kind: "admin", to: path + url.search + url.hash } : NONE;
  }
  if (url.pathname.startsWith("/portal/")) return { kind: "portal", href: url.pathname + url.search + url.hash };
  return NONE;
}
