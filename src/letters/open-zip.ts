import PizZip from 'pizzip';

/** Opens .docx bytes, or returns `undefined` when they are not a zip. */
export function openZip(bytes: Uint8Array): PizZip | undefined {
  try {
    return new PizZip(bytes);
  } catch {
    return undefined;
  }
}
