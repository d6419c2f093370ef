import { createAppPrisma } from "./db/prisma";
import { config } from "./core/config";
import { createApp } from "./server";

const prisma = createAppPrisma();
const { app, apollo } = await createApp(prisma);
const server = app.listen(config.port, "127.0.0.1", () => {
  console.log(`API ready on http://127.0.0.1:${config.port}/graphql`);
});
const stop = async () => {
  server.close();
  await apollo.stop();
  await prisma.$disconnect();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
