import { isIsoDate } from '../dates/iso-date';
import { type IssueDraft, ValidationError } from '../errors/validation-error';
import { LOCALES, type Locale } from '../i18n/locale';
import type { ProfileId } from '../profiles/index';
import { resolveProfile } from '../profiles/resolve';
import { PARAMETERS, RULES_START } from '../rules/parameters';
import type { Profile } from '../schemas/profile';
import { buildRuleBook } from './content';
import { loadWorkedExamples } from './examples';
import { RULEBOOK_LABELS } from './labels';
import { toMarkdown } from './markdown';

/** Options of {@link renderRuleBook}. */
export type RuleBookOptions = {
  /** A built-in profile id or a profile object (e.g. from `defineProfile`). */
  profile: ProfileId | Profile;
  /**
   * Date (YYYY-MM-DD) at which the law is read; not before 2020-01-01. Default:
   * {@link DEFAULT_RULEBOOK_AS_OF}, never the clock.
   */
  asOf?: string;
  /** Language of the book; default `'id'`. Reason messages appear in both languages either way. */
  locale?: Locale;
  /** `'md'` gives Markdown text, `'docx'` the bytes of a Word document. */
  format: 'md' | 'docx';
};

/**
 * The default `asOf` of a rule book: the first day of the latest regime pbi-jk knows
 * (2026-02-01, when Permensos 3/2026 took effect). A fixed date from the data, not today's date,
 * so the same call always gives the same book; pass `asOf` for any other day.
 */
export const DEFAULT_RULEBOOK_AS_OF: string =
  PARAMETERS.regime.values
    .map((v) => v.validFrom)
    .sort()
    .at(-1) ?? RULES_START;

const FORMATS = ['md', 'docx'] as const;

/**
 * Renders the rule book of a profile for legal review — Markdown text or .docx bytes — from the
 * same rule data `evaluate` runs: the office and its SOP (with a warning for every listed
 * regulation revoked at `asOf`, and for a DTKS-era registry), the regimes and dated parameters,
 * per service every rule in force with its conditions in words, citations (verified or not),
 * reason messages in Indonesian and English and its national or regional origin, the document
 * requirements, worked examples from the rule test tables, and the changes between regimes.
 * Rejects with {@link ValidationError} for bad options, an unknown profile or an `asOf` before
 * 2020-01-01. Deterministic: the same options give the same text or bytes.
 *
 * @example
 * const md = await renderRuleBook({ profile: 'magetan', asOf: '2026-03-01', format: 'md' });
 * const docx = await renderRuleBook({ profile: 'magetan', locale: 'en', format: 'docx' });
 * await writeFile('buku-aturan-magetan.docx', docx);
 */
export async function renderRuleBook(options: RuleBookOptions): Promise<Uint8Array | string> {
  const opts = (
    typeof options === 'object' && options !== null ? options : {}
  ) as Partial<RuleBookOptions>;
  const locale: Locale = (LOCALES as readonly unknown[]).includes(opts.locale)
    ? (opts.locale as Locale)
    : 'id';
  const drafts: IssueDraft[] = [];
  if (typeof options !== 'object' || options === null) {
    drafts.push({ path: ['options'], code: 'invalid-type', params: { expected: 'object' } });
  }
  if (opts.locale !== undefined && opts.locale !== locale) {
    drafts.push({
      path: ['options', 'locale'],
      code: 'invalid-option',
      params: { options: LOCALES },
    });
  }
  if (!(FORMATS as readonly unknown[]).includes(opts.format)) {
    drafts.push({
      path: ['options', 'format'],
      code: opts.format === undefined ? 'required' : 'invalid-option',
      params: { options: FORMATS },
    });
  }
  const asOf = opts.asOf ?? DEFAULT_RULEBOOK_AS_OF;
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    drafts.push({ path: ['options', 'asOf'], code: 'invalid-date' });
  } else if (asOf < RULES_START) {
    drafts.push({
      path: ['options', 'asOf'],
      code: 'as-of-out-of-range',
      params: { value: asOf, detail: RULES_START },
    });
  }
  let profile: Profile | undefined;
  try {
    profile = resolveProfile(opts.profile, locale, ['options', 'profile']);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    drafts.push(...e.issues);
  }
  if (drafts.length || !profile) throw new ValidationError(drafts, locale);

  await loadWorkedExamples();
  const blocks = buildRuleBook(profile, asOf, locale);
  if (opts.format === 'md') return toMarkdown(blocks);
  // The Word writer is loaded on first use: a page that shows only Markdown never fetches it.
  const { toDocx } = await import('./docx');
  const L = RULEBOOK_LABELS[locale];
  return toDocx(blocks, {
    title: L.title(profile.name),
    header: `${L.title(profile.name)} — ${asOf}`,
    page: L.page,
    of: L.of,
  });
}
