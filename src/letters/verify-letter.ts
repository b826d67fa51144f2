/**
 * Reads a letter's decision receipt back and checks it against a case (SPEC §1, §3), so an auditor
 * or BPJS can check a letter without trusting whoever sent it.
 */
import { isIsoDate } from '../dates/iso-date';
import { decide } from '../evaluate';
import { canonicalJson } from '../hash/canonical-json';
import { sha256HexOfText } from '../hash/sha256';
import type { Locale } from '../i18n/locale';
import { PROFILE_IDS, type ProfileId } from '../profiles/index';
import { resolveProfile } from '../profiles/resolve';
import { CaseInput } from '../schemas/case-input';
import { parseOrThrow } from '../schemas/parse';
import type { Profile } from '../schemas/profile';
import { openZip } from './open-zip';
import { type LetterReceipt, RECEIPT_FIELDS, readReceipt } from './receipt';
import { readPart } from './zip';

/** What `verifyLetter` found (SPEC §1). */
export type LetterVerification = {
  /** What the letter's decision receipt says; `null` for a .docx without one (or not a .docx). */
  receipt: LetterReceipt | null;
  /** With `options.case`: whether that case's SHA-256 is the one in the receipt. */
  caseMatches?: boolean;
  /**
   * With `options.case`: whether deciding that case today, with the receipt's profile and date,
   * gives the receipt's outcome (false when the ruleset version differs and the outcome changed).
   */
  decisionReproduces?: boolean;
};

/** Options of {@link verifyLetter}. */
export type VerifyLetterOptions = {
  /** The case the letter claims to be made from (CaseInput JSON). */
  case?: unknown;
  /** The profile, when the receipt names an office's own profile rather than a built-in one. */
  profile?: ProfileId | Profile;
  /** Language of ValidationError messages; default 'id'. */
  locale?: Locale;
};

/** The receipt of a letter's bytes, or `null` when it has none (every field must be present). */
export function letterReceipt(docx: Uint8Array | ArrayBuffer): LetterReceipt | null {
  const bytes = docx instanceof Uint8Array ? docx : new Uint8Array(docx);
  const zip = openZip(bytes);
  const xml = zip ? readPart(zip, 'docProps/custom.xml') : undefined;
  if (xml === undefined) return null;
  const found = readReceipt(xml);
  return RECEIPT_FIELDS.every((f) => typeof found[f] === 'string')
    ? (found as LetterReceipt)
    : null;
}

/**
 * Reads the decision receipt of a letter written by `renderLetter` and, given the case, says
 * whether the letter was made from it (`caseMatches`) and whether the decision still reproduces
 * (`decisionReproduces`: the case decided again with the receipt's profile and `asOf`). A .docx
 * without a receipt gives `{ receipt: null }`. Rejects with {@link ValidationError} for an invalid
 * case. Pure: no clock, no network.
 *
 * @example
 * const v = await verifyLetter(bytes, { case: kasus });
 * v.receipt?.outcome; // 'eligible'
 * v.caseMatches && v.decisionReproduces; // true for the letter of this case
 */
export async function verifyLetter(
  docx: Uint8Array | ArrayBuffer,
  options: VerifyLetterOptions = {},
): Promise<LetterVerification> {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'id';
  const receipt =
    docx instanceof Uint8Array || docx instanceof ArrayBuffer ? letterReceipt(docx) : null;
  if (options?.case === undefined) return { receipt };
  const c = parseOrThrow(CaseInput, options.case, locale);
  if (receipt === null) return { receipt, caseMatches: false, decisionReproduces: false };
  const caseMatches = sha256HexOfText(canonicalJson(c)) === receipt.caseSha256;
  const profileSource =
    options.profile ??
    ((PROFILE_IDS as readonly string[]).includes(receipt.profile)
      ? (receipt.profile as ProfileId)
      : undefined);
  if (profileSource === undefined) return { receipt, caseMatches };
  const profile = resolveProfile(profileSource, locale, ['profile']);
  if (profile.id !== receipt.profile || !isIsoDate(receipt.asOf))
    return { receipt, caseMatches, decisionReproduces: false };
  const again = await decide(c, profile, receipt.asOf, locale);
  const decisionReproduces = again.outcome === receipt.outcome && again.regime === receipt.regime;
  return { receipt, caseMatches, decisionReproduces };
}
