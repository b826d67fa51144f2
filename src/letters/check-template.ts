import Docxtemplater from 'docxtemplater';
import type * as z from 'zod';
import type { Locale } from '../i18n/locale';
import type { LetterKind } from '../schemas/profile';
import { fillOptions } from './fill-engine';
import { LETTER_DATA_SCHEMAS, REQUIRED_TAGS } from './letter-data';
import { openZip } from './open-zip';

/** What is wrong with a template, as a stable code (the message is written per locale). */
export type TemplateProblemCode =
  | 'not-docx'
  | 'syntax'
  | 'unknown-tag'
  | 'misused-tag'
  | 'unsupported-tag'
  | 'missing-tag';

/** One problem `checkTemplate` found, with the paragraph it sits in when there is one. */
export type TemplateProblem = {
  code: TemplateProblemCode;
  /** The tag concerned, without braces. */
  tag?: string;
  /** Text of the paragraph where the problem is (shortened to 200 characters). */
  paragraph?: string;
  /** The part of the .docx, e.g. `word/document.xml`. */
  part?: string;
  /** Plain-words explanation in the requested locale. */
  message: string;
};

/**
 * The result of {@link checkTemplate}: `ok` when the template can be filled for its kind, the
 * tags it uses, and every problem found.
 */
export type TemplateReport = {
  kind: LetterKind;
  ok: boolean;
  /** Every tag the template uses (loops included), sorted. */
  tags: string[];
  problems: TemplateProblem[];
};

type Shape = Record<string, z.ZodType>;
type Messages = {
  notDocx: string;
  noDocument: string;
  syntax: (id: string, tag: string | undefined) => string;
  unknown: (tag: string, inside: string | undefined) => string;
  listAsValue: (tag: string) => string;
  unsupported: (tag: string) => string;
  missing: (tag: string) => string;
};

const SYNTAX_ID: Record<string, { id: string; en: string }> = {
  unclosed_tag: { id: 'tag tidak ditutup dengan "}"', en: 'tag is not closed with "}"' },
  unopened_tag: { id: 'ada "}" tanpa "{" pembuka', en: 'a "}" has no opening "{"' },
  duplicate_open_tag: { id: 'ada "{" ganda', en: 'a "{" is doubled' },
  duplicate_close_tag: { id: 'ada "}" ganda', en: 'a "}" is doubled' },
  unclosed_loop: {
    id: 'bagian {#…} tidak ditutup dengan {/…}',
    en: 'a {#…} section is not closed with {/…}',
  },
  unopened_loop: { id: 'penutup {/…} tanpa pembuka {#…}', en: 'a {/…} has no opening {#…}' },
  closing_tag_does_not_match_opening_tag: {
    id: 'penutup {/…} tidak sesuai dengan pembukanya',
    en: 'a {/…} does not match its opening tag',
  },
  unbalanced_loop_tags: {
    id: 'pembuka dan penutup bagian tidak seimbang',
    en: 'section tags are unbalanced',
  },
};

const MESSAGES: Record<Locale, Messages> = {
  id: {
    notDocx: 'berkas bukan dokumen Word (.docx) yang dapat dibuka',
    noDocument: 'berkas .docx tidak memuat word/document.xml',
    syntax: (id, tag) =>
      `penulisan tag salah${tag ? ` pada "{${tag}"` : ''}: ${SYNTAX_ID[id]?.id ?? `kesalahan sintaks (${id})`}`,
    unknown: (tag, inside) =>
      `tag {${tag}} tidak dikenal untuk jenis surat ini${inside ? ` (di dalam bagian {#${inside}})` : ''}`,
    listAsValue: (tag) => `tag {${tag}} adalah daftar: tulis sebagai {#${tag}}…{/${tag}}`,
    unsupported: (tag) =>
      `tag XML mentah {@${tag}} tidak diizinkan: isi surat selalu dicetak sebagai teks`,
    missing: (tag) => `tag wajib {${tag}} tidak ada di templat`,
  },
  en: {
    notDocx: 'the file is not a Word document (.docx) that can be opened',
    noDocument: 'the .docx file has no word/document.xml',
    syntax: (id, tag) =>
      `broken tag${tag ? ` at "{${tag}"` : ''}: ${SYNTAX_ID[id]?.en ?? `syntax error (${id})`}`,
    unknown: (tag, inside) =>
      `tag {${tag}} is unknown for this kind of letter${inside ? ` (inside the {#${inside}} section)` : ''}`,
    listAsValue: (tag) => `tag {${tag}} is a list: write it as {#${tag}}…{/${tag}}`,
    unsupported: (tag) =>
      `raw XML tag {@${tag}} is not allowed: letter data is always printed as text`,
    missing: (tag) => `required tag {${tag}} is missing from the template`,
  },
};

type Part = {
  type: string;
  value?: string;
  module?: string;
  offset?: number;
  subparsed?: Part[];
};

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Paragraph texts of a part with their start offsets in the part's concatenated w:t text. */
function paragraphs(xml: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let offset = 0;
  const paraRe = /<w:p[ >][\s\S]*?<\/w:p>/g;
  const textRe = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
  for (const m of xml.matchAll(paraRe)) {
    let text = '';
    for (const t of m[0].matchAll(textRe)) text += t[1] ?? '';
    out.push({ start: offset, text });
    offset += text.length;
  }
  return out;
}

function shorten(text: string): string {
  const t = unescapeXml(text).trim();
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

function paragraphAt(
  paras: { start: number; text: string }[],
  offset: number | undefined,
): string | undefined {
  if (offset === undefined) return undefined;
  let found: { start: number; text: string } | undefined;
  for (const p of paras) {
    if (p.start <= offset) found = p;
    else break;
  }
  return found ? shorten(found.text) : undefined;
}

/** Zod schema details the checker needs: object shape, array element, boolean/string leaf. */
function shapeOf(schema: z.ZodType | undefined): Shape | undefined {
  const def = (
    schema as { def?: { type?: string; shape?: Shape; element?: z.ZodType } } | undefined
  )?.def;
  if (def?.type === 'object') return def.shape;
  if (def?.type === 'array') return shapeOf(def.element);
  return undefined;
}
function isList(schema: z.ZodType | undefined): boolean {
  return (schema as { def?: { type?: string } } | undefined)?.def?.type === 'array';
}

/**
 * Checks a .docx template against a letter kind: broken tag syntax, tags the kind's data does not
 * have, lists used as plain values, raw-XML tags, and required tags that are missing. Each problem
 * names the paragraph it sits in, in plain Indonesian (default) or English. Never throws.
 *
 * @example
 * const report = checkTemplate(bytes, 'rekomendasi-reaktivasi');
 * if (!report.ok) for (const p of report.problems) console.log(p.message, '—', p.paragraph);
 */
export function checkTemplate(
  template: Uint8Array,
  kind: LetterKind,
  locale: Locale = 'id',
): TemplateReport {
  const msg = MESSAGES[locale === 'en' ? 'en' : 'id'];
  const report = (problems: TemplateProblem[], tags: string[] = []): TemplateReport => ({
    kind,
    ok: problems.length === 0,
    tags,
    problems,
  });
  if (!(template instanceof Uint8Array))
    return report([{ code: 'not-docx', message: msg.notDocx }]);
  const zip = openZip(template);
  if (!zip) return report([{ code: 'not-docx', message: msg.notDocx }]);
  if (!zip.files['word/document.xml'])
    return report([{ code: 'not-docx', message: msg.noDocument }]);

  const paraCache = new Map<string, { start: number; text: string }[]>();
  const parasOf = (part: string) => {
    let paras = paraCache.get(part);
    if (!paras) {
      paras = paragraphs(zip.files[part]?.asText() ?? '');
      paraCache.set(part, paras);
    }
    return paras;
  };

  let compiled: Record<string, { postparsed: Part[] }>;
  try {
    compiled = (new Docxtemplater(zip, fillOptions()) as unknown as { compiled: typeof compiled })
      .compiled;
  } catch (error) {
    const errs = (error as { properties?: { errors?: unknown[] } }).properties?.errors ?? [error];
    const problems = errs.map((e): TemplateProblem => {
      const p =
        (e as { properties?: { id?: string; xtag?: string; offset?: number; file?: string } })
          .properties ?? {};
      const paragraph = p.file ? paragraphAt(parasOf(p.file), p.offset) : undefined;
      return {
        code: p.id || p.file ? 'syntax' : 'not-docx',
        ...(p.xtag ? { tag: p.xtag } : {}),
        ...(paragraph !== undefined ? { paragraph } : {}),
        ...(p.file ? { part: p.file } : {}),
        message: p.id || p.file ? msg.syntax(p.id ?? '?', p.xtag) : msg.notDocx,
      };
    });
    return report(problems);
  }

  const root = shapeOf(LETTER_DATA_SCHEMAS[kind]) ?? {};
  const used = new Set<string>();
  const problems: TemplateProblem[] = [];
  const at = (part: string, offset: number | undefined) => {
    const paragraph = paragraphAt(parasOf(part), offset);
    return { part, ...(paragraph !== undefined ? { paragraph } : {}) };
  };
  // Scopes climb like docxtemplater's: inside a loop, the item's keys, then the outer ones.
  const lookup = (scopes: Shape[], tag: string): z.ZodType | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const s = scopes[i];
      if (s && Object.hasOwn(s, tag)) return s[tag];
    }
    return undefined;
  };
  const walk = (parts: Part[], scopes: Shape[], inside: string | undefined, file: string) => {
    for (const part of parts) {
      if (part.type !== 'placeholder' || part.value === undefined) continue;
      const tag = part.value;
      used.add(tag);
      if (part.module === 'rawxml') {
        problems.push({
          code: 'unsupported-tag',
          tag,
          ...at(file, part.offset),
          message: msg.unsupported(tag),
        });
        continue;
      }
      const schema = lookup(scopes, tag);
      if (!schema) {
        problems.push({
          code: 'unknown-tag',
          tag,
          ...at(file, part.offset),
          message: msg.unknown(tag, inside),
        });
        if (part.subparsed) walk(part.subparsed, [...scopes, {}], tag, file);
        continue;
      }
      if (part.module === 'loop') {
        const inner = isList(schema) ? shapeOf(schema) : undefined;
        walk(part.subparsed ?? [], inner ? [...scopes, inner] : scopes, tag, file);
      } else if (part.module === undefined && isList(schema)) {
        problems.push({
          code: 'misused-tag',
          tag,
          ...at(file, part.offset),
          message: msg.listAsValue(tag),
        });
      } else if (part.module !== undefined) {
        problems.push({
          code: 'unsupported-tag',
          tag,
          ...at(file, part.offset),
          message: msg.unsupported(tag),
        });
      }
    }
  };
  for (const [file, xml] of Object.entries(compiled)) walk(xml.postparsed, [root], undefined, file);
  for (const tag of REQUIRED_TAGS[kind]) {
    if (!used.has(tag)) problems.push({ code: 'missing-tag', tag, message: msg.missing(tag) });
  }
  return report(problems, [...used].sort());
}
