/**
 * Packs a template Document into the bytes pbi-jk ships: fixed document-property dates and fixed
 * zip dates, so that building twice gives the same file. Build-time only (scripts and tests).
 */
import { packDocument } from '../letters/pack-document';
import { LetterKind } from '../schemas/profile';
import { buildTemplateDocument } from './letter-template';

/** The date written into a template's docProps/core.xml (created and modified). */

/** Packs one kind's template into deterministic .docx bytes. */
export function packTemplate(kind: LetterKind): Promise<Uint8Array> {
  return packDocument(buildTemplateDocument(kind));
}

/** Packs every kind's template (what the generator writes and the staleness test compares). */
export async function packAllTemplates(): Promise<Record<LetterKind, Uint8Array>> {
  const out = {} as Record<LetterKind, Uint8Array>;
  for (const kind of LetterKind.options) out[kind] = await packTemplate(kind);
  return out;
}
