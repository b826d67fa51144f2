/**
 * The one place the command line reaches the library: every command calls `evaluate`,
 * `renderLetter`, `renderRuleBook`, `exportTemplate` and `checkTemplate` through here, so the CLI
 * never carries a second copy of the rules or the letters.
 */
export type { EvaluateOptions } from '../evaluate';
export { evaluate } from '../evaluate';
export type { TemplateReport } from '../letters/check-template';
export { checkTemplate } from '../letters/check-template';
export { exportTemplate } from '../letters/export-template';
export type { LetterRequest } from '../letters/render-letter';
export { renderLetter } from '../letters/render-letter';
export { verifyLetter } from '../letters/verify-letter';
export type { RuleBookOptions } from '../rulebook/render-rule-book';
export { renderRuleBook } from '../rulebook/render-rule-book';
