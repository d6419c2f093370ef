/**
 * Encryption at rest of members' personal fields (PIPL; 等保 8.1.4.8 数据保密性): AES-256-GCM, a fresh
 * 96-bit IV per value, the field name as associated data (a sealed mobile cannot be passed off as
 * another field). Stored as `enc:v1:<keyId>:<base64url(iv | tag | ciphertext)>`.
 *
 * Keys never live in the database:
 * - PII_KEYS="<id>:<64 hex>,<id>:<64 hex>,…" — the first seals, all open (rotation: put the new key
 *   first, run `scripts/reseal-pii.ts`, then drop the old one). Every API process must get the same list.
 * - otherwise one key generated into .data/keys/pii-key (single host, development, the demo).
 * A value without the prefix is legacy plaintext: it still opens, and the reseal script seals it.
 */
import crypto from "node:crypto";
import { fileSecret } from "./secrets";

const PREFIX = "enc:v1:";

interface Keyring {
  current: { id: string; key: Buffer };
  byId: Map<string, Buffer>;
}

let cached: { source: string; ring: Keyring } | undefined;

function keyring(): Keyring {
  const env = process.env.PII_KEYS?.trim();
  const source = env ? `env:${env}` : "file";
  if (cached?.source === source) return cached.ring;
  const entries: { id: string; key: Buffer }[] = env
    ? env.split(",").map((part) => {
        const m = /^([A-Za-z0-9_-]{1,16}):([0-9a-fA-F]{64})$/.exec(part.trim());
        if (!m) throw new Error("PII_KEYS must be a comma-separated list of <id>:<64 hex digits>");
        return { id: m[1]!, key: Buffer.from(m[2]!, "hex") };
      })
    : [{ id: "", key: fileSecret("pii-key") }];
  // The file key's id is derived from the key, so two hosts' keys can never be confused.
  if (!env) entries[0]!.id = `f${crypto.createHash("sha256").update(entries[0]!.key).digest("hex").slice(0, 7)}`;
  const ring = { current: entries[0]!, byId: new Map(entries.map((e) => [e.id, e.key])) };
  cached = { source, ring };
  return ring;
}

export const currentPiiKeyId = () => keyring().current.id;
export const isSealed = (stored: string) => stored.startsWith(PREFIX);
export const sealedWith = (stored: string) => (isSealed(stored) ? stored.slice(PREFIX.length).split(":")[0]! : null);

export function seal(field: string, plain: string): string {
  const { id, key } = keyring().current;
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  c.setAAD(Buffer.from(field, "utf8"));
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return `${PREFIX}${id}:${Buffer.concat([iv, c.getAuthTag(), body]).toString("base64url")}`;
}

export function open(field: string, stored: string): string {
  if (!isSealed(stored)) return stored;
  const [id, data] = stored.slice(PREFIX.length).split(":");
  const key = keyring().byId.get(id ?? "");
  if (!key || !data) throw new Error(`personal data sealed with unknown key ${id}`);
  const raw = Buffer.from(data, "base64url");
  const d = crypto.createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  d.setAAD(Buffer.from(field, "utf8"));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
}

/**
 * Binary values (a member's photo: a face image is sensitive personal information under PIPL §28) are
 * sealed the same way into `ZXE1 | keyIdLength | keyId | iv | tag | ciphertext`. Bytes without the magic
 * are legacy plaintext: they still open, and the reseal script seals them.
 */
const BYTES_MAGIC = Buffer.from("ZXE1", "latin1");

export function sealedBytesWith(stored: Uint8Array): string | null {
  const b = Buffer.from(stored);
  if (b.length < 5 || !b.subarray(0, 4).equals(BYTES_MAGIC)) return null;
  return b.subarray(5, 5 + b[4]!).toString("latin1");
}

export function sealBytes(field: string, plain: Uint8Array): Buffer {
  const { id, key } = keyring().current;
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  c.setAAD(Buffer.from(field, "utf8"));
  const body = Buffer.concat([c.update(plain), c.final()]);
  const keyId = Buffer.from(id, "latin1");
  return Buffer.concat([BYTES_MAGIC, Buffer.from([keyId.length]), keyId, iv, c.getAuthTag(), body]);
}

export function openBytes(field: string, stored: Uint8Array): Buffer {
  const b = Buffer.from(stored);
  const id = sealedBytesWith(b);
  if (id === null) return b;
  const key = keyring().byId.get(id);
  if (!key) throw new Error(`personal data sealed with unknown key ${id}`);
  const at = 5 + b[4]!;
  const d = crypto.createDecipheriv("aes-256-gcm", key, b.subarray(at, at + 12));
  d.setAAD(Buffer.from(field, "utf8"));
  d.setAuthTag(b.subarray(at + 12, at + 28));
  return Buffer.concat([d.update(b.subarray(at + 28)), d.final()]);
}
