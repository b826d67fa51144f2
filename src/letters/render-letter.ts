import * as z from 'zod';
import { type IssueDraft, ValidationError } from '../errors/validation-error';
import { sha256Hex } from '../hash/sha256';
import type { Locale } from '../i18n/locale';
import type { ProfileId } from '../profiles/index';
import { resolveProfile } from '../profiles/resolve';
import { CaseInput } from '../schemas/case-input';
import { Decision } from '../schemas/decision';
import { toIssueDrafts } from '../schemas/parse';
import { IsoDateString, Slug, text } from '../schemas/primitives';
import { LetterKind, type Profile } from '../schemas/profile';
import { builtinTemplate } from './builtin-templates';
import { checkTemplate } from './check-template';
import { FastFiller, MissingTagValue } from './fill-engine';
import {
  buildLetterData,
  LETTER_DATA_SCHEMAS,
  type LetterContext,
  type LetterData,
  monthOf,
} from './letter-data';
import { LETTER_KINDS, REKOMENDASI_BY_SERVICE } from './letter-kinds';
import { type LetterReceipt, makeReceipt, writeReceipt } from './receipt';
import { asBytes } from './template-safety';
import { romanMonth } from './wording';

/** What to print on the letter itself (SPEC §1, `LetterRequest.letter`). */
export type LetterOptions = {
  /**
   * Letter number as printed ("400.9/053/403.107/2026"), or only the serial ("53"), which is put
   * into the profile's `letterNumberPattern` (`{nomor}`, `{bulan}` in Roman numerals, `{tahun}`).
   */
  number: string;
  /** Letter date, `YYYY-MM-DD`; it picks the regulation the body names. */
  date: string;
  /** Id of the official who signs (one of the profile's signers); default: the usual signer. */
  signatory?: string;
  /** Kind of letter; default: the service's rekomendasi when eligible, else pengembalian-berkas. */
  kind?: LetterKind;
  /** An office's own template (from `exportTemplate`, edited in Word); default: the profile's or the built-in one. */
  template?: Uint8Array | ArrayBuffer;
};

/** Everything `renderLetter` needs: the case, its decision, the office and the letter's own data. */
export type LetterRequest = {
  case: CaseInput;
  decision: Decision;
  profile: ProfileId | Profile;
  letter: LetterOptions;
  /** Language of ValidationError messages (letters are always in Bahasa Indonesia); default 'id'. */
  locale?: Locale;
};

/** Letters before this date are out of the rules' range. */
const EARLIEST_LETTER_DATE = '2020-01-01';

const LetterOptionsSchema = z.strictObject({
  number: text(100),
  date: IsoDateString,
  signatory: Slug.optional(),
  kind: z.unknown().optional(),
  template: z.union([z.instanceof(Uint8Array), z.instanceof(ArrayBuffer)]).optional(),
});

/** Characters XML 1.0 cannot hold (same rule as the case schema's free text). */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const DETAIL: Record<Locale, Record<string, (a: string, b: string) => string>> = {
  id: {
    dateBeforeReceived: (a, b) => `tanggal surat ${a} sebelum tanggal permohonan diterima ${b}`,
    service: (a, b) => `layanan pada keputusan (${a}) berbeda dengan layanan permohonan (${b})`,
    profile: (a, b) => `keputusan dibuat untuk profil "${a}", bukan "${b}"`,
    notEligible: (a, b) => `surat ${a} hanya untuk keputusan "eligible", keputusan ini "${b}"`,
    eligible: (a) => `surat ${a} tidak dibuat untuk keputusan "eligible"`,
    kindService: (a, b) => `surat ${a} bukan untuk layanan ${b}`,
    noReasons: () => 'keputusan tidak memuat alasan apa pun untuk dicantumkan',
    template: (a) => a,
    missingValue: (a) => `tag {${a}} tidak mendapat nilai`,
    render: (a) => a,
  },
  en: {
    dateBeforeReceived: (a, b) => `letter date ${a} is before the application was received (${b})`,
    service: (a, b) => `the decision's service (${a}) differs from the application's (${b})`,
    profile: (a, b) => `the decision was made for profile "${a}", not "${b}"`,
    notEligible: (a, b) => `a ${a} letter is only for an "eligible" decision; this one is "${b}"`,
    eligible: (a) => `a ${a} letter is not written for an "eligible" decision`,
    kindService: (a, b) => `a ${a} letter is not for the ${b} service`,
    noReasons: () => 'the decision has no reasons to list',
    template: (a) => a,
    missingValue: (a) => `tag {${a}} got no value`,
    render: (a) => a,
  },
};

function detail(locale: Locale, key: string, a = '', b = ''): string {
  const fn = DETAIL[locale][key];
  return fn ? fn(a, b) : key;
}

function asRecord(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
}

/** Strings of a decision that a pengembalian berkas prints: each must be printable text. */
function decisionTextDrafts(decision: Decision): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const check = (value: string, path: (string | number)[]): void => {
    if (value.trim() === '') drafts.push({ path, code: 'required' });
    else if (NOT_XML_CHAR.test(value)) drafts.push({ path, code: 'invalid-character' });
  };
  for (const [i, r] of decision.reasons.entries())
    check(r.message, ['decision', 'reasons', i, 'message']);
  for (const [i, s] of decision.nextSteps.entries())
    check(s.message, ['decision', 'nextSteps', i, 'message']);
  for (const [i, d] of decision.missingDocuments.entries())
    check(d, ['decision', 'missingDocuments', i]);
  return drafts;
}

/** Puts a bare serial into the profile's letter-number pattern; a full number is kept as given. */
export function letterNumber(given: string, pattern: string, date: string): string {
  if (!/^\d{1,6}$/.test(given)) return given;
  return pattern
    .replaceAll('{nomor}', given)
    .replaceAll('{bulan}', romanMonth(monthOf(date)))
    .replaceAll('{tahun}', date.slice(0, 4));
}

type Validated = { ctx: LetterContext; template: Uint8Array | undefined; templatePath: string[] };

/** Validates a request, collecting every problem; throws {@link ValidationError} when any. */
function validate(request: unknown, locale: Locale): Validated {
  const req = asRecord(request);
  if (!req)
    throw new ValidationError(
      [{ path: [], code: 'invalid-type', params: { expected: 'object' } }],
      locale,
    );
  const drafts: IssueDraft[] = [];
  for (const key of Object.keys(req)) {
    if (!['case', 'decision', 'profile', 'letter', 'locale'].includes(key)) {
      drafts.push({ path: [key], code: 'unknown-key', params: { key: key.slice(0, 40) } });
    }
  }
  const profile = resolveProfile(req.profile, locale, ['profile']);
  const parsedCase = CaseInput.safeParse(req.case);
  if (!parsedCase.success) {
    drafts.push(
      ...toIssueDrafts(parsedCase.error.issues, req.case).map((d) => ({
        ...d,
        path: ['case', ...d.path],
      })),
    );
  }
  const parsedDecision = Decision.safeParse(req.decision);
  if (!parsedDecision.success) {
    drafts.push(
      ...toIssueDrafts(parsedDecision.error.issues, req.decision).map((d) => ({
        ...d,
        path: ['decision', ...d.path],
      })),
    );
  } else {
    drafts.push(...decisionTextDrafts(parsedDecision.data));
  }
  const parsedLetter = LetterOptionsSchema.safeParse(req.letter);
  if (!parsedLetter.success) {
    drafts.push(
      ...toIssueDrafts(parsedLetter.error.issues, req.letter).map((d) => ({
        ...d,
        path: ['letter', ...d.path],
      })),
    );
  }
  const letter = parsedLetter.success ? parsedLetter.data : undefined;
  // The kind is checked even when other letter fields are wrong, so every problem is listed.
  const rawKind = asRecord(req.letter)?.kind;
  let kind: LetterKind | undefined;
  if (rawKind !== undefined) {
    const k = LetterKind.safeParse(rawKind);
    if (k.success) kind = k.data;
    else {
      drafts.push({
        path: ['letter', 'kind'],
        code: 'unknown-letter-kind',
        params: {
          value: typeof rawKind === 'string' ? rawKind.slice(0, 40) : typeof rawKind,
          options: LETTER_KINDS,
        },
      });
    }
  }
  // Who signs: a signer the profile lists.
  const signerIds = profile.signers.map((s) => s.official);
  const signerId = letter?.signatory ?? profile.defaultSigner ?? signerIds[0];
  if (letter?.signatory !== undefined && !signerIds.includes(letter.signatory)) {
    drafts.push({
      path: ['letter', 'signatory'],
      code: 'unknown-official',
      params: { value: letter.signatory, options: signerIds },
    });
  }
  const c = parsedCase.success ? parsedCase.data : undefined;
  const d = parsedDecision.success ? parsedDecision.data : undefined;
  if (letter) {
    if (letter.date < EARLIEST_LETTER_DATE) {
      drafts.push({
        path: ['letter', 'date'],
        code: 'as-of-out-of-range',
        params: { value: letter.date, detail: EARLIEST_LETTER_DATE },
      });
    } else if (c && letter.date < c.receivedOn) {
      drafts.push({
        path: ['letter', 'date'],
        code: 'invalid-value',
        params: { detail: detail(locale, 'dateBeforeReceived', letter.date, c.receivedOn) },
      });
    }
  }
  if (c && d) {
    if (d.service !== c.service) {
      drafts.push({
        path: ['decision', 'service'],
        code: 'decision-mismatch',
        params: { detail: detail(locale, 'service', d.service, c.service) },
      });
    }
    if (d.profile !== profile.id) {
      drafts.push({
        path: ['decision', 'profile'],
        code: 'decision-mismatch',
        params: { detail: detail(locale, 'profile', d.profile.slice(0, 60), profile.id) },
      });
    }
  }
  if (d) {
    const chosen =
      kind ??
      (d.outcome === 'eligible' ? REKOMENDASI_BY_SERVICE[d.service] : 'pengembalian-berkas');
    kind = chosen;
    const mismatch = (key: string, a: string, b = '') =>
      drafts.push({
        path: ['letter', 'kind'],
        code: 'decision-mismatch',
        params: { detail: detail(locale, key, a, b) },
      });
    if (chosen === 'pengembalian-berkas') {
      if (d.outcome === 'eligible') mismatch('eligible', chosen);
      else if (d.reasons.length === 0) mismatch('noReasons', chosen);
    } else {
      if (d.outcome !== 'eligible') mismatch('notEligible', chosen, d.outcome);
      if (REKOMENDASI_BY_SERVICE[d.service] !== chosen) mismatch('kindService', chosen, d.service);
    }
  }
  if (drafts.length || !c || !d || !letter || !kind) throw new ValidationError(drafts, locale);
  const custom = asBytes(letter.template ?? profile.templates?.[kind]);
  const templatePath = letter.template ? ['letter', 'template'] : ['profile', 'templates', kind];
  return {
    ctx: {
      kind,
      caseInput: c,
      decision: d,
      profile,
      number: letterNumber(letter.number, profile.letterNumberPattern, letter.date),
      date: letter.date,
      signerId,
    },
    template: custom,
    templatePath,
  };
}

const builtinFillers = new Map<LetterKind, FastFiller>();
/** Compiled custom templates by SHA-256 of their bytes (a few offices' templates at most). */
const customFillers = new Map<string, FastFiller>();
const CUSTOM_CACHE_SIZE = 8;

async function fillerFor(
  kind: LetterKind,
  template: Uint8Array | undefined,
  templatePath: string[],
  locale: Locale,
): Promise<FastFiller> {
  if (template === undefined) {
    let filler = builtinFillers.get(kind);
    if (!filler) {
      filler = FastFiller.create(builtinTemplate(kind));
      builtinFillers.set(kind, filler);
    }
    return filler;
  }
  // Keyed by content, so editing the same Uint8Array in place cannot reuse a stale compilation.
  const key = `${kind}:${sha256Hex(template)}`;
  const cached = customFillers.get(key);
  if (cached) return cached;
  const report = checkTemplate(template, kind, locale);
  if (!report.ok) {
    const summary = report.problems
      .slice(0, 5)
      .map((p) => (p.paragraph ? `${p.message} («${p.paragraph}»)` : p.message))
      .join('; ');
    throw new ValidationError(
      [{ path: templatePath, code: 'template-invalid', params: { detail: summary } }],
      locale,
    );
  }
  const filler = FastFiller.create(template.slice());
  if (customFillers.size >= CUSTOM_CACHE_SIZE) {
    const oldest = customFillers.keys().next().value;
    if (oldest !== undefined) customFillers.delete(oldest);
  }
  customFillers.set(key, filler);
  return filler;
}

/** A validated request, ready to fill: what `renderLetter` passes to the fill engine. */
export type PreparedLetter = {
  kind: LetterKind;
  data: LetterData;
  receipt: LetterReceipt;
  /** The office's own template, or `undefined` for the built-in one. */
  template: Uint8Array | undefined;
  templatePath: string[];
  locale: Locale;
};

/**
 * Validates a request and builds the letter data and receipt, without filling a template
 * (`renderLetter` = this + the fill; tests compare the fast fill with a fresh one from here).
 */
export async function prepareLetter(request: LetterRequest): Promise<PreparedLetter> {
  const rawLocale = asRecord(request)?.locale;
  const locale: Locale = rawLocale === 'en' ? 'en' : 'id';
  const { ctx, template, templatePath } = validate(request, locale);
  const built = buildLetterData(ctx);
  if ('missing' in built) {
    throw new ValidationError(
      built.missing.map((m) => ({ path: m.path, code: 'required' as const })),
      locale,
    );
  }
  const checked = LETTER_DATA_SCHEMAS[ctx.kind].safeParse(built.data);
  if (!checked.success) {
    throw new ValidationError(
      toIssueDrafts(checked.error.issues, built.data).map((d) => ({
        ...d,
        path: ['letter', 'data', ...d.path],
      })),
      locale,
    );
  }
  const receipt = await makeReceipt({
    caseInput: ctx.caseInput,
    decision: ctx.decision,
    profileId: ctx.profile.id,
    kind: ctx.kind,
  });
  return {
    kind: ctx.kind,
    data: checked.data as LetterData,
    receipt,
    template,
    templatePath,
    locale,
  };
}

/**
 * Writes the letter for a decided case as a .docx (Bahasa Indonesia, naskah dinas layout): a
 * rekomendasi to BPJS Kesehatan when the decision is eligible, otherwise a pengembalian berkas
 * listing every reason, missing document and next step. Everything is validated first: invalid
 * input rejects with {@link ValidationError} (paths such as `['letter', 'signatory']`). The same
 * request always gives the same bytes; the letter carries a decision receipt in its custom
 * document properties. The diagnosis (`health.condition`) is never printed.
 *
 * @example
 * const decision = await evaluate(caseInput, { profile: 'magetan' });
 * const docx = await renderLetter({
 *   case: caseInput, decision, profile: 'magetan',
 *   letter: { number: '53', date: '2026-03-02' }, // → "400.9/53/403.107/2026", "Magetan, 02 Maret 2026"
 * });
 */
export async function renderLetter(request: LetterRequest): Promise<Uint8Array<ArrayBuffer>> {
  const prepared = await prepareLetter(request);
  const { locale, templatePath, receipt } = prepared;
  const filler = await fillerFor(prepared.kind, prepared.template, templatePath, locale);
  try {
    return filler.fill(prepared.data, (zip, registered) => writeReceipt(zip, receipt, registered));
  } catch (error) {
    const message =
      error instanceof MissingTagValue
        ? detail(locale, 'missingValue', error.tag)
        : error instanceof Error
          ? error.message.slice(0, 200)
          : String(error).slice(0, 200);
    throw new ValidationError(
      [{ path: templatePath, code: 'template-invalid', params: { detail: message } }],
      locale,
    );
  }
}
