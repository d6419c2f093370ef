import type express from "express";
import type { Db } from "../../db/prisma";
import { loadViewer } from "../identity/use-cases/load-viewer";
import { readSessionToken } from "../identity/session-token";
import type { InboxHub } from "./realtime";

const HEARTBEAT_MS = 25_000;

/**
 * GET /events — server-sent events for the inbox: `event: inbox` whenever the viewer's notifications
 * or to-dos change. Authenticated by the session cookie; the session is re-checked at every heartbeat,
 * so logging out or being disabled ends the stream.
 */
export function inboxEventsRoute(prisma: Db, hub: InboxHub): express.RequestHandler {
  return async (req, res) => {
    const token = readSessionToken(req);
    const ip = req.ip ?? null;
    const viewer = token ? await loadViewer(prisma, { token }, ip) : null;
    if (!token || !viewer?.activeTenantId || viewer.mustChangePassword) {
      res.status(401).json({ error: "UNAUTHENTICATED", message: "请先登录" });
      return;
    }
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    });
    res.write("retry: 5000\n\n");
    const unsubscribe = await hub.subscribe({
      tenantId: viewer.activeTenantId,
      userId: viewer.userId,
      permissions: new Set(viewer.permissions),
      send: () => res.write(`event: inbox\ndata: {}\n\n`),
    });
    const heartbeat = setInterval(async () => {
      const still = await loadViewer(prisma, { token }, ip).catch(() => null);
      if (!still || still.activeTenantId !== viewer.activeTenantId) {
        res.write("event: logout\ndata: {}\n\n");
        res.end();
        return;
      }
      res.write(": ping\n\n");
    }, HEARTBEAT_MS);
    req.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  };
}
