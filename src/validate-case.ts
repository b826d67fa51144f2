import { type IssueDraft, renderIssue, type ValidationIssue } from './errors/validation-error';
import { LOCALES, type Locale } from './i18n/locale';
import { RULES_START } from './rules/parameters';
import { CaseInput } from './schemas/case-input';
import { toIssueDrafts } from './schemas/parse';

/** Options of {@link validateCase}. */
export type ValidateCaseOptions = {
  /** Language of the messages; default `'id'`. */
  locale?: Locale;
};

/**
 * Checks an application without deciding it, e.g. to show a form's errors as the officer types:
 * `[]` when the case is valid, otherwise exactly the issues {@link evaluate} would reject the
 * same case with (when no `asOf` is given), each with its path, code, message and params.
 * Never throws.
 *
 * @example
 * const issues = validateCase(formValues, { locale: 'en' });
 * for (const i of issues) showError(i.path.join('.'), i.message);
 */
export function validateCase(input: unknown, options?: ValidateCaseOptions): ValidationIssue[] {
  const wanted: unknown =
    typeof options === 'object' && options !== null ? options.locale : undefined;
  const locale: Locale = (LOCALES as readonly unknown[]).includes(wanted)
    ? (wanted as Locale)
    : 'id';
  const drafts: IssueDraft[] = [];
  if (wanted !== undefined && wanted !== locale) {
    drafts.push({
      path: ['options', 'locale'],
      code: 'invalid-option',
      params: { options: LOCALES },
    });
  }
  drafts.push(...checkCase(input, { asOfGiven: false }).drafts);
  return drafts.map((d) => renderIssue(d, locale));
}

/** A case parsed by {@link checkCase}: the value when valid, and every problem found. */
export type CaseCheck = { value?: CaseInput; drafts: IssueDraft[] };

/**
 * The case part of {@link evaluate}'s validation, shared with {@link validateCase} so the two
 * never disagree: the schema's issues and, when the caller gives no `asOf` (so `receivedOn` is
 * the date the law is applied at), a `receivedOn` before the rules start.
 */
export function checkCase(input: unknown, context: { asOfGiven: boolean }): CaseCheck {
  const result = CaseInput.safeParse(input);
  if (!result.success) return { drafts: toIssueDrafts(result.error.issues, input) };
  return checkParsedCase(result.data, context);
}

/**
 * The checks of {@link checkCase} that follow the schema, for a case the schema already parsed
 * (the batch parses each row once, on its main thread): a `receivedOn` before the rules start
 * when no `asOf` is given.
 */
export function checkParsedCase(c: CaseInput, context: { asOfGiven: boolean }): CaseCheck {
  if (!context.asOfGiven && c.receivedOn < RULES_START) {
    return {
      value: c,
      drafts: [
        {
          path: ['receivedOn'],
          code: 'as-of-out-of-range',
          params: { value: c.receivedOn, detail: RULES_START },
        },
      ],
    };
  }
  return { value: c, drafts: [] };
}
