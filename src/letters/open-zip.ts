import PizZip from 'pizzip';

/**
 * Opens .docx bytes, or returns `undefined` when they are not a zip. Only for bytes this package
 * wrote or that passed `secureTemplate` (template-safety.ts): PizZip inflates without bounds.
 */
export function openZip(bytes: Uint8Array): PizZip | undefined {
  try {
    return new PizZip(bytes);
  } catch {
    return undefined;
  }
}
