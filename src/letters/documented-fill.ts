/**
 * The documented way to fill a template: docxtemplater's and PizZip's public API only
 * (`new PizZip(bytes)`, `new Docxtemplater(zip, options)`, `render(data)`, `generate`). Every
 * letter could be made this way; the fast filler (fast-fill.ts) is an optimisation that must give
 * the same bytes, and fill-engine.ts falls back to this whenever it cannot prove that it does.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { generateDocx, LETTER_DEFLATE_LEVEL } from './zip';

/** Thrown by the null getter: a tag whose value is missing is refused, never printed "undefined". */
export class MissingTagValue extends Error {
  /** The tag (or loop) that had no value. */
  readonly tag: string;
  constructor(tag: string) {
    super(`no value for tag {${tag}}`);
    this.name = 'MissingTagValue';
    this.tag = tag;
  }
}

/** The options every pbi-jk fill uses (documented, fast and the template checker). */
export function fillOptions() {
  return {
    paragraphLoop: true,
    linebreaks: false,
    errorLogging: false,
    nullGetter(part: { value?: string; module?: string }): never {
      throw new MissingTagValue(String(part.value ?? ''));
    },
  };
}

/**
 * Last step of every letter (documented or fast): parts written after filling. `registered` is
 * true on the fast path, whose base zip went through the same finisher already: one-time
 * registrations (content types, relationships) are then in place and need not be read again. A
 * finisher must give the same zip either way. With `registered` true it may only write parts
 * (`zip.file`): the fast path hands it an empty zip and writes what it wrote over the base zip's
 * entries.
 */
export type Finisher = (zip: PizZip, registered: boolean) => void;

/**
 * Fills a template the documented way and returns the .docx bytes. The template must have passed
 * `secureTemplate` (template-safety.ts): PizZip inflates every part without a bound.
 */
export function documentedFill(
  template: Uint8Array,
  data: object,
  finish: Finisher,
): Uint8Array<ArrayBuffer> {
  const zip = new PizZip(template);
  const doc = new Docxtemplater(zip, fillOptions());
  doc.render(data);
  finish(zip, false);
  return generateDocx(zip, LETTER_DEFLATE_LEVEL);
}
