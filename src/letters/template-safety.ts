/**
 * A template is content from outside: an office's .docx, edited in Word on some PC, maybe mailed
 * around. Before anything opens it with PizZip or docxtemplater, this module
 *
 * - reads the zip's central directory itself and refuses a file whose parts would inflate beyond
 *   {@link TEMPLATE_LIMITS} (a decompression bomb), **before** inflating anything;
 * - inflates every part once with a cap at its declared size, so a directory that lies about a
 *   size is caught after at most that many bytes (memory stays at one 64 KiB chunk);
 * - refuses macros and ActiveX controls (`vbaProject.bin`, macro-enabled content types);
 * - handles external relationships (`TargetMode="External"`): an attached template
 *   (`w:attachedTemplate`, Word's link to the .dotm it was made from, often a path on someone's PC
 *   or a URL) is **stripped** with its reference in `word/settings.xml`; hyperlinks are kept (a
 *   link is only followed when a reader clicks it); every other external link (a linked picture,
 *   a linked OLE object, a frame or sub-document loaded from elsewhere) is **refused**, because
 *   removing it would change what the letter shows: the office embeds the picture instead.
 *
 * Everything runs in bounded time and memory and never throws: problems come back as values.
 */
// The pako build PizZip loads itself, so a browser bundle carries one copy (see pako-dist.d.ts).
import pako from 'pako/dist/pako.es5.min.js';
import PizZip from 'pizzip';
import { generateDocx } from './zip';

/**
 * Bounds on a template's parts, read from the zip directory before inflating. A letter template
 * is a few hundred kilobytes inflated (the built-in ones: document.xml ≈ 30 KB); an office's own
 * with a large scanned emblem stays far below these.
 */
export const TEMPLATE_LIMITS = {
  /** Largest inflated size of one part (document.xml, an image, …): 20 MiB. */
  partBytes: 20 * 1024 * 1024,
  /** Largest inflated size of all parts together: 50 MiB. */
  totalBytes: 50 * 1024 * 1024,
  /** Most entries in the zip. */
  entries: 2000,
} as const;

/** Why a template is refused (see {@link secureTemplate}). */
export type SafetyProblem =
  | { code: 'not-docx'; reason: 'not-zip' | 'encrypted' | 'zip64' | 'method' | 'duplicate' }
  | { code: 'too-large'; part?: string; bytes: number; limit: number }
  | { code: 'macro'; part: string }
  | { code: 'external-content'; part: string; target: string; type: string };

/** Something removed from a template because it must not reach a letter. */
export type StrippedItem = {
  /** What it was: the attached template Word links to. */
  what: 'attached-template';
  /** The relationship part it was declared in, e.g. `word/_rels/settings.xml.rels`. */
  part: string;
  /** Where it pointed (a path or URL), shortened to 200 characters. */
  target: string;
};

/** The outcome of {@link secureTemplate}: safe bytes to fill (and what was stripped), or problems. */
export type SecuredTemplate =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; stripped: StrippedItem[] }
  | { ok: false; problems: SafetyProblem[] };

/** One entry of a zip's central directory. */
type DirectoryEntry = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed bytes (after the local header). */
  dataAt: number;
};

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;

/** Bytes in as `Uint8Array` or `ArrayBuffer` (SPEC §6); anything else is `undefined`. */
export function asBytes(input: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (input instanceof Uint8Array) {
    // A view on a SharedArrayBuffer or a window of a larger buffer: copy into its own buffer.
    return input.buffer instanceof ArrayBuffer &&
      input.byteOffset === 0 &&
      input.byteLength === input.buffer.byteLength
      ? (input as Uint8Array<ArrayBuffer>)
      : new Uint8Array(input);
  }
  return undefined;
}

/**
 * Reads a zip's central directory (no inflating). Returns the entries, or a problem for what a
 * .docx never holds (no end record, zip64, encryption, a method other than STORE/DEFLATE, a name
 * twice) or for declared sizes beyond {@link TEMPLATE_LIMITS}.
 */
export function readDirectory(bytes: Uint8Array): DirectoryEntry[] | SafetyProblem {
  const notZip: SafetyProblem = { code: 'not-docx', reason: 'not-zip' };
  if (bytes.length < 22) return notZip;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let endAt = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_SIG) {
      endAt = i;
      break;
    }
  }
  if (endAt < 0) return notZip;
  const count = view.getUint16(endAt + 10, true);
  const centralAt = view.getUint32(endAt + 16, true);
  if (count === 0xffff || centralAt === 0xffffffff) return { code: 'not-docx', reason: 'zip64' };
  if (count > TEMPLATE_LIMITS.entries)
    return { code: 'too-large', bytes: count, limit: TEMPLATE_LIMITS.entries };
  const decoder = new TextDecoder('utf-8');
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = centralAt;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIG) return notZip;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const localAt = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) return notZip;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (flags & 0x0001) return { code: 'not-docx', reason: 'encrypted' };
    if (size === 0xffffffff || compressedSize === 0xffffffff || localAt === 0xffffffff)
      return { code: 'not-docx', reason: 'zip64' };
    if (method !== 0 && method !== 8) return { code: 'not-docx', reason: 'method' };
    if (names.has(name)) return { code: 'not-docx', reason: 'duplicate' };
    names.add(name);
    if (size > TEMPLATE_LIMITS.partBytes)
      return { code: 'too-large', part: name, bytes: size, limit: TEMPLATE_LIMITS.partBytes };
    total += size;
    if (total > TEMPLATE_LIMITS.totalBytes)
      return { code: 'too-large', bytes: total, limit: TEMPLATE_LIMITS.totalBytes };
    if (localAt + 30 > bytes.length || view.getUint32(localAt, true) !== LOCAL_SIG) return notZip;
    const dataAt =
      localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (dataAt + compressedSize > bytes.length) return notZip;
    if (method === 0 && compressedSize !== size) return notZip;
    entries.push({ name, method, compressedSize, size, dataAt });
  }
  return entries;
}

/** Thrown inside pako's loop to stop inflating past the cap. */
class CapReached extends Error {}

/**
 * Inflates one entry, stopping as soon as it exceeds its declared size; `true` when it inflates
 * to exactly the declared size. With `keep`, the bytes are returned instead of `true`.
 */
function inflateCapped(
  bytes: Uint8Array,
  entry: DirectoryEntry,
  keep: boolean,
): Uint8Array | boolean {
  const data = bytes.subarray(entry.dataAt, entry.dataAt + entry.compressedSize);
  if (entry.method === 0) return keep ? data.slice() : true;
  const out = keep ? new Uint8Array(entry.size) : undefined;
  let length = 0;
  const inflator = new pako.Inflate({ raw: true, chunkSize: 64 * 1024 });
  inflator.onData = (chunk: Uint8Array) => {
    if (length + chunk.length > entry.size) throw new CapReached();
    out?.set(chunk, length);
    length += chunk.length;
  };
  inflator.onEnd = () => {};
  try {
    inflator.push(data, true);
  } catch {
    return false;
  }
  if (inflator.err !== 0 || length !== entry.size) return false;
  return out ?? true;
}

const MACRO_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)activeX\//i;
const MACRO_TYPE = /macroEnabled|vbaProject|vbaData|activeX/i;

/** `name="value"` attributes of one XML start tag (either quote). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  return out;
}

/** The part a relationship file describes: `word/_rels/settings.xml.rels` → `word/settings.xml`. */
function sourceOf(relsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : '';
}

function shortTarget(target: string): string {
  return target.length > 200 ? `${target.slice(0, 199)}…` : target;
}

/**
 * Checks a template before it is opened: bounded inflation, no macros, no external content.
 * Returns the bytes to fill (the input itself when nothing was stripped, else a rewritten zip
 * without the attached template) or the problems. Never throws.
 */
export function secureTemplate(input: Uint8Array | ArrayBuffer): SecuredTemplate {
  const bytes = asBytes(input);
  if (!bytes) return { ok: false, problems: [{ code: 'not-docx', reason: 'not-zip' }] };
  try {
    return secure(bytes);
  } catch {
    return { ok: false, problems: [{ code: 'not-docx', reason: 'not-zip' }] };
  }
}

function secure(bytes: Uint8Array<ArrayBuffer>): SecuredTemplate {
  const directory = readDirectory(bytes);
  if (!Array.isArray(directory)) return { ok: false, problems: [directory] };
  const problems: SafetyProblem[] = [];
  const texts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8');
  for (const entry of directory) {
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    // The package's own XML is read here; other parts (pictures, fonts) are only verified.
    const isXml = /\.(xml|rels)$/i.test(entry.name);
    const result = inflateCapped(bytes, entry, isXml);
    if (result === false)
      // Inflates to more (or other) than the directory says: a lying directory or a broken file.
      return {
        ok: false,
        problems: [{ code: 'too-large', part: entry.name, bytes: entry.size, limit: entry.size }],
      };
    if (result instanceof Uint8Array) texts.set(entry.name, decoder.decode(result));
    if (MACRO_PART.test(entry.name)) problems.push({ code: 'macro', part: entry.name });
  }
  const types = texts.get('[Content_Types].xml') ?? '';
  for (const m of types.matchAll(/<(?:Override|Default)\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const type = attrs.get('ContentType') ?? '';
    if (MACRO_TYPE.test(type))
      problems.push({
        code: 'macro',
        part: attrs.get('PartName')?.replace(/^\//, '') ?? `*.${attrs.get('Extension') ?? ''}`,
      });
  }
  const stripped: StrippedItem[] = [];
  const rewrites = new Map<string, string>();
  for (const [part, xml] of texts) {
    if (!part.endsWith('.rels')) continue;
    let rels = xml;
    for (const m of xml.matchAll(/<Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/Relationship>)/g)) {
      const attrs = attributes(/^<Relationship\b[^>]*>/.exec(m[0])?.[0] ?? '');
      const type = attrs.get('Type') ?? '';
      const target = attrs.get('Target') ?? '';
      if (MACRO_TYPE.test(type)) problems.push({ code: 'macro', part });
      if ((attrs.get('TargetMode') ?? '').toLowerCase() !== 'external') continue;
      if (/\/hyperlink$/.test(type)) continue;
      if (/\/attachedTemplate$/.test(type)) {
        rels = rels.replace(m[0], '');
        const source = sourceOf(part);
        const id = attrs.get('Id') ?? '';
        const sourceXml = rewrites.get(source) ?? texts.get(source);
        if (sourceXml !== undefined)
          rewrites.set(
            source,
            sourceXml.replace(
              /<w:attachedTemplate\b[^>]*?(?:\/>|>[\s\S]*?<\/w:attachedTemplate>)/g,
              (element) => (attributes(element).get('r:id') === id ? '' : element),
            ),
          );
        stripped.push({ what: 'attached-template', part, target: shortTarget(target) });
        continue;
      }
      problems.push({
        code: 'external-content',
        part,
        target: shortTarget(target),
        type: type.replace(/^.*\//, ''),
      });
    }
    if (rels !== xml) rewrites.set(part, rels);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rewrites.size === 0) return { ok: true, bytes, stripped };
  const zip = new PizZip(bytes);
  for (const [part, xml] of rewrites) zip.file(part, xml);
  return { ok: true, bytes: generateDocx(zip), stripped };
}
