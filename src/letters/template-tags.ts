/**
 * Reading a template's tags through docxtemplater's public module API, and finding the
 * e-office's own `${…}` placeholders among them.
 *
 * docxtemplater's InspectModule (`docxtemplater/js/inspect-module.js`) gives the tags publicly,
 * but it `require`s lodash, which docxtemplater lists only as a devDependency: in an ordinary
 * install it fails with "Cannot find module 'lodash'" (docxtemplater issue #502), and in a browser
 * bundle it would add all of lodash. {@link TagInspector} is the same thing without lodash: a
 * module that receives, through the public `set({ inspect: { filePath, postparsed } })` hook that
 * InspectModule itself listens to, each templated part's parsed tags; `structuredTags` filters
 * them as InspectModule's `getStructuredTags` does.
 */
import Docxtemplater from 'docxtemplater';
import type PizZip from 'pizzip';
import { fillOptions } from './documented-fill';

/** A tag as docxtemplater parses it (the fields this package reads). */
export type TagPart = {
  type: string;
  value?: string;
  module?: string;
  /** Position of the tag's `{` in the part's text (all `w:t` texts one after the other). */
  offset?: number;
  subparsed?: TagPart[];
};

/** A docxtemplater module that records each templated part's parsed tags (public module API). */
export class TagInspector {
  /** Module name, as docxtemplater modules carry one. */
  readonly name = 'PbiJkTagInspector';
  /** Parsed parts by file, e.g. `word/document.xml`. */
  readonly files = new Map<string, TagPart[]>();

  /** docxtemplater's module hook: called with `{ inspect: { filePath, postparsed } }` per part. */
  set(options: { inspect?: { filePath?: unknown; postparsed?: unknown } }): void {
    const inspect = options?.inspect;
    if (typeof inspect?.filePath === 'string' && Array.isArray(inspect.postparsed))
      this.files.set(inspect.filePath, inspect.postparsed as TagPart[]);
  }

  /** The tags of one part (placeholders only, loops with their inner tags), as InspectModule gives them. */
  structuredTags(file: string): TagPart[] {
    const only = (parts: TagPart[]): TagPart[] =>
      parts
        .filter((part) => part.type === 'placeholder')
        .map((part) =>
          Array.isArray(part.subparsed) ? { ...part, subparsed: only(part.subparsed) } : part,
        );
    return only(this.files.get(file) ?? []);
  }
}

/**
 * Compiles a template with a {@link TagInspector} attached and returns it (the zip is not
 * changed). Throws docxtemplater's own errors for broken tag syntax.
 */
export function inspectTags(zip: PizZip): TagInspector {
  const inspector = new TagInspector();
  new Docxtemplater(zip, { ...fillOptions(), modules: [inspector] });
  return inspector;
}

/** The text of a part as docxtemplater reads it: every `w:t` text one after the other. */
export function partText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) text += m[1] ?? '';
  return text;
}

/** A name the e-office (SRIKANDI and the like) uses in its `${…}` placeholders. */
const E_OFFICE_NAME = /^[A-Za-z_][\w.-]*$/;

/**
 * True when a plain tag is an e-office placeholder: `{name}` right after a `$` in the part's
 * text (docxtemplater reads `${ttd_pengirim}` as the text `$` and the tag `ttd_pengirim`).
 */
export function isEOfficeTag(part: TagPart, text: string): boolean {
  return (
    part.module === undefined &&
    typeof part.value === 'string' &&
    E_OFFICE_NAME.test(part.value) &&
    !['__proto__', 'constructor', 'prototype'].includes(part.value) &&
    part.offset !== undefined &&
    part.offset > 0 &&
    text[part.offset - 1] === '$'
  );
}

/**
 * The e-office placeholders of a compiled template: each `${name}` at the top level of a part
 * (not inside a loop). Filling gives each the value `{name}`, so the letter keeps `${name}`
 * literally for the e-office to fill.
 */
export function eOfficePlaceholders(zip: PizZip, inspector: TagInspector): Set<string> {
  const names = new Set<string>();
  for (const file of inspector.files.keys()) {
    const text = partText(zip.files[file]?.asText() ?? '');
    for (const part of inspector.structuredTags(file))
      if (isEOfficeTag(part, text) && part.value !== undefined) names.add(part.value);
  }
  return names;
}

/** `data` with each e-office placeholder's name mapped to its own `{name}` text. */
export function withEOfficePlaceholders(data: object, names: ReadonlySet<string>): object {
  if (names.size === 0) return data;
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const name of names) out[name] = `{${name}}`;
  return out;
}
