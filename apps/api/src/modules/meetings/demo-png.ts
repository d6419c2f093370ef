/**
 * A small PNG drawn in code (a sky-to-ground gradient with a few "building" blocks), so the demo data
 * has photo-story images without binary files in the repository. Deterministic for its arguments.
 */
import zlib from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** `hue` 0–359 tints the sky; `seed` places the blocks. */
export function demoPng(width: number, height: number, hue: number, seed: number): Buffer {
  const [r0, g0, b0] = hsl(hue, 0.55, 0.7);
  // Per column, the height of the tallest block standing there (0 = sky).
  const tall = new Int32Array(width);
  for (let i = 0; i < 6; i++) {
    const x0 = Math.floor((((seed * 97 + i * 53) % 100) / 100) * width);
    const h = Math.floor(height * (0.2 + ((seed + i * 31) % 40) / 100));
    for (let x = x0; x < Math.min(width, x0 + Math.floor(width / 10)); x++) tall[x] = Math.max(tall[x]!, h);
  }
  const ground = Math.floor(height * 0.75);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1) + 1; // the filter byte (0: none) stays 0
    const t = y / height;
    const sky = [r0 + (255 - r0) * t, g0 + (255 - g0) * t, b0 + (255 - b0) * t];
    for (let x = 0; x < width; x++) {
      const c = y >= ground ? [120, 110, 95] : y > ground - tall[x]! ? [150, 60, 50] : sky;
      raw[row + x * 3] = c[0]!;
      raw[row + x * 3 + 1] = c[1]!;
      raw[row + x * 3 + 2] = c[2]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))));
  return [f(0), f(8), f(4)];
}
