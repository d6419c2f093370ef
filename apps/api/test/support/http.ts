import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createApp } from "../../src/server";
import { app } from "./db";

/** The real HTTP stack (helmet, cookies, CSRF prevention, Apollo, armor) on a random loopback port. */
export async function startTestServer() {
  const { app: express, apollo, inboxHub } = await createApp(app);
  const server: Server = await new Promise((resolve) => {
    const s = express.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
      await inboxHub.close();
    },
  };
}

/** A tiny cookie-keeping GraphQL client, one per simulated browser. */
export class Browser {
  cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[]; response: Response }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // A small cookie jar (the session cookie, and the pending login of 两步验证 beside it).
    const sets = response.headers.getSetCookie();
    if (sets.length) {
      const jar = new Map((this.cookie ?? "").split("; ").filter(Boolean).map((c) => [c.slice(0, c.indexOf("=")), c] as const));
      for (const set of sets) {
        const first = set.split(";")[0]!;
        const name = first.slice(0, first.indexOf("="));
        if (first.endsWith("=")) jar.delete(name);
        else jar.set(name, first);
      }
      this.cookie = jar.size ? [...jar.values()].join("; ") : null;
    }
    const body = (await response.json()) as Record<string, unknown>;
    return { ...body, response };
  }

  async login(username: string, password: string) {
    return this.gql(`mutation($i: LoginInput!) { login(input: $i) { mustChangePassword viewer { userId activeTenant { id } } } }`, { i: { username, password } });
  }
}

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
