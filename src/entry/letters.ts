/**
 * `pbi-jk/letters`: Word letters from a decision, the office's own templates, and their checks.
 *
 * @example
 * import { renderLetter } from 'pbi-jk/letters';
 * const docx = await renderLetter({ case: c, decision, profile: 'magetan', letter });
 *
 * @packageDocumentation
 */

export type { ValidationIssue } from '../errors/validation-error';
export { formatIssue, ValidationError } from '../errors/validation-error';
export type { IssueParams, ValidationCode } from '../errors/validation-messages';
export type {
  TemplateProblem,
  TemplateProblemCode,
  TemplateReport,
} from '../letters/check-template';
export { checkTemplate } from '../letters/check-template';
export { exportTemplate } from '../letters/export-template';
export type { LetterReceipt } from '../letters/receipt';

export type { LetterOptions, LetterRequest } from '../letters/render-letter';
export { renderLetter } from '../letters/render-letter';
export type { StrippedItem } from '../letters/template-safety';
export { TEMPLATE_LIMITS } from '../letters/template-safety';
export type { LetterVerification, VerifyLetterOptions } from '../letters/verify-letter';
export { verifyLetter } from '../letters/verify-letter';
export { LetterKind } from '../schemas/profile';
