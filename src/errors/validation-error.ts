import type { Locale } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';
import {
  type IssueParams,
  type ValidationCode,
  validationMessages,
  validationSummary,
} from './validation-messages';

/** One problem with an input: where it is, a stable code, and a message in the caller's locale. */
export type ValidationIssue = {
  /** Path to the field, e.g. `['applicant', 'nik']`; `[]` for the input as a whole. */
  path: string[];
  code: ValidationCode;
  message: string;
};

/**
 * A problem before its message is written: code and data, text made late per locale. An issue
 * already written (from another ValidationError in the same locale) may be passed as is.
 */
export type IssueDraft =
  | { path: readonly (string | number)[]; code: ValidationCode; params?: IssueParams }
  | ValidationIssue;

/**
 * Thrown (or rejected) by every public entry point for invalid input. `issues` lists every
 * problem found, not only the first, with messages in the requested locale. A full NIK or KK
 * never appears in `message`, `issues` or `stack`.
 *
 * @example
 * try { await evaluate(input, { profile: 'magetan' }) }
 * catch (e) { if (e instanceof ValidationError) console.log(e.issues) }
 */
export class ValidationError extends Error {
  /** Every problem found, in the order of the input. */
  readonly issues: readonly ValidationIssue[];
  /** The locale the messages are written in. */
  readonly locale: Locale;

  constructor(drafts: readonly IssueDraft[], locale: Locale = 'id') {
    const issues = drafts.map((d) => renderIssue(d, locale));
    const lines = issues.map(
      (i) => `- ${i.path.length ? i.path.map(shortSegment).join('.') : '(input)'}: ${i.message}`,
    );
    super(`${validationSummary[locale](issues.length)}\n${lines.join('\n')}`);
    this.name = 'ValidationError';
    this.issues = issues;
    this.locale = locale;
  }
}

/** A path segment as the summary prints it: a 5,000-character key name is cut to 40 characters. */
function shortSegment(segment: string): string {
  return segment.length > 40 ? `${segment.slice(0, 40)}…` : segment;
}

/** Writes one issue's message in a locale, masking any identifier that reached it. */
export function renderIssue(draft: IssueDraft, locale: Locale): ValidationIssue {
  const path = draft.path.map(String);
  const text =
    'message' in draft ? draft.message : validationMessages[locale][draft.code](draft.params ?? {});
  const message = maskIdentifiersIn(text);
  return { path: path.map(maskIdentifiersIn), code: draft.code, message };
}
