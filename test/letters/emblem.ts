/**
 * A stand-in regional emblem for tests and the docs' PNGs: a green shield with a gold star on
 * white, drawn pixel by pixel into a PNG (no image library needed).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Whether (x, y) in [0,1]² lies inside a five-pointed star centred at (0.5, 0.42). */
function inStar(x: number, y: number): boolean {
  const cx = 0.5;
  const cy = 0.42;
  const a = Math.atan2(y - cy, x - cx) + Math.PI / 2;
  const r = Math.hypot(x - cx, y - cy);
  const sector =
    (((a % ((2 * Math.PI) / 5)) + (2 * Math.PI) / 5) % ((2 * Math.PI) / 5)) - Math.PI / 5;
  const outer = 0.22;
  const inner = 0.09;
  const t = Math.abs(sector) / (Math.PI / 5);
  return r < inner + (outer - inner) * (1 - t) ** 1.6;
}

/** An emblem PNG of `width` × `height` pixels (RGB). */
export function emblemPng(width = 120, height = 150): Uint8Array<ArrayBuffer> {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const u = x / width;
      const v = y / height;
      // Shield: straight sides down to 60 %, then a curve to the point.
      const half = v < 0.6 ? 0.46 : 0.46 * Math.sqrt(Math.max(0, 1 - ((v - 0.6) / 0.38) ** 2));
      const inside = v > 0.03 && v < 0.98 && Math.abs(u - 0.5) < half;
      const border = inside && Math.abs(u - 0.5) > half - 0.04;
      const [r, g, b] = !inside
        ? [255, 255, 255]
        : border || inStar(u, v)
          ? [222, 170, 20]
          : [20, 110, 60];
      const i = y * (width * 3 + 1) + 1 + x * 3;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}
