/**
 * Filling a .docx template with docxtemplater, two ways that give the same bytes:
 *
 * - `freshFill`: the documented way (new PizZip, new Docxtemplater, render, DEFLATE).
 * - `FastFiller`: compiles a template once and renders many letters from it. docxtemplater has no
 *   public compile-once/render-many API, so this drives the same internal steps its `render()`
 *   runs (getRenderedMap → scope manager → XmlTemplater#render → preZip) on a compiled instance
 *   that is never `render()`ed, then writes the parts into a zip whose unchanged entries keep
 *   their already-compressed bytes: only the parts whose text changed are DEFLATEd again.
 *
 * PINNED: written against docxtemplater 3.71.0 and pizzip 3.3.0 (the internals used are listed in
 * `DocxtemplaterInternals`). test/letters/fast-fill.test.ts checks the installed versions and that
 * the fast output equals a fresh render's bytes for every kind and profile; update both together.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { generateDocx } from './zip';

/** docxtemplater version the fast path was written and tested against. */
export const PINNED_DOCXTEMPLATER_VERSION = '3.71.0';
/** pizzip version the fast path was written and tested against. */
export const PINNED_PIZZIP_VERSION = '3.3.0';

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

/** The options every pbi-jk fill uses (fresh, fast and the template checker). */
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
 * Last step of every letter (fresh or fast): parts written after filling. `registered` is true on
 * the fast path, whose base zip went through the same finisher already: one-time registrations
 * (content types, relationships) are then in place and need not be read again. A finisher must
 * give the same zip either way.
 */
export type Finisher = (zip: PizZip, registered: boolean) => void;

/** Fills a template the documented way and returns the .docx bytes. */
export function freshFill(template: Uint8Array, data: object, finish: Finisher): Uint8Array {
  const zip = new PizZip(template);
  const doc = new Docxtemplater(zip, fillOptions());
  doc.render(data);
  finish(zip, false);
  return generateDocx(zip);
}

type XmlTemplaterInternal = {
  scopeManager: unknown;
  /** docxtemplater 3.71 gives the rendered part as UTF-8 bytes (a string in older versions). */
  content?: string | Uint8Array;
  postparsed: { type: string }[];
  render(to: string): unknown;
};
type ModuleInternal = {
  getRenderedMap(
    map: Record<string, { from: string; data: unknown }>,
  ): Record<string, { from: string; data: unknown }>;
  preZip?: (content: string | Uint8Array, file: XmlTemplaterInternal) => unknown;
};
/** The docxtemplater internals the fast path relies on (see the pin above). */
type DocxtemplaterInternals = {
  compiled: Record<string, XmlTemplaterInternal>;
  modules: ModuleInternal[];
  scopeManagers: Record<string, unknown>;
  setModules(options: { data: unknown }): void;
  getScopeManager(to: string, file: XmlTemplaterInternal, data: unknown): unknown;
};

/**
 * One template compiled once, filled many times. Create it with {@link FastFiller.create}, which
 * renders the first letter the documented way and keeps the result as the base zip.
 */
export class FastFiller {
  private readonly doc: DocxtemplaterInternals;
  private base: Uint8Array | undefined;
  /** Bytes of each templated part in the base zip, to skip parts a letter does not change. */
  private readonly baseParts = new Map<string, Uint8Array>();
  /** Templated parts without any tag: their rendering never depends on data. */
  private readonly constantParts = new Set<string>();
  private readonly template: Uint8Array;

  private constructor(template: Uint8Array) {
    this.template = template;
    // The v4 constructor compiles at once; this instance is never render()ed.
    this.doc = new Docxtemplater(
      new PizZip(template),
      fillOptions(),
    ) as unknown as DocxtemplaterInternals;
  }

  /** Compiles a template (throws docxtemplater's errors for a broken one). */
  static create(template: Uint8Array): FastFiller {
    return new FastFiller(template);
  }

  private renderParts(data: object): [string, string | Uint8Array][] {
    const doc = this.doc;
    doc.setModules({ data });
    doc.scopeManagers = {};
    const mapper = doc.modules.reduce<Record<string, { from: string; data: unknown }>>(
      (value, module) => module.getRenderedMap(value),
      {},
    );
    const out: [string, string | Uint8Array][] = [];
    for (const to of Object.keys(mapper)) {
      const entry = mapper[to];
      const file = entry ? doc.compiled[entry.from] : undefined;
      // A part without tags renders to the same text for every letter: the base zip has it.
      if (!entry || !file || (this.base !== undefined && this.constantParts.has(entry.from)))
        continue;
      file.scopeManager = doc.getScopeManager(to, file, entry.data);
      file.render(to);
      let content: string | Uint8Array = file.content ?? '';
      delete file.content;
      for (const module of doc.modules) {
        if (module.preZip) {
          const result = module.preZip(content, file);
          if (typeof result === 'string') content = result;
        }
      }
      out.push([to, content]);
    }
    return out;
  }

  /** Fills the template with `data`; same bytes as {@link freshFill} with the same finisher. */
  fill(data: object, finish: Finisher): Uint8Array {
    if (this.base === undefined) {
      // First letter: render the documented way and keep it as the base zip.
      const bytes = freshFill(this.template, data, finish);
      const zip = new PizZip(bytes);
      for (const name of Object.keys(this.doc.compiled)) {
        const entry = zip.files[name];
        if (entry) this.baseParts.set(name, entry.asUint8Array());
      }
      this.base = bytes;
      // Warm the compiled instance (and prove it renders) with the same data.
      this.renderParts(data);
      return bytes;
    }
    const parts = this.renderParts(data);
    const zip = new PizZip(this.base);
    for (const [name, content] of parts) {
      if (!sameContent(this.baseParts.get(name), content))
        zip.file(name, content, { createFolders: true });
    }
    finish(zip, true);
    return generateDocx(zip);
  }
}

const encoder = new TextEncoder();

/** True when a rendered part equals the base zip's bytes of it. */
function sameContent(base: Uint8Array | undefined, content: string | Uint8Array): boolean {
  if (base === undefined) return false;
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  if (bytes.length !== base.length) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== base[i]) return false;
  return true;
}
