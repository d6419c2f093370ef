import { createAppPrisma } from "./db/prisma";
import { config } from "./core/config";
import { createApp } from "./server";
import { startJobs } from "./jobs";
import { startCmsWorker } from "./modules/cms/publish/worker";

const prisma = createAppPrisma();
const { app, apollo } = await createApp(prisma);
const jobs = await startJobs(prisma);
// The CMS publish queue and scheduled publish/withdraw (cms_publish_job, claimed with SKIP LOCKED).
const stopCmsWorker = startCmsWorker(prisma);
const server = app.listen(config.port, "127.0.0.1", () => {
  console.log(`API ready on http://127.0.0.1:${config.port}/graphql`);
});
const stop = async () => {
  server.close();
  await jobs.stop();
  await stopCmsWorker();
  await apollo.stop();
  await prisma.$disconnect();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
