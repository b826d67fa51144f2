/**
 * The one place the command line reaches the library. Every command calls `evaluate`,
 * `renderLetter`, `renderRuleBook`, `exportTemplate` and `checkTemplate` through here, so the CLI
 * never carries a second copy of the rules or the letters.
 */

import type { Locale } from '../i18n/locale';
import * as root from '../index';
import type { ProfileId } from '../profiles/index';
import type { CaseInput } from '../schemas/case-input';
import type { Decision } from '../schemas/decision';
import type { LetterKind, Profile } from '../schemas/profile';

/** Options of `evaluate` (SPEC §1). */
export type EvaluateOptions = { profile: ProfileId | Profile; locale?: Locale; asOf?: string };

/** What `renderLetter` takes (SPEC §1). */
export type LetterRequest = {
  case: CaseInput;
  decision: Decision;
  profile: ProfileId | Profile;
  letter: {
    number: string;
    date: string;
    signatory?: string;
    kind?: LetterKind;
    template?: Uint8Array;
  };
};

/** What `renderRuleBook` takes (SPEC §1). */
export type RuleBookOptions = {
  profile: ProfileId | Profile;
  asOf?: string;
  locale?: Locale;
  format: 'md' | 'docx';
};

/** The library functions the command line uses, with the signatures SPEC §1 fixes. */
export type LibraryApi = {
  evaluate(input: unknown, options: EvaluateOptions): Promise<Decision>;
  renderLetter(request: LetterRequest): Promise<Uint8Array>;
  renderRuleBook(options: RuleBookOptions): Promise<Uint8Array | string>;
  exportTemplate(
    kind: LetterKind,
    options?: { profile?: ProfileId | Profile },
  ): Promise<Uint8Array>;
  checkTemplate(template: Uint8Array, kind: LetterKind, locale?: Locale): unknown;
};

/** Thrown when a library function this build of the CLI needs is not (yet) part of the package. */
export class MissingApiError extends Error {
  /** The function that is missing. */
  readonly api: keyof LibraryApi;
  constructor(api: keyof LibraryApi) {
    super(`${api} is not available`);
    this.name = 'MissingApiError';
    this.api = api;
  }
}

const exported = root as unknown as Partial<LibraryApi>;

/** True when the package exports the named library function. */
export function hasApi(name: keyof LibraryApi): boolean {
  return typeof exported[name] === 'function';
}

/** The named library function, or a {@link MissingApiError}. */
export function api<K extends keyof LibraryApi>(name: K): LibraryApi[K] {
  const fn = exported[name];
  if (typeof fn !== 'function') throw new MissingApiError(name);
  return fn as LibraryApi[K];
}
