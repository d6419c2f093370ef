import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../db/migrator";

/**
 * A 32-byte server secret kept outside the database: generated once into .data/keys/<name> (mode 0600)
 * for a single host or development. A deployment with several API processes sets the matching
 * environment variable instead, so that every process shares it (see each caller).
 */
export function fileSecret(name: string): Buffer {
  const file = path.join(repoRoot, ".data", "keys", name);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // "wx": two processes starting at once cannot both write; the loser reads the winner's key.
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (e: any) {
    if (e?.code !== "EEXIST") throw e;
  }
  const hex = fs.readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`key file ${file} is damaged`);
  return Buffer.from(hex, "hex");
}
