import type * as z from 'zod';
import type { Locale } from '../i18n/locale';
import type { LetterKind } from '../schemas/profile';
import { LETTER_DATA_SCHEMAS, REQUIRED_TAGS } from './letter-data';
import { openZip } from './open-zip';
import { type SafetyProblem, type StrippedItem, secureTemplate } from './template-safety';
import { inspectTags, isEOfficeTag, partText, type TagInspector } from './template-tags';

/** What is wrong with a template, as a stable code (the message is written per locale). */
export type TemplateProblemCode =
  | 'not-docx'
  | 'syntax'
  | 'unknown-tag'
  | 'misused-tag'
  | 'unsupported-tag'
  | 'missing-tag'
  | 'too-large'
  | 'macro'
  | 'external-content'
  | 'internal';

/** One problem `checkTemplate` found, with the paragraph it sits in when there is one. */
export type TemplateProblem = {
  code: TemplateProblemCode;
  /** The tag concerned, without braces. */
  tag?: string;
  /** Text of the paragraph where the problem is (shortened to 200 characters). */
  paragraph?: string;
  /** The part of the .docx, e.g. `word/document.xml`. */
  part?: string;
  /** For an unknown tag: the nearest tag this kind of letter knows. */
  suggestion?: string;
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
  /** Every tag the template uses (loops included, e-office placeholders not), sorted. */
  tags: string[];
  /** The e-office's own `${…}` placeholders (SRIKANDI), kept literally in every letter, sorted. */
  eOfficePlaceholders: string[];
  /**
   * What was removed from the template and never reaches a letter (an attached template Word
   * links to). Macros, ActiveX and other external content are refused instead (see problems).
   */
  stripped: StrippedItem[];
  problems: TemplateProblem[];
};

type Shape = Record<string, z.ZodType>;
type Messages = {
  notDocx: string;
  noDocument: string;
  syntax: (id: string, tag: string | undefined) => string;
  unknown: (tag: string, inside: string | undefined) => string;
  didYouMean: (tag: string) => string;
  caseOnly: (tag: string) => string;
  eOfficeClash: (tag: string) => string;
  safety: (problem: SafetyProblem) => string;
  internal: string;
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
    didYouMean: (tag) => `maksud Anda {${tag}}?`,
    caseOnly: (tag) => `hanya beda huruf besar/kecil: tulis {${tag}}`,
    eOfficeClash: (tag) =>
      `{${tag}} dipakai sebagai tag surat dan juga sebagai placeholder e-office \${${tag}}: ganti salah satu namanya`,
    safety: (p) => {
      switch (p.code) {
        case 'not-docx':
          return p.reason === 'encrypted'
            ? 'berkas .docx terkunci dengan kata sandi: simpan ulang tanpa kata sandi'
            : 'berkas bukan dokumen Word (.docx) yang dapat dibuka';
        case 'too-large':
          return p.part
            ? `bagian ${p.part} terlalu besar setelah diekstrak (${mib(p.bytes)}; batas ${mib(p.limit)}): templat ditolak sebelum dibuka`
            : `isi templat terlalu besar setelah diekstrak (${mib(p.bytes)}; batas ${mib(p.limit)}): templat ditolak sebelum dibuka`;
        case 'macro':
          return `templat memuat makro atau kontrol aktif (${p.part}): simpan sebagai "Dokumen Word (.docx)" tanpa makro`;
        case 'external-content':
          return `templat memuat isi yang diambil dari luar dokumen (${p.type}: ${p.target}): sisipkan gambar atau isi itu langsung ke dalam dokumen`;
      }
    },
    internal:
      'templat tidak dapat diperiksa dengan versi docxtemplater yang terpasang (bukan kesalahan templat)',
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
    didYouMean: (tag) => `did you mean {${tag}}?`,
    caseOnly: (tag) => `only upper/lower case differs: write {${tag}}`,
    eOfficeClash: (tag) =>
      `{${tag}} is used both as a letter tag and as the e-office placeholder \${${tag}}: rename one of them`,
    safety: (p) => {
      switch (p.code) {
        case 'not-docx':
          return p.reason === 'encrypted'
            ? 'the .docx file is password-protected: save it again without a password'
            : 'the file is not a Word document (.docx) that can be opened';
        case 'too-large':
          return p.part
            ? `part ${p.part} is too large once extracted (${mib(p.bytes)}; limit ${mib(p.limit)}): the template is refused before it is opened`
            : `the template's contents are too large once extracted (${mib(p.bytes)}; limit ${mib(p.limit)}): the template is refused before it is opened`;
        case 'macro':
          return `the template holds macros or active controls (${p.part}): save it as "Word Document (.docx)" without macros`;
        case 'external-content':
          return `the template loads content from outside the document (${p.type}: ${p.target}): insert the picture or content into the document itself`;
      }
    },
    internal:
      'the template cannot be checked with the installed docxtemplater version (not a fault of the template)',
    listAsValue: (tag) => `tag {${tag}} is a list: write it as {#${tag}}…{/${tag}}`,
    unsupported: (tag) =>
      `raw XML tag {@${tag}} is not allowed: letter data is always printed as text`,
    missing: (tag) => `required tag {${tag}} is missing from the template`,
  },
};

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${bytes} byte`;
}

/** Optimal-string-alignment distance (Levenshtein with swaps of two neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The known tag nearest to an unknown one: a tag differing only in case, else the closest within
 * a third of the tag's length (at least 2 edits), ties broken alphabetically; `undefined` if none.
 */
export function nearestTag(
  tag: string,
  known: Iterable<string>,
): { tag: string; caseOnly: boolean } | undefined {
  const lower = tag.toLowerCase();
  let best: { tag: string; distance: number } | undefined;
  for (const candidate of [...known].sort()) {
    if (candidate.toLowerCase() === lower) return { tag: candidate, caseOnly: true };
    const distance = editDistance(lower, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { tag: candidate, distance };
  }
  const limit = Math.max(2, Math.floor(tag.length / 3));
  return best && best.distance <= limit ? { tag: best.tag, caseOnly: false } : undefined;
}

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
 * Checks a .docx template against a letter kind: active or external content and decompression
 * bombs (refused, see template-safety.ts; an attached template is stripped and listed in
 * `stripped`), broken tag syntax, tags the kind's data does not have (with the nearest known tag),
 * lists used as plain values, raw-XML tags, and required tags that are missing. The e-office's
 * own `${…}` placeholders (SRIKANDI: `${nomor_naskah}`, `${ttd_pengirim}`, …) are accepted and
 * listed in `eOfficePlaceholders`. Each problem names the paragraph it sits in, in plain
 * Indonesian (default) or English. Accepts the bytes as `Uint8Array` or `ArrayBuffer`
 * (`await file.arrayBuffer()`). Never throws.
 *
 * @example
 * const report = checkTemplate(await file.arrayBuffer(), 'rekomendasi-reaktivasi');
 * if (!report.ok) for (const p of report.problems) console.log(p.message, '—', p.paragraph);
 */
export function checkTemplate(
  template: Uint8Array | ArrayBuffer,
  kind: LetterKind,
  locale: Locale = 'id',
): TemplateReport {
  const msg = MESSAGES[locale === 'en' ? 'en' : 'id'];
  try {
    return check(template, kind, msg);
  } catch {
    return {
      kind,
      ok: false,
      tags: [],
      eOfficePlaceholders: [],
      stripped: [],
      problems: [{ code: 'internal', message: msg.internal }],
    };
  }
}

/** Tags of one part with the part's text, from the inspector. */
type InspectedPart = { file: string; tags: TagPart[]; text: string };
type TagPart = ReturnType<TagInspector['structuredTags']>[number];

function check(
  template: Uint8Array | ArrayBuffer,
  kind: LetterKind,
  msg: Messages,
): TemplateReport {
  let stripped: StrippedItem[] = [];
  let eOffice: string[] = [];
  const report = (problems: TemplateProblem[], tags: string[] = []): TemplateReport => ({
    kind,
    ok: problems.length === 0,
    tags,
    eOfficePlaceholders: eOffice,
    stripped,
    problems,
  });
  const secured = secureTemplate(template);
  if (!secured.ok)
    return report(
      secured.problems.map((p) => ({
        code: p.code,
        ...('part' in p && p.part !== undefined ? { part: p.part } : {}),
        message: msg.safety(p),
      })),
    );
  stripped = secured.stripped;
  const zip = openZip(secured.bytes);
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

  let inspector: TagInspector;
  try {
    inspector = inspectTags(zip);
  } catch (error) {
    const errs = (error as { properties?: { errors?: unknown[] } }).properties?.errors ?? [error];
    const problems = errs.map((e): TemplateProblem => {
      const p =
        (e as { properties?: { id?: string; xtag?: string; offset?: number; file?: string } })
          .properties ?? {};
      if (!p.id && !p.file) return { code: 'not-docx', message: msg.notDocx };
      const paras = p.file ? parasOf(p.file) : [];
      const paragraph = p.file ? paragraphAt(paras, p.offset) : undefined;
      const tag = p.id === 'unclosed_tag' ? unclosedTagText(paras, p.offset, p.xtag) : p.xtag;
      return {
        code: 'syntax',
        ...(tag ? { tag } : {}),
        ...(paragraph !== undefined ? { paragraph } : {}),
        ...(p.file ? { part: p.file } : {}),
        message: msg.syntax(p.id ?? '?', tag),
      };
    });
    return report(problems);
  }
  const parts: InspectedPart[] = [...inspector.files.keys()].map((file) => ({
    file,
    tags: inspector.structuredTags(file),
    text: partText(zip.files[file]?.asText() ?? ''),
  }));
  if (!inspector.files.has('word/document.xml'))
    return report([{ code: 'internal', message: msg.internal }]);

  const root = shapeOf(LETTER_DATA_SCHEMAS[kind]) ?? {};
  const used = new Set<string>();
  const eOfficeNames = new Set<string>();
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
  const knownIn = (scopes: Shape[]): Set<string> => {
    const names = new Set<string>();
    for (const s of scopes) for (const key of Object.keys(s)) names.add(key);
    return names;
  };
  const walk = (
    tags: TagPart[],
    scopes: Shape[],
    inside: string | undefined,
    file: string,
    text: string,
  ) => {
    for (const part of tags) {
      if (part.type !== 'placeholder' || part.value === undefined) continue;
      const tag = part.value;
      if (inside === undefined && isEOfficeTag(part, text)) {
        eOfficeNames.add(tag);
        continue;
      }
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
        const near = nearestTag(tag, knownIn(scopes));
        const hint = near
          ? near.caseOnly
            ? msg.caseOnly(near.tag)
            : msg.didYouMean(near.tag)
          : '';
        problems.push({
          code: 'unknown-tag',
          tag,
          ...at(file, part.offset),
          ...(near ? { suggestion: near.tag } : {}),
          message: hint ? `${msg.unknown(tag, inside)}; ${hint}` : msg.unknown(tag, inside),
        });
        if (part.subparsed) walk(part.subparsed, [...scopes, {}], tag, file, text);
        continue;
      }
      if (part.module === 'loop') {
        const inner = isList(schema) ? shapeOf(schema) : undefined;
        walk(part.subparsed ?? [], inner ? [...scopes, inner] : scopes, tag, file, text);
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
  for (const { file, tags, text } of parts) walk(tags, [root], undefined, file, text);
  for (const name of eOfficeNames)
    if (used.has(name))
      problems.push({ code: 'misused-tag', tag: name, message: msg.eOfficeClash(name) });
  eOffice = [...eOfficeNames].sort();
  for (const tag of REQUIRED_TAGS[kind]) {
    if (!used.has(tag)) problems.push({ code: 'missing-tag', tag, message: msg.missing(tag) });
  }
  return report(problems, [...used].sort());
}

/**
 * The text of an unclosed tag: from its `{` to the end of its own paragraph (docxtemplater's
 * `xtag` runs on into the next paragraph or table cell, "nomorNama").
 */
function unclosedTagText(
  paras: { start: number; text: string }[],
  offset: number | undefined,
  xtag: string | undefined,
): string | undefined {
  if (offset === undefined) return xtag;
  let found: { start: number; text: string } | undefined;
  for (const p of paras) {
    if (p.start <= offset) found = p;
    else break;
  }
  if (!found) return xtag;
  const own = unescapeXml(found.text.slice(offset - found.start + 1)).trim();
  return own.length > 60 ? `${own.slice(0, 59)}…` : own;
}
