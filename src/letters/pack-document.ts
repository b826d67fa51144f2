/**
 * Packs documents built with the `docx` library. Apart from zip.ts so that only what writes a
 * Word document from scratch (the rule book, the template generator) loads the docx writer: an
 * app that fills letters never bundles it.
 */
import { type Document, Packer } from 'docx';
import PizZip from 'pizzip';
import { generateDocx, readPart } from './zip';

/** The date written into docProps/core.xml (created, modified) of documents pbi-jk builds. */
export const DOCUMENT_DATE = '2026-01-01T00:00:00Z';

/**
 * Packs a `docx` Document into deterministic bytes: fixed created/modified dates in
 * docProps/core.xml and fixed zip dates, so building twice gives the same file.
 */
export async function packDocument(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new PizZip(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const core = readPart(zip, 'docProps/core.xml');
  if (core !== undefined) {
    zip.file(
      'docProps/core.xml',
      core.replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _tag: string, close: string) => `${open}${DOCUMENT_DATE}${close}`,
      ),
    );
  }
  return generateDocx(zip);
}
