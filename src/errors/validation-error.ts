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
  /** The data the message was written from: pass the issue to {@link formatIssue} to write it in another locale. */
  params: IssueParams;
};

/**
 * A problem before its message is written: code and data, text made late per locale. An issue
 * already written (from another ValidationError in the same locale) may be passed as is.
 */
export type IssueDraft =
  | { path: readonly (string | number)[]; code: ValidationCode; params?: IssueParams }
  | (Omit<ValidationIssue, 'params'> & { params?: IssueParams });

/**
 * Marks a ValidationError across copies of the package: the ESM and CommonJS builds (or two
 * installed versions) each have their own class, but `Symbol.for` gives them one key.
 */
const BRAND: unique symbol = Symbol.for('pbi-jk.ValidationError') as never;

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

  /**
   * Whether `e` is a ValidationError of pbi-jk, also one thrown by the other build (ESM or
   * CommonJS) or another copy of the package, where `instanceof` says false.
   *
   * @example
   * try { await evaluate(input, { profile: 'magetan' }) }
   * catch (e) { if (ValidationError.is(e)) showIssues(e.issues); else throw e }
   */
  static is(e: unknown): e is ValidationError {
    return (
      e instanceof ValidationError ||
      (typeof e === 'object' && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true)
    );
  }
}

// On the prototype, not enumerable: the brand never shows in JSON or in a console dump.
Object.defineProperty(ValidationError.prototype, BRAND, { value: true });

/** A path segment as the summary prints it: a 5,000-character key name is cut to 40 characters. */
function shortSegment(segment: string): string {
  return segment.length > 40 ? `${segment.slice(0, 40)}…` : segment;
}

/** Writes one issue's message in a locale, masking any identifier that reached it. */
export function renderIssue(draft: IssueDraft, locale: Locale): ValidationIssue {
  const path = draft.path.map(String);
  const params = maskParams(draft.params ?? {});
  const text = 'message' in draft ? draft.message : validationMessages[locale][draft.code](params);
  const message = maskIdentifiersIn(text);
  return { path: path.map(maskIdentifiersIn), code: draft.code, message, params };
}

/**
 * Writes an issue's message again in another locale from its code and params, e.g. to show a
 * form's errors in English that `evaluate` reported in Bahasa Indonesia. Identifiers stay masked.
 *
 * @example
 * const issues = validateCase(input);            // messages in Bahasa Indonesia
 * issues.map((i) => formatIssue(i, 'en'));       // the same problems in English
 */
export function formatIssue(
  issue: Pick<ValidationIssue, 'code'> & { params?: IssueParams },
  locale: Locale,
): string {
  const catalog = validationMessages[locale] ?? validationMessages.id;
  const render = catalog[issue.code];
  if (!render) return String(issue.code);
  return maskIdentifiersIn(render(maskParams(issue.params ?? {})));
}

/** Params are public data of an issue: the same identifier mask as messages, as a safety net. */
function maskParams(params: IssueParams): IssueParams {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] =
      typeof value === 'string'
        ? maskIdentifiersIn(value)
        : Array.isArray(value)
          ? value.map((v) => (typeof v === 'string' ? maskIdentifiersIn(v) : v))
          : value;
  }
  return out as IssueParams;
}
