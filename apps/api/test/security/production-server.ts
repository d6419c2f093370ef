import net from "node:net";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { ownerUrl } from "../support/db";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** The API as it runs in production (introspection and suggestions off), in its own process. */
export async function startProductionServer(env: Record<string, string> = {}) {
  const port = await freePort();
  const apiDir = path.resolve(import.meta.dirname, "../..");
  const child: ChildProcess = spawn(path.join(apiDir, "node_modules/.bin/tsx"), ["scripts/serve-api.ts"], {
    cwd: apiDir,
    env: { ...process.env, DATABASE_URL: ownerUrl, PORT: String(port), NODE_ENV: "production", COOKIE_SECURE: "false", LOGIN_RATE_LIMIT: "100000", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, close: () => new Promise<void>((r) => (child.once("exit", () => r()), child.kill("SIGTERM"))) };
}
