/**
 * Packs a template Document into the bytes pbi-jk ships: fixed document-property dates and fixed
 * zip dates, so that building twice gives the same file. Build-time only (scripts and tests).
 */
import { Packer } from 'docx';
import PizZip from 'pizzip';
import { generateDocx } from '../letters/zip';
import { LetterKind } from '../schemas/profile';
import { buildTemplateDocument } from './letter-template';

/** The date written into a template's docProps/core.xml (created and modified). */
export const TEMPLATE_DATE = '2026-01-01T00:00:00Z';

/** Packs one kind's template into deterministic .docx bytes. */
export async function packTemplate(kind: LetterKind): Promise<Uint8Array> {
  const raw = new Uint8Array(await Packer.toArrayBuffer(buildTemplateDocument(kind)));
  const zip = new PizZip(raw);
  const core = zip.files['docProps/core.xml']?.asText();
  if (core !== undefined) {
    zip.file(
      'docProps/core.xml',
      core.replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _tag: string, close: string) => `${open}${TEMPLATE_DATE}${close}`,
      ),
    );
  }
  return generateDocx(zip);
}

/** Packs every kind's template (what the generator writes and the staleness test compares). */
export async function packAllTemplates(): Promise<Record<LetterKind, Uint8Array>> {
  const out = {} as Record<LetterKind, Uint8Array>;
  for (const kind of LetterKind.options) out[kind] = await packTemplate(kind);
  return out;
}
