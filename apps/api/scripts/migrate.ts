// Usage: tsx scripts/migrate.ts deploy | dev <name> [--only a.prisma,b.prisma] | status   (DATABASE_URL = the owner role)
import { createMigration, deploy, status } from "../src/db/migrator";
import { ownerUrl } from "../src/db/urls";

const [cmd, name = "migration"] = process.argv.slice(2);
if (cmd === "deploy") {
  console.log("applied:", await deploy(ownerUrl()));
} else if (cmd === "dev") {
  const i = process.argv.indexOf("--only");
  const only = i > 0 ? process.argv[i + 1]!.split(",") : undefined;
  const dir = await createMigration(ownerUrl(), name, only);
  console.log(dir ? `created ${dir} — add its RLS/grants if it is special, then run deploy` : "no schema changes");
} else if (cmd === "status") {
  console.log(JSON.stringify(await status(ownerUrl()), null, 1));
} else {
  console.error("usage: migrate.ts deploy | dev <name> [--only file.prisma,…] | status");
  process.exit(2);
}
process.exit(0);
