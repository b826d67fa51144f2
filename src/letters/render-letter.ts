import * as z from 'zod';
import { decisionSummary, rememberedDecision } from '../decision-memo';
import { type IssueDraft, ValidationError } from '../errors/validation-error';
import { decide } from '../evaluate';
import { canonicalJson } from '../hash/canonical-json';
import { sha256Hex, sha256HexOfText } from '../hash/sha256';
import type { Locale } from '../i18n/locale';
import type { ProfileId } from '../profiles/index';
import { resolveProfile } from '../profiles/resolve';
import { RULES_START } from '../rules/law';
import { CaseInput } from '../schemas/case-input';
import { Decision } from '../schemas/decision';
import { toIssueDrafts } from '../schemas/parse';
import { IsoDateString, Slug, text } from '../schemas/primitives';
import { LetterKind, type Profile } from '../schemas/profile';
import { officeTemplate, variantKey } from './builtin-templates';
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
import { sameBytes } from './same-bytes';
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
  /**
   * Kind of letter; default from the decision: the service's rekomendasi when eligible,
   * `pemberitahuan-tidak-memenuhi-syarat` when ineligible, `pengembalian-berkas` when incomplete.
   */
  kind?: LetterKind;
  /** An office's own template (from `exportTemplate`, edited in Word); default: the profile's or the built-in one. */
  template?: Uint8Array | ArrayBuffer;
  /**
   * `'basah'` (default): a wet-signature block. `'elektronik'`: prepared for a BSrE signature in
   * an e-office such as SRIKANDI ("Ditandatangani secara elektronik oleh", the e-office's
   * `${ttd_pengirim}` placeholder kept, the BSrE statement in the footer).
   */
  signature?: 'basah' | 'elektronik';
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
const EARLIEST_LETTER_DATE = RULES_START;

const LetterOptionsSchema = z.strictObject({
  number: text(100),
  date: IsoDateString,
  signatory: Slug.optional(),
  kind: z.unknown().optional(),
  template: z.union([z.instanceof(Uint8Array), z.instanceof(ArrayBuffer)]).optional(),
  signature: z.enum(['basah', 'elektronik']).optional(),
});

const DETAIL: Record<Locale, Record<string, (a: string, b: string) => string>> = {
  id: {
    dateBeforeReceived: (a, b) => `tanggal surat ${a} sebelum tanggal permohonan diterima ${b}`,
    service: (a, b) => `layanan pada keputusan (${a}) berbeda dengan layanan permohonan (${b})`,
    profile: (a, b) => `keputusan dibuat untuk profil "${a}", bukan "${b}"`,
    notEligible: (a, b) => `surat ${a} hanya untuk keputusan "eligible", keputusan ini "${b}"`,
    eligible: (a) => `surat ${a} tidak dibuat untuk keputusan "eligible"`,
    kindOutcome: (a, b) => `surat ${a} tidak dibuat untuk keputusan "${b}"`,
    noDocuments: (a) => `surat ${a} hanya untuk berkas yang kurang dokumen`,
    caseHash: () =>
      'keputusan tidak dibuat dari permohonan ini (caseSha256 berbeda dari SHA-256 permohonan)',
    redecided: (a, b) => `keputusan ulang atas permohonan ini memberi ${b}, bukan ${a}`,
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
    kindOutcome: (a, b) => `a ${a} letter is not written for an "${b}" decision`,
    noDocuments: (a) => `a ${a} letter is only for a file that lacks documents`,
    caseHash: () =>
      "the decision was not made from this application (its caseSha256 differs from the application's SHA-256)",
    redecided: (a, b) => `deciding this application again gives ${b}, not ${a}`,
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

/** Puts a bare serial into the profile's letter-number pattern; a full number is kept as given. */
export function letterNumber(given: string, pattern: string, date: string): string {
  if (!/^\d{1,6}$/.test(given)) return given;
  return pattern
    .replaceAll('{nomor}', given)
    .replaceAll('{bulan}', romanMonth(monthOf(date)))
    .replaceAll('{tahun}', date.slice(0, 4));
}

/** The kind a decision gets when the request names none (SPEC §3). */
const DEFAULT_KIND: Readonly<
  Record<Decision['outcome'], (service: Decision['service']) => LetterKind>
> = {
  eligible: (service) => REKOMENDASI_BY_SERVICE[service],
  ineligible: () => 'pemberitahuan-tidak-memenuhi-syarat',
  incomplete: () => 'pengembalian-berkas',
};

/**
 * A letter never certifies an outcome the rules did not give (SPEC §3): the decision must have
 * been made from this case (same `caseSha256`) and deciding the case again under the decision's
 * profile and `asOf` must give the same regime, outcome and reason codes.
 */
async function bindingDrafts(
  c: CaseInput,
  caseSha256: string,
  d: Decision,
  profile: Profile,
  locale: Locale,
): Promise<IssueDraft[]> {
  const mismatch = (key: string, a = '', b = ''): IssueDraft[] => [
    {
      path: ['decision'],
      code: 'decision-mismatch',
      params: { detail: detail(locale, key, a, b) },
    },
  ];
  if (d.caseSha256 !== caseSha256) return mismatch('caseHash');
  const given = decisionSummary(d);
  // Deciding is pure: what `decide` gave for this case hash, profile and date in this process
  // is what deciding again gives (decision-memo.ts); otherwise decide again now.
  const again =
    rememberedDecision(profile, caseSha256, d.asOf) ??
    decisionSummary(await decide(c, profile, d.asOf, 'id'));
  return again === given ? [] : mismatch('redecided', given, again);
}

type Validated = {
  ctx: LetterContext;
  /** SHA-256 of the parsed case as canonical JSON (the binding's and the receipt's). */
  caseSha256: string;
  template: Uint8Array<ArrayBuffer> | undefined;
  templatePath: string[];
};

/**
 * A case the `CaseInput` schema parsed and the decision `decide` made from that very object in
 * this thread: bound by construction, so a letter for it needs no second parse, hash or decision
 * (the batch's workers hold such pairs; see `renderBoundLetter`).
 */
export type BoundDecision = { caseInput: CaseInput; decision: Decision };

/**
 * Validates a request, collecting every problem; throws {@link ValidationError} when any. With
 * `bound`, the request's case and decision are that pair's: they are not parsed or bound again,
 * and every other check runs as for any request.
 */
async function validate(
  request: unknown,
  locale: Locale,
  bound?: BoundDecision,
): Promise<Validated> {
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
  const parsedCase = bound
    ? { success: true as const, data: bound.caseInput }
    : CaseInput.safeParse(req.case);
  if (!parsedCase.success) {
    drafts.push(
      ...toIssueDrafts(parsedCase.error.issues, req.case).map((d) => ({
        ...d,
        path: ['case', ...d.path],
      })),
    );
  }
  const parsedDecision = bound
    ? { success: true as const, data: bound.decision }
    : Decision.safeParse(req.decision);
  if (!parsedDecision.success) {
    drafts.push(
      ...toIssueDrafts(parsedDecision.error.issues, req.decision).map((d) => ({
        ...d,
        path: ['decision', ...d.path],
      })),
    );
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
  // decide() hashed the bound case itself: its decision's caseSha256 is the case's.
  const caseSha256 = bound
    ? bound.decision.caseSha256
    : c
      ? sha256HexOfText(canonicalJson(c))
      : undefined;
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
  if (!bound && c && d && d.profile === profile.id && d.service === c.service) {
    drafts.push(...(await bindingDrafts(c, caseSha256 as string, d, profile, locale)));
  }
  if (d) {
    const documents = d.reasons.some((r) => r.kind === 'document');
    const checks = d.reasons.filter((r) => r.kind === 'check');
    const chosen = kind ?? DEFAULT_KIND[d.outcome](d.service);
    kind = chosen;
    const mismatch = (key: string, a: string, b = '') =>
      drafts.push({
        path: ['letter', 'kind'],
        code: 'decision-mismatch',
        params: { detail: detail(locale, key, a, b) },
      });
    if (d.outcome === 'incomplete' && !documents && chosen === 'pengembalian-berkas') {
      // The office's own checks are pending: its work, not the citizen's; no letter goes out.
      drafts.push({
        path: ['decision'],
        code: 'checks-pending',
        params: { options: [...new Set(checks.map((r) => String(r.params.check)))] },
      });
    } else if (chosen === 'pengembalian-berkas') {
      if (d.outcome !== 'incomplete') mismatch('kindOutcome', chosen, d.outcome);
    } else if (chosen === 'pemberitahuan-tidak-memenuhi-syarat') {
      if (d.outcome !== 'ineligible') mismatch('kindOutcome', chosen, d.outcome);
    } else {
      if (d.outcome !== 'eligible') mismatch('notEligible', chosen, d.outcome);
      if (REKOMENDASI_BY_SERVICE[d.service] !== chosen) mismatch('kindService', chosen, d.service);
    }
  }
  if (drafts.length || !c || !d || !letter || !kind || !caseSha256)
    throw new ValidationError(drafts, locale);
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
      signature: letter.signature ?? 'basah',
    },
    caseSha256,
    template: custom,
    templatePath,
  };
}

/** Compiled built-in templates, by kind (A4, no emblem) or by office variant (paper, emblem). */
const builtinFillers = new Map<string, FastFiller>();
/** Compiled custom templates by SHA-256 of their bytes (a few offices' templates at most). */
const customFillers = new Map<string, FastFiller>();
const CUSTOM_CACHE_SIZE = 8;

/**
 * SHA-256 of each template buffer seen, with a copy of the bytes it was taken of: a template
 * passed again (an office's one template for every letter) is compared byte by byte, which is
 * much cheaper than hashing it again; bytes changed in place are hashed anew.
 */
const templateDigests = new WeakMap<ArrayBuffer, { bytes: Uint8Array; sha256: string }>();

function templateSha256(template: Uint8Array<ArrayBuffer>): string {
  const seen = templateDigests.get(template.buffer);
  if (seen && sameBytes(seen.bytes, template)) return seen.sha256;
  const sha256 = sha256Hex(template);
  templateDigests.set(template.buffer, { bytes: template.slice(), sha256 });
  return sha256;
}

async function fillerFor(
  kind: LetterKind,
  profile: Profile,
  template: Uint8Array<ArrayBuffer> | undefined,
  templatePath: string[],
  locale: Locale,
): Promise<FastFiller> {
  if (template === undefined) {
    const key = variantKey(kind, profile) ?? kind;
    let filler = builtinFillers.get(key);
    if (!filler) {
      filler = FastFiller.create(await officeTemplate(kind, profile));
      if (builtinFillers.size >= CUSTOM_CACHE_SIZE * 4) {
        const oldest = builtinFillers.keys().next().value;
        if (oldest !== undefined) builtinFillers.delete(oldest);
      }
      builtinFillers.set(key, filler);
    }
    return filler;
  }
  // Keyed by content, so editing the same Uint8Array in place cannot reuse a stale compilation.
  const key = `${kind}:${templateSha256(template)}`;
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
  template: Uint8Array<ArrayBuffer> | undefined;
  templatePath: string[];
  locale: Locale;
  profile: Profile;
};

/**
 * Validates a request and builds the letter data and receipt, without filling a template
 * (`renderLetter` = this + the fill; tests compare the fast fill with a fresh one from here).
 */
export async function prepareLetter(
  request: LetterRequest,
  bound?: BoundDecision,
): Promise<PreparedLetter> {
  const rawLocale = asRecord(request)?.locale;
  const locale: Locale = rawLocale === 'en' ? 'en' : 'id';
  const { ctx, caseSha256, template, templatePath } = await validate(request, locale, bound);
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
  const receipt = makeReceipt({
    caseInput: ctx.caseInput,
    caseSha256,
    decision: ctx.decision,
    profileId: ctx.profile.id,
    kind: ctx.kind,
    number: ctx.number,
    date: ctx.date,
    title: (checked.data as LetterData).hal,
  });
  return {
    kind: ctx.kind,
    data: checked.data as LetterData,
    receipt,
    template,
    templatePath,
    locale,
    profile: ctx.profile,
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
  return fillPrepared(await prepareLetter(request));
}

/**
 * {@link renderLetter} for a {@link BoundDecision}: the same checks of the letter, profile and
 * kind, the same bytes, without parsing the case and decision again or re-deciding. Internal (the
 * batch's workers); the public door is `renderLetter`.
 */
export async function renderBoundLetter(
  bound: BoundDecision,
  request: Omit<LetterRequest, 'case' | 'decision'>,
): Promise<Uint8Array<ArrayBuffer>> {
  return fillPrepared(
    await prepareLetter({ ...request, case: bound.caseInput, decision: bound.decision }, bound),
  );
}

async function fillPrepared(prepared: PreparedLetter): Promise<Uint8Array<ArrayBuffer>> {
  const { locale, templatePath, receipt } = prepared;
  const filler = await fillerFor(
    prepared.kind,
    prepared.profile,
    prepared.template,
    templatePath,
    locale,
  );
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
