import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const sha256 = (s: string | Buffer) => crypto.createHash("sha256").update(s).digest("hex");

/** Writes files under one site root, atomically (temp file + rename), creating directories as needed. */
export class SiteWriter {
  private dirs = new Set<string>();
  constructor(readonly root: string) {}

  private resolve(rel: string) {
    const file = path.resolve(this.root, rel);
    if (!file.startsWith(this.root + path.sep)) throw new Error(`path escapes the site root: ${rel}`);
    return file;
  }

  exists(rel: string) {
    return fs.existsSync(this.resolve(rel));
  }

  write(rel: string, content: string | Buffer) {
    const file = this.resolve(rel);
    const dir = path.dirname(file);
    if (!this.dirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  }

  remove(rel: string) {
    const file = this.resolve(rel);
    fs.rmSync(file, { force: true });
    // An article file lives alone in assets/<id>/: the emptied directory goes too.
    if (/^assets\/[0-9a-f-]{36}\/[^/]+$/.test(rel)) fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
