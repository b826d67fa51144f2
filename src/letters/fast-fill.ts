/**
 * The fast filler: compiles a template once and renders many letters from it. docxtemplater has
 * no public compile-once/render-many API, so this drives the same internal steps its `render()`
 * runs (getRenderedMap → scope manager → render → postrender → joinUncorrupt → preZip) on a
 * compiled instance that is never `render()`ed. On top of that:
 * - parts without tags are not rendered again (the first letter's zip has them);
 * - plain `{tag}` values are spliced into a rendering of the rest of the data, cached per
 *   template (see "Splicing" below), so letters of one office mostly skip docxtemplater;
 * - the zip is written by `ZipWriter`: the first letter's entries keep their compressed bytes,
 *   only the parts whose text changed are DEFLATEd again (with PizZip's own compressor).
 *
 * These are private internals of docxtemplater (written against 3.71.0) and pizzip (3.3.0), and
 * package.json lets npm resolve any 3.x. So nothing here is used unguarded: fill-engine.ts checks
 * {@link missingInternals} first, compares this filler's first output with the documented render
 * (documented-fill.ts) byte for byte, and falls back to the documented render on any difference
 * or exception. Nothing here is ever reported as the template's fault.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { type Finisher, fillOptions } from './documented-fill';
import { sameBytes } from './same-bytes';
import { generateDocx, LETTER_DEFLATE_LEVEL } from './zip';
import { ZipWriter, zipWriterUsable } from './zip-writer';

/** docxtemplater version the fast path was written and tested against (the guard checks any other). */
export const WRITTEN_FOR_DOCXTEMPLATER = '3.71.0';
/** pizzip version the fast path was written and tested against (the guard checks any other). */
export const WRITTEN_FOR_PIZZIP = '3.3.0';

type XmlTemplaterInternal = {
  scopeManager: { resolved?: unknown };
  /** docxtemplater 3.71 gives the rendered part as UTF-8 bytes (a string in older versions). */
  content?: string | Uint8Array;
  postparsed: { type: string }[];
  filePath: string;
  modules: ModuleInternal[];
  render(to: string): unknown;
  getOptions(): RenderOptions;
  setModules(options: object): void;
};
type ModuleInternal = {
  getRenderedMap(
    map: Record<string, { from: string; data: unknown }>,
  ): Record<string, { from: string; data: unknown }>;
  preZip?: (content: string | Uint8Array, file: XmlTemplaterInternal) => unknown;
  render?: (part: unknown, options: RenderOptions) => unknown;
  postrender(parts: unknown[], options: RenderOptions): unknown[];
};
/** The options object `XmlTemplater#render` builds and hands to every module's `render`. */
type RenderOptions = {
  modules: ModuleInternal[];
  resolved?: unknown;
  scopeManager?: unknown;
  render?: RenderFunction;
  joinUncorrupt?: JoinUncorrupt;
};
type RenderFunction = (options: RenderOptions) => { errors: unknown[]; parts: unknown[] };
type JoinUncorrupt = (parts: unknown[], options: RenderOptions) => unknown[];
/**
 * docxtemplater's module-private render steps (js/render.js and js/join-uncorrupt.js), taken from
 * the options its own `XmlTemplater#render` passes to modules (see `captureRenderSteps`).
 */
type RenderSteps = { render: RenderFunction; joinUncorrupt: JoinUncorrupt };
/** The docxtemplater internals the fast path relies on (see the pin above). */
type DocxtemplaterInternals = {
  compiled: Record<string, XmlTemplaterInternal>;
  modules: ModuleInternal[];
  scopeManagers: Record<string, unknown>;
  setModules(options: { data: unknown }): void;
  getScopeManager(
    to: string,
    file: XmlTemplaterInternal,
    data: unknown,
  ): XmlTemplaterInternal['scopeManager'];
};

const encoder = new TextEncoder();

/** An internal the fast path drives is missing or has changed shape (see {@link missingInternals}). */
export class InternalsChanged extends Error {
  /** The internals that were not as expected. */
  readonly missing: string[];
  constructor(missing: string[]) {
    super(`docxtemplater/pizzip internals changed: ${missing.join(', ')}`);
    this.name = 'InternalsChanged';
    this.missing = missing;
  }
}

/**
 * The docxtemplater/pizzip internals this filler uses that are missing or not of the expected
 * shape on a compiled (never rendered) instance; empty when all are there. Shape only: the guard
 * also compares bytes, because a changed behaviour keeps the shape.
 */
export function missingInternals(instance: unknown): string[] {
  const missing: string[] = [];
  const doc = instance as Partial<Record<string, unknown>> | undefined;
  const fn = (owner: unknown, key: string, label: string) => {
    if (typeof (owner as Record<string, unknown> | undefined)?.[key] !== 'function')
      missing.push(label);
  };
  fn(doc, 'getScopeManager', 'Docxtemplater#getScopeManager');
  fn(doc, 'setModules', 'Docxtemplater#setModules');
  if (typeof doc?.scopeManagers !== 'object' || doc.scopeManagers === null)
    missing.push('Docxtemplater#scopeManagers');
  const modules = doc?.modules;
  if (!Array.isArray(modules) || modules.length === 0) missing.push('Docxtemplater#modules');
  else
    for (const [i, module] of modules.entries()) {
      fn(module, 'getRenderedMap', `modules[${i}].getRenderedMap`);
      fn(module, 'postrender', `modules[${i}].postrender`);
    }
  if (Array.isArray(modules) && typeof modules[0]?.render !== 'function')
    missing.push('modules[0].render');
  const compiled = doc?.compiled;
  if (typeof compiled !== 'object' || compiled === null || Object.keys(compiled).length === 0)
    missing.push('Docxtemplater#compiled');
  else
    for (const [name, file] of Object.entries(compiled as Record<string, unknown>)) {
      const f = file as Partial<Record<string, unknown>> | undefined;
      if (!Array.isArray(f?.postparsed)) missing.push(`compiled[${name}].postparsed`);
      fn(f, 'render', `compiled[${name}].render`);
      fn(f, 'getOptions', `compiled[${name}].getOptions`);
      fn(f, 'setModules', `compiled[${name}].setModules`);
    }
  const utils = (Docxtemplater as unknown as { DocUtils?: Record<string, unknown> }).DocUtils;
  for (const key of ['utf8ToWord', 'hasCorruptCharacters', 'isWhiteSpace'])
    fn(utils, key, `DocUtils.${key}`);
  if (!zipWriterUsable()) missing.push('PizZip.compressions.DEFLATE.compress');
  return missing;
}

/**
 * `XmlTemplater#render(to)` followed by its `postrender`, step for step, except the last one:
 * docxtemplater turns the joined parts into UTF-8 with its own JavaScript loop; this returns the
 * joined text, which the caller encodes with the platform's TextEncoder (the same bytes for
 * well-formed text). Returns `undefined` (the caller then runs docxtemplater's own `render`) for
 * anything else: render errors, a part that is not a string, or text with a lone surrogate
 * (which docxtemplater writes as WTF-8).
 */
function renderText(
  file: XmlTemplaterInternal,
  to: string,
  steps: RenderSteps,
): string | undefined {
  file.filePath = to;
  const options = file.getOptions();
  options.resolved = file.scopeManager.resolved;
  options.scopeManager = file.scopeManager;
  options.render = steps.render;
  options.joinUncorrupt = steps.joinUncorrupt;
  const { errors, parts } = steps.render(options);
  if (errors.length > 0) return undefined;
  let rendered = parts;
  for (let i = 0; i < rendered.length; i++)
    if (typeof rendered[i] === 'number') rendered[i] = String(rendered[i]);
  for (const module of options.modules) rendered = module.postrender(rendered, options);
  const joined = steps.joinUncorrupt(rendered, options);
  for (const part of joined) if (typeof part !== 'string') return undefined;
  const text = (joined as string[]).join('');
  if (!isWellFormed(text)) return undefined;
  file.setModules({ inspect: { filePath: to, content: text } });
  return text;
}

function isWellFormed(text: string): boolean {
  return (text as { isWellFormed?: () => boolean }).isWellFormed?.() === true;
}

/*
 * Splicing. A tag printed only as a plain `{tag}` (never a loop or section name) reaches the
 * output in one way only: its value, checked for characters XML cannot hold and escaped by
 * `utf8ToWord`, becomes one part of the rendered text. The steps after (space-preserve's
 * postrender, joinUncorrupt) look at a part only for how it starts or ends with markup (`<`, which
 * an escaped value never holds), for being empty or white space, or move it unchanged. So, for a
 * value that is non-empty, not only white space and free of such characters, rendering with a
 * unique marker in its place and putting the escaped value where the marker landed gives the same
 * text. `FastRenderer` renders each distinct rest of the data (everything but those values) once
 * with markers and splices every letter's values into that; test/letters/fast-fill.test.ts checks
 * the result against fresh renders, hostile values included.
 */

/** Marks a spliced value while rendering: MARK_OPEN, its index, MARK_CLOSE (private-use characters). */
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK_SPLIT = /\uE000(\d+)\uE001/;
/** Marked renderings kept per template (distinct data rests: kinds of letter, signers, lists). */
const SPLICE_CACHE_SIZE = 32;

/** docxtemplater's own escaping and checks of a value (its `DocUtils`, checked by the guard). */
type DocUtils = {
  utf8ToWord(value: string): string;
  hasCorruptCharacters(value: string): boolean;
  isWhiteSpace(value: string): boolean;
};
function docUtils(): DocUtils {
  return (Docxtemplater as unknown as { DocUtils: DocUtils }).DocUtils;
}

/** One templated part rendered with markers: text segments around the value slots. */
type SplicedPart = { to: string; segments: string[]; slots: number[] };

type PostparsedPart = { type: string; value?: unknown; module?: string; subparsed?: unknown };

/**
 * The data keys printed only as plain `{tag}`s in these parts (`undefined` when the template
 * holds a tag other than a plain one or a loop/section, where splicing is not proven).
 */
function plainOnlyKeys(parts: PostparsedPart[][]): Set<string> | undefined {
  const plain = new Set<string>();
  const loops = new Set<string>();
  const walk = (list: unknown): boolean => {
    if (!Array.isArray(list)) return true;
    for (const part of list as PostparsedPart[]) {
      if (part.type !== 'placeholder') continue;
      if (typeof part.value !== 'string') return false;
      if (part.module === undefined) plain.add(part.value);
      else if (part.module === 'loop') {
        loops.add(part.value);
        if (!walk(part.subparsed)) return false;
      } else return false;
    }
    return true;
  };
  for (const list of parts) if (!walk(list)) return undefined;
  const keys = new Set<string>();
  for (const key of plain) if (!loops.has(key) && /^[A-Za-z_$][\w$]*$/.test(key)) keys.add(key);
  return keys;
}

/** JSON of plain data (strings, finite numbers, booleans, null, arrays, plain objects), else `undefined`. */
function jsonKey(value: unknown): string | undefined {
  const plain = (v: unknown, depth: number): boolean => {
    if (depth > 20) return false;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return Number.isFinite(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!(i in v) || !plain(v[i], depth + 1)) return false;
      return true;
    }
    if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
    for (const k of Object.keys(v))
      if (!plain((v as Record<string, unknown>)[k], depth + 1)) return false;
    return true;
  };
  return plain(value, 0) ? JSON.stringify(value) : undefined;
}

/** Splits a text rendered with `count` markers into segments and slots; `undefined` if stray marks. */
function splitMarked(to: string, text: string, count: number): SplicedPart | undefined {
  const pieces = text.split(MARK_SPLIT);
  const segments: string[] = [];
  const slots: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (i % 2 === 0) {
      if (piece.includes(MARK_OPEN) || piece.includes(MARK_CLOSE)) return undefined;
      segments.push(piece);
    } else {
      const slot = Number(piece);
      if (!(slot < count) || String(slot) !== piece) return undefined;
      slots.push(slot);
    }
  }
  return { to, segments, slots };
}

/** A part rendered with errors on the fast path (see `FastRenderer#fill`). */
class RenderFailed extends Error {}

/**
 * One template compiled once, filled many times. Create it with {@link FastRenderer.create}, give
 * it the first (documented) letter with {@link FastRenderer.prime}, then {@link FastRenderer.fill}.
 * Used only through the guard in fill-engine.ts.
 */
export class FastRenderer {
  private readonly doc: DocxtemplaterInternals;
  private base: Uint8Array | undefined;
  /** The base zip taken apart, to write each letter's changed parts into (see zip-writer.ts). */
  private writer: ZipWriter | undefined;
  /** Bytes of each templated part in the base zip, to skip parts a letter does not change. */
  private readonly baseParts = new Map<string, Uint8Array>();
  /** Templated parts without any tag: their rendering never depends on data. */
  private readonly constantParts = new Set<string>();
  /** docxtemplater's render steps, once captured (see {@link renderText}). */
  private steps: RenderSteps | undefined;
  /** Data keys whose values are spliced into a cached rendering (see "Splicing" above). */
  private spliceKeys: Set<string> | undefined;
  /** Renderings with markers, by the JSON of the rest of the data; oldest first. */
  private readonly spliced = new Map<string, SplicedPart[]>();

  private constructor(doc: DocxtemplaterInternals) {
    this.doc = doc;
  }

  /**
   * Compiles a template for the fast path. Throws docxtemplater's errors for a broken template,
   * and {@link InternalsChanged} when an internal this filler drives is missing or has another
   * shape (then only the documented render is used).
   */
  static create(template: Uint8Array): FastRenderer {
    // The v4 constructor compiles at once; this instance is never render()ed.
    const doc = new Docxtemplater(new PizZip(template), fillOptions());
    const missing = missingInternals(doc);
    if (missing.length > 0) throw new InternalsChanged(missing);
    return new FastRenderer(doc as unknown as DocxtemplaterInternals);
  }

  /** Which fast paths this filler uses (for the tests): zip writer, spliced keys, cached renderings. */
  get stats(): { zipWriter: boolean; spliceKeys: string[]; cachedRenderings: number } {
    return {
      zipWriter: this.writer !== undefined,
      spliceKeys: [...(this.spliceKeys ?? [])],
      cachedRenderings: this.spliced.size,
    };
  }

  /**
   * Takes docxtemplater's render steps from the options its `XmlTemplater#render` gives the
   * first module, while rendering `data` the ordinary way (the module is restored after).
   */
  private captureRenderSteps(data: object): void {
    const module = this.doc.modules[0];
    const original = module?.render;
    if (!module || !original) {
      this.renderParts(data);
      return;
    }
    let steps: RenderSteps | undefined;
    module.render = (part, options) => {
      if (
        !steps &&
        typeof options.render === 'function' &&
        typeof options.joinUncorrupt === 'function'
      )
        steps = { render: options.render, joinUncorrupt: options.joinUncorrupt };
      return original.call(module, part, options);
    };
    try {
      this.renderParts(data);
    } finally {
      module.render = original;
    }
    this.steps = steps;
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
      const text = this.steps ? renderText(file, to, this.steps) : undefined;
      let content: string | Uint8Array | undefined =
        text === undefined ? undefined : encoder.encode(text);
      if (content === undefined) {
        // docxtemplater's own render, on a fresh scope manager.
        delete doc.scopeManagers[to];
        file.scopeManager = doc.getScopeManager(to, file, entry.data);
        file.render(to);
        // No content: docxtemplater collected render errors, which its `render()` throws later.
        if (file.content === undefined) throw new RenderFailed();
        content = file.content;
        delete file.content;
      }
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

  /**
   * The templated parts that depend on data, rendered to text with {@link renderText}, or
   * `undefined` when any part needs docxtemplater's own render or a module post-processes parts.
   */
  private renderTexts(data: object): [string, string][] | undefined {
    const doc = this.doc;
    const steps = this.steps;
    if (!steps || doc.modules.some((module) => module.preZip)) return undefined;
    doc.setModules({ data });
    doc.scopeManagers = {};
    const mapper = doc.modules.reduce<Record<string, { from: string; data: unknown }>>(
      (value, module) => module.getRenderedMap(value),
      {},
    );
    const out: [string, string][] = [];
    for (const to of Object.keys(mapper)) {
      const entry = mapper[to];
      const file = entry ? doc.compiled[entry.from] : undefined;
      if (!entry || !file || this.constantParts.has(entry.from)) continue;
      file.scopeManager = doc.getScopeManager(to, file, entry.data);
      const text = renderText(file, to, steps);
      if (text === undefined) return undefined;
      out.push([to, text]);
    }
    return out;
  }

  /**
   * The templated parts for `data` by splicing its plain values into a cached rendering of the
   * rest (rendered now when not cached), or `undefined` when `data` does not lend itself to it.
   */
  private spliceParts(data: object): [string, Uint8Array][] | undefined {
    const keys = this.spliceKeys;
    if (!keys || keys.size === 0) return undefined;
    const { utf8ToWord, hasCorruptCharacters, isWhiteSpace } = docUtils();
    const record = data as Record<string, unknown>;
    const names: string[] = [];
    const values: string[] = [];
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (
        keys.has(key) &&
        typeof value === 'string' &&
        value !== '' &&
        !isWhiteSpace(value) &&
        !hasCorruptCharacters(value)
      ) {
        names.push(key);
        values.push(value);
      } else rest[key] = value;
    }
    if (names.length === 0) return undefined;
    const cacheKey = jsonKey([names, rest]);
    if (cacheKey === undefined) return undefined;
    let cached = this.spliced.get(cacheKey);
    if (cached) {
      this.spliced.delete(cacheKey);
    } else {
      const marked: Record<string, unknown> = {};
      for (const key of Object.keys(record)) {
        const slot = names.indexOf(key);
        marked[key] = slot >= 0 ? `${MARK_OPEN}${slot}${MARK_CLOSE}` : record[key];
      }
      const texts = this.renderTexts(marked);
      if (!texts) return undefined;
      const parts: SplicedPart[] = [];
      for (const [to, text] of texts) {
        const part = splitMarked(to, text, names.length);
        if (!part) return undefined;
        parts.push(part);
      }
      cached = parts;
      if (this.spliced.size >= SPLICE_CACHE_SIZE) {
        const oldest = this.spliced.keys().next().value;
        if (oldest !== undefined) this.spliced.delete(oldest);
      }
    }
    this.spliced.set(cacheKey, cached);
    const escaped = values.map((value) => utf8ToWord(value));
    const out: [string, Uint8Array][] = [];
    for (const { to, segments, slots } of cached) {
      let text = segments[0] ?? '';
      for (let i = 0; i < slots.length; i++)
        text += (escaped[slots[i] ?? 0] ?? '') + (segments[i + 1] ?? '');
      // A lone surrogate: docxtemplater writes WTF-8, which only its own render gives.
      if (!isWellFormed(text)) return undefined;
      out.push([to, encoder.encode(text)]);
    }
    return out;
  }

  /**
   * Takes the first letter, made the documented way from `data`, as the base zip, and warms the
   * compiled instance with the same data (capturing docxtemplater's render steps). After this,
   * {@link fill} makes letters; the guard then checks that it gives `base` again for `data`.
   */
  prime(base: Uint8Array, data: object): void {
    const zip = new PizZip(base);
    for (const name of Object.keys(this.doc.compiled)) {
      const entry = zip.files[name];
      if (entry) this.baseParts.set(name, entry.asUint8Array());
    }
    this.writer = ZipWriter.from(base);
    this.captureRenderSteps(data);
    for (const [name, file] of Object.entries(this.doc.compiled))
      if (!file.postparsed.some((part) => part.type === 'placeholder'))
        this.constantParts.add(name);
    this.spliceKeys = plainOnlyKeys(
      Object.entries(this.doc.compiled)
        .filter(([name]) => !this.constantParts.has(name))
        .map(([, file]) => file.postparsed),
    );
    this.base = base;
  }

  /**
   * Fills the template with `data` (after {@link prime}); the same bytes as the documented render
   * with the same finisher, or `undefined` when docxtemplater reported render errors (the caller
   * then lets the documented render throw them). With `splice: false`, values are never spliced
   * (the guard checks both ways).
   */
  fill(data: object, finish: Finisher, splice = true): Uint8Array<ArrayBuffer> | undefined {
    const base = this.base;
    if (base === undefined) throw new Error('fast filler used before prime()');
    let parts: [string, string | Uint8Array][];
    try {
      parts = (splice ? this.spliceParts(data) : undefined) ?? this.renderParts(data);
    } catch (error) {
      if (error instanceof RenderFailed) return undefined;
      throw error;
    }
    const changed = parts.filter(
      ([name, content]) => !sameContent(this.baseParts.get(name), content),
    );
    return this.writeFast(changed, finish) ?? this.writeWithPizZip(base, changed, finish);
  }

  /**
   * Writes the changed parts and the finisher's parts into the base zip without loading it (see
   * zip-writer.ts), or returns `undefined` when something falls outside what that handles.
   */
  private writeFast(
    changed: [string, string | Uint8Array][],
    finish: Finisher,
  ): Uint8Array<ArrayBuffer> | undefined {
    const writer = this.writer;
    if (!writer) return undefined;
    const replace = new Map<string, Uint8Array>();
    for (const [name, content] of changed) {
      if (typeof content === 'string') return undefined;
      replace.set(name, content);
    }
    // A registered finisher only writes parts: collect them from an empty zip. Written after the
    // rendered parts, as on the PizZip path.
    const written = new PizZip();
    finish(written, true);
    for (const name of Object.keys(written.files)) {
      const entry = written.files[name];
      if (!entry || entry.dir) return undefined;
      replace.set(name, entry.asUint8Array());
    }
    for (const [name, content] of replace)
      if (content.length === 0 || !writer.canReplace(name)) return undefined;
    return writer.write(replace);
  }

  /** Writes the changed parts into the base zip with PizZip (the general way). */
  private writeWithPizZip(
    base: Uint8Array,
    changed: [string, string | Uint8Array][],
    finish: Finisher,
  ): Uint8Array<ArrayBuffer> {
    const zip = new PizZip(base);
    for (const [name, content] of changed) zip.file(name, content, { createFolders: true });
    finish(zip, true);
    return generateDocx(zip, LETTER_DEFLATE_LEVEL);
  }
}

/** True when a rendered part equals the base zip's bytes of it. */
function sameContent(base: Uint8Array | undefined, content: string | Uint8Array): boolean {
  return sameBytes(base, typeof content === 'string' ? encoder.encode(content) : content);
}
