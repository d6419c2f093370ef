// Prints one closing line over all runners: "tests: N passed, N failed, N skipped".
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
let passed = 0, failed = 0, skipped = 0;
const missing = [];
for (const name of ["shared.json", "api.json", "e2e.json"]) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) { missing.push(name); continue; }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  if (r.numTotalTests !== undefined) {
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } else if (r.stats) {
    passed += r.stats.expected; failed += r.stats.unexpected + (r.stats.flaky ?? 0); skipped += r.stats.skipped;
  }
}
if (missing.length) console.log(`missing results: ${missing.join(", ")} (that runner did not finish)`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing.length ? 1 : 0);
