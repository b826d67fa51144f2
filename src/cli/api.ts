/**
 * The one place the command line reaches the library. Every command calls `evaluate`,
 * `renderLetter`, `renderRuleBook`, `exportTemplate` and `checkTemplate` through here, so the CLI
 * never carries a second copy of the rules or the letters.
 */
import { evaluate } from '../evaluate';
import type { Locale } from '../i18n/locale';
import { checkTemplate, type TemplateReport } from '../letters/check-template';
import { exportTemplate } from '../letters/export-template';
import { type LetterRequest, renderLetter } from '../letters/render-letter';
import { type RuleBookOptions, renderRuleBook } from '../rulebook/render-rule-book';

export type { EvaluateOptions } from '../evaluate';
export type { TemplateReport } from '../letters/check-template';
export type { LetterRequest } from '../letters/render-letter';

export type { RuleBookOptions } from '../rulebook/render-rule-book';

/** The library functions the command line uses, with the signatures SPEC §1 fixes. */
export type LibraryApi = {
  evaluate: typeof evaluate;
  renderLetter(request: LetterRequest): Promise<Uint8Array>;
  renderRuleBook(options: RuleBookOptions): Promise<Uint8Array | string>;
  exportTemplate: typeof exportTemplate;
  checkTemplate(
    template: Uint8Array,
    kind: Parameters<typeof checkTemplate>[1],
    locale?: Locale,
  ): TemplateReport;
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

const exported: Partial<LibraryApi> = {
  evaluate,
  renderLetter,
  renderRuleBook,
  exportTemplate,
  checkTemplate,
};

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
