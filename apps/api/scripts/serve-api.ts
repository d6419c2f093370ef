/** The API alone (no SPAs, no database set-up): API_WORKERS processes sharing one port (node:cluster). Used by the benchmark and the security suite. */
import cluster from "node:cluster";

const workers = Number(process.env.API_WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on("SIGTERM", () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
    process.exit(0);
  });
} else {
  const { createAppPrisma } = await import("../src/db/prisma");
  const { createApp } = await import("../src/server");
  const prisma = createAppPrisma();
  const { app } = await createApp(prisma);
  app.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready") ?? console.log("ready"));
  process.on("SIGTERM", () => process.exit(0));
}
