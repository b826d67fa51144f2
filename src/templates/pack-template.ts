/**
 * Packs a template Document into the bytes pbi-jk ships or caches: fixed document-property dates,
 * fixed zip dates and drawing ids numbered from 1, so that building twice, in any order and in any
 * process, gives the same file.
 */
import PizZip from 'pizzip';
import { packDocument } from '../letters/pack-document';
import { generateDocx, readPart } from '../letters/zip';
import { LetterKind } from '../schemas/profile';
import { buildTemplateDocument, type TemplateOptions } from './letter-template';

/**
 * The `docx` package numbers drawings (`<wp:docPr id="…">`) with a counter that lives as long as
 * the process; renumbering them per document keeps the bytes independent of what was built before.
 */
function renumberDrawings(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const zip = new PizZip(bytes);
  const xml = readPart(zip, 'word/document.xml');
  if (xml === undefined || !xml.includes('<wp:docPr')) return bytes;
  let n = 0;
  zip.file(
    'word/document.xml',
    xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`),
  );
  return generateDocx(zip);
}

/** Packs one kind's template into deterministic .docx bytes. */
export async function packTemplate(
  kind: LetterKind,
  options: TemplateOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return renumberDrawings(await packDocument(buildTemplateDocument(kind, options)));
}

/** Packs every kind's plain A4 template (what the generator writes and the staleness test compares). */
export async function packAllTemplates(): Promise<Record<LetterKind, Uint8Array<ArrayBuffer>>> {
  const out = {} as Record<LetterKind, Uint8Array<ArrayBuffer>>;
  for (const kind of LetterKind.options) out[kind] = await packTemplate(kind);
  return out;
}
