/**
 * Rewrites a few entries of a zip that PizZip wrote, giving the bytes PizZip's own `generate`
 * (DEFLATE, same entries, same order) would give, without loading the zip or touching the other
 * entries: their local headers, compressed bytes and central-directory records are copied as they
 * are, and only the rewritten entries are DEFLATEd (with PizZip's own compressor, so the compressed
 * bytes are the ones PizZip writes) and get a new CRC-32 and sizes. Offsets are shifted to match.
 *
 * Used by the letters' fast path: one zip per template (the first letter), then a few parts per
 * letter. test/letters/fast-fill.test.ts proves the output equals a fresh docxtemplater render.
 */
import PizZip from 'pizzip';
import { LETTER_DEFLATE_LEVEL } from './zip';

/** PizZip's DEFLATE compressor (pako `deflateRaw`, default level), as PizZip's `generate` calls it. */
const DEFLATE = (
  PizZip as unknown as {
    compressions?: {
      DEFLATE?: { magic?: string; compress?(input: Uint8Array, options: object): Uint8Array };
    };
  }
).compressions?.DEFLATE;

/**
 * True when PizZip still exposes its DEFLATE compressor as this writer uses it (a PizZip
 * internal: the guarded fast path in fill-engine.ts checks this, then compares bytes).
 */
export function zipWriterUsable(): boolean {
  return typeof DEFLATE?.compress === 'function';
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;

let crcTables: Int32Array | undefined;

/** The CRC-32 tables for slicing by 8: table k maps a byte k positions back (zlib's "braid"). */
function tables(): Int32Array {
  if (crcTables) return crcTables;
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  crcTables = t;
  return t;
}

/** CRC-32 (IEEE, as in zip) of bytes, eight bytes per step. */
export function crc32(bytes: Uint8Array): number {
  const t = tables();
  let crc = -1;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  for (; i < end8; i += 8) {
    const lo =
      crc ^
      ((bytes[i] as number) |
        ((bytes[i + 1] as number) << 8) |
        ((bytes[i + 2] as number) << 16) |
        ((bytes[i + 3] as number) << 24));
    const hi =
      (bytes[i + 4] as number) |
      ((bytes[i + 5] as number) << 8) |
      ((bytes[i + 6] as number) << 16) |
      ((bytes[i + 7] as number) << 24);
    crc =
      (t[1792 + (lo & 0xff)] as number) ^
      (t[1536 + ((lo >>> 8) & 0xff)] as number) ^
      (t[1280 + ((lo >>> 16) & 0xff)] as number) ^
      (t[1024 + (lo >>> 24)] as number) ^
      (t[768 + (hi & 0xff)] as number) ^
      (t[512 + ((hi >>> 8) & 0xff)] as number) ^
      (t[256 + ((hi >>> 16) & 0xff)] as number) ^
      (t[hi >>> 24] as number);
  }
  for (; i < bytes.length; i++)
    crc = (t[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

type Entry = {
  name: string;
  /** Local header (signature to extra field), a copy to patch. */
  local: Uint8Array;
  /** The entry's compressed bytes in the source zip. */
  data: Uint8Array;
  /** Central-directory record, a copy to patch. */
  central: Uint8Array;
  method: number;
};

/**
 * A zip taken apart once, to write copies of it with some entries' contents replaced. Built with
 * {@link ZipWriter.from}, which returns `undefined` for a zip it does not handle (anything but the
 * plain layout PizZip writes); callers then fall back to PizZip.
 */
export class ZipWriter {
  private readonly entries: Entry[];
  private readonly index = new Map<string, number>();
  /** End-of-central-directory record (with its comment), a copy to patch. */
  private readonly end: Uint8Array;

  private constructor(entries: Entry[], end: Uint8Array) {
    this.entries = entries;
    this.end = end;
    for (const [i, e] of entries.entries()) this.index.set(e.name, i);
  }

  /** Takes apart a zip PizZip wrote; `undefined` when its layout is not the one handled here. */
  static from(bytes: Uint8Array): ZipWriter | undefined {
    if (!zipWriterUsable()) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // PizZip writes the comment last; look for the end record from the back.
    let endAt = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (
        view.getUint32(i, true) === END_SIG &&
        i + 22 + view.getUint16(i + 20, true) === bytes.length
      ) {
        endAt = i;
        break;
      }
    }
    if (endAt < 0) return undefined;
    const count = view.getUint16(endAt + 10, true);
    const centralSize = view.getUint32(endAt + 12, true);
    const centralAt = view.getUint32(endAt + 16, true);
    if (view.getUint16(endAt + 4, true) !== 0 || view.getUint16(endAt + 6, true) !== 0)
      return undefined;
    if (view.getUint16(endAt + 8, true) !== count || centralAt + centralSize !== endAt)
      return undefined;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const entries: Entry[] = [];
    let at = centralAt;
    let expectedLocal = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > endAt || view.getUint32(at, true) !== CENTRAL_SIG) return undefined;
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const compressedSize = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const recordLength =
        46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const localAt = view.getUint32(at + 42, true);
      // Entries one after the other in central-directory order, no data descriptors, no zip64.
      if (localAt !== expectedLocal || flags & 0x0008 || at + recordLength > endAt)
        return undefined;
      if (view.getUint32(localAt, true) !== LOCAL_SIG) return undefined;
      const localLength =
        30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
      const dataAt = localAt + localLength;
      if (dataAt + compressedSize > centralAt) return undefined;
      let name: string;
      try {
        name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      } catch {
        return undefined;
      }
      entries.push({
        name,
        local: bytes.slice(localAt, dataAt),
        data: bytes.slice(dataAt, dataAt + compressedSize),
        central: bytes.slice(at, at + recordLength),
        method,
      });
      expectedLocal = dataAt + compressedSize;
      at += recordLength;
    }
    if (expectedLocal !== centralAt || at !== endAt) return undefined;
    return new ZipWriter(entries, bytes.slice(endAt));
  }

  /** True when `name` can be replaced by {@link write}: a DEFLATE or STORE entry of this zip. */
  canReplace(name: string): boolean {
    const i = this.index.get(name);
    const method = i === undefined ? undefined : this.entries[i]?.method;
    return method === METHOD_DEFLATE || method === METHOD_STORE;
  }

  /**
   * The zip with the given entries' contents replaced (each must pass {@link canReplace} and be
   * non-empty), each kept in its entry's method: DEFLATE entries are compressed, STORE entries
   * (PizZip's `compression: 'STORE'`) written as they are.
   */
  write(replace: ReadonlyMap<string, Uint8Array>): Uint8Array<ArrayBuffer> {
    const fresh = new Map<number, { local: Uint8Array; data: Uint8Array; central: Uint8Array }>();
    for (const [name, content] of replace) {
      const i = this.index.get(name);
      const entry = i === undefined ? undefined : this.entries[i];
      if (
        i === undefined ||
        !entry ||
        (entry.method !== METHOD_DEFLATE && entry.method !== METHOD_STORE) ||
        content.length === 0
      )
        throw new Error(`zip writer: cannot replace ${name}`);
      const compress = DEFLATE?.compress;
      if (!compress) throw new Error('zip writer: PizZip has no DEFLATE compressor');
      const data =
        entry.method === METHOD_STORE
          ? content
          : compress.call(DEFLATE, content, { level: LETTER_DEFLATE_LEVEL });
      const crc = crc32(content);
      const local = entry.local.slice();
      const lv = new DataView(local.buffer);
      lv.setUint32(14, crc, true);
      lv.setUint32(18, data.length, true);
      lv.setUint32(22, content.length, true);
      const central = entry.central.slice();
      const cv = new DataView(central.buffer);
      cv.setUint32(16, crc, true);
      cv.setUint32(20, data.length, true);
      cv.setUint32(24, content.length, true);
      fresh.set(i, { local, data, central });
    }
    let localSize = 0;
    let centralSize = 0;
    for (const [i, e] of this.entries.entries()) {
      const f = fresh.get(i) ?? e;
      localSize += f.local.length + f.data.length;
      centralSize += f.central.length;
    }
    const out = new Uint8Array(localSize + centralSize + this.end.length);
    const view = new DataView(out.buffer);
    let at = 0;
    let centralAt = localSize;
    for (const [i, e] of this.entries.entries()) {
      const f = fresh.get(i) ?? e;
      out.set(f.local, at);
      out.set(f.data, at + f.local.length);
      out.set(f.central, centralAt);
      view.setUint32(centralAt + 42, at, true);
      at += f.local.length + f.data.length;
      centralAt += f.central.length;
    }
    out.set(this.end, centralAt);
    view.setUint32(centralAt + 12, centralSize, true);
    view.setUint32(centralAt + 16, localSize, true);
    return out;
  }
}
