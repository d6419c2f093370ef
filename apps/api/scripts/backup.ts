// Logical backup / restore (see src/db/backup.ts). DATABASE_URL = the owner.
//   tsx scripts/backup.ts backup  --out DIR [--tenant CODE]
//   tsx scripts/backup.ts restore --from DIR        (the target must be migrated: tsx scripts/migrate.ts deploy)
//   tsx scripts/backup.ts verify  --from DIR
import fs from "node:fs";
import path from "node:path";
import { backup, restore, verifyAgainst, type Manifest } from "../src/db/backup";
import { ownerUrl } from "../src/db/urls";

const arg = (n: string) => {
  const i = process.argv.indexOf(`--${n}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const [cmd] = process.argv.slice(2);
if (cmd === "backup" && arg("out")) {
  const m = await backup(ownerUrl(), arg("out")!, { tenantCode: arg("tenant") });
  console.log(`backed up ${Object.keys(m.tables).length} tables, ${Object.values(m.tables).reduce((s, t) => s + t.rows, 0)} rows → ${arg("out")}`);
} else if (cmd === "restore" && arg("from")) {
  const m = await restore(ownerUrl(), arg("from")!);
  const diffs = await verifyAgainst(ownerUrl(), m);
  console.log(diffs.length ? `restored, but differs:\n${diffs.join("\n")}` : "restored and verified: every table matches the backup");
  process.exit(diffs.length ? 1 : 0);
} else if (cmd === "verify" && arg("from")) {
  const m = JSON.parse(fs.readFileSync(path.join(arg("from")!, "manifest.json"), "utf8")) as Manifest;
  const diffs = await verifyAgainst(ownerUrl(), m);
  console.log(diffs.length ? diffs.join("\n") : "database matches the backup");
  process.exit(diffs.length ? 1 : 0);
} else {
  console.error("usage: backup.ts backup --out DIR [--tenant CODE] | restore --from DIR | verify --from DIR");
  process.exit(2);
}
