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
  // Starting a second Node process with tsx takes seconds on a quiet machine, much longer on a busy one.
  let up = false;
  for (let i = 0; i < 600 && !up; i++) {
    try {
      up = (await fetch(`${url}/healthz`)).ok;
    } catch {}
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  if (!up) throw new Error("the production-mode API did not start within 120 s");
  return { url, close: () => new Promise<void>((r) => (child.once("exit", () => r()), child.kill("SIGTERM"))) };
}
