// Types only: these helpers work on a zip someone else opened, so the rule book's lazily loaded
// Word writer can share them without pulling pizzip into a page that never opens a letter.
import type PizZip from 'pizzip';

/**
 * The date every entry of a pbi-jk .docx carries. Built from local-time parts because the zip
 * format stores local DOS time: `new Date(2020, 0, 1)` gives the same bytes in every time zone.
 */
export function fixedZipDate(): Date {
  return new Date(2020, 0, 1, 0, 0, 0);
}

/** Gives every entry of a zip the fixed date (docxtemplater stamps rewritten parts with "now"). */
export function pinZipDates(zip: PizZip): void {
  const date = fixedZipDate();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry) entry.date = date;
  }
}

/**
 * Bytes backed by their own `ArrayBuffer` (what SPEC §6 promises out: a `Blob` takes them without
 * a cast). Returns the array itself when it already is, else a copy.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : (new Uint8Array(bytes) as Uint8Array<ArrayBuffer>);
}

/**
 * DEFLATE level of the parts a letter rewrites (its body; templates keep their own compression).
 * Level 1 rather than zlib's default 6: a letter body (~18 KB of XML) deflates about 2.4 times
 * faster for about 420 bytes more (a letter of ~13 KB grows ~3%); bench/letter.mjs shows both.
 */
export const LETTER_DEFLATE_LEVEL: DeflateLevel = 1;

/** A zlib DEFLATE level. */
export type DeflateLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * Writes a zip as DEFLATE-compressed bytes with fixed dates: same parts, same bytes. `level`
 * (PizZip's public `compressionOptions`) applies to the parts written since the zip was loaded;
 * default zlib's own.
 */
export function generateDocx(zip: PizZip, level?: DeflateLevel): Uint8Array<ArrayBuffer> {
  pinZipDates(zip);
  return ownBytes(
    zip.generate({
      type: 'uint8array',
      compression: 'DEFLATE',
      ...(level === undefined ? {} : { compressionOptions: { level } }),
    }),
  );
}

/** The text of a part, or `undefined` when the zip does not hold it. */
export function readPart(zip: PizZip, name: string): string | undefined {
  const entry = zip.files[name];
  return entry && !entry.dir ? entry.asText() : undefined;
}
