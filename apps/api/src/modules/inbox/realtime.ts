import pg from "pg";

export interface InboxSignal {
  tenantId: string;
  /** Set for a user's notification or to-do. */
  userId: string | null;
  /** Set for a to-do addressed to everyone holding a permission. */
  permission: string | null;
}

interface Subscriber {
  tenantId: string;
  userId: string;
  permissions: Set<string>;
  send(signal: InboxSignal): void;
}

/**
 * One LISTEN connection per API process, fanned out to the SSE clients of that process. The database
 * trigger sends only after commit, and every process listens, so any replica can hold the connection.
 * Signals carry no content — the client refetches through GraphQL, where the usual checks apply.
 */
export class InboxHub {
  private client: pg.Client | null = null;
  private starting: Promise<void> | null = null;
  private subscribers = new Set<Subscriber>();

  constructor(private readonly url: string) {}

  private start() {
    return (this.starting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on("notification", (n) => this.dispatch(n.payload));
      client.on("error", () => {
        // The connection dropped: forget it; the next subscriber reconnects. Clients reconnect by SSE retry.
        this.client = null;
        this.starting = null;
      });
      await client.connect();
      await client.query("LISTEN zhzx_inbox");
      this.client = client;
    })());
  }

  private dispatch(payload: string | undefined) {
    if (!payload) return;
    const p = JSON.parse(payload) as { t: string; u: string | null; p?: string | null };
    const signal: InboxSignal = { tenantId: p.t, userId: p.u, permission: p.p ?? null };
    for (const s of this.subscribers) {
      if (s.tenantId !== signal.tenantId) continue;
      if ((signal.userId && signal.userId === s.userId) || (signal.permission && s.permissions.has(signal.permission))) s.send(signal);
    }
  }

  async subscribe(s: Subscriber): Promise<() => void> {
    await this.start();
    this.subscribers.add(s);
    return () => this.subscribers.delete(s);
  }

  async close() {
    this.subscribers.clear();
    await this.client?.end().catch(() => {});
    this.client = null;
    this.starting = null;
  }
}
