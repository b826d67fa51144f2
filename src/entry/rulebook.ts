/**
 * `pbi-jk/rulebook`: the rule book of a profile, as Markdown or a Word document. The Word writer
 * and the worked examples load on first use.
 *
 * @example
 * import { renderRuleBook } from 'pbi-jk/rulebook';
 * const md = await renderRuleBook({ profile: 'magetan', format: 'md' });
 *
 * @packageDocumentation
 */

export type { ValidationIssue } from '../errors/validation-error';
export { formatIssue, ValidationError } from '../errors/validation-error';
export type { IssueParams, ValidationCode } from '../errors/validation-messages';
export { describeCondition } from '../rulebook/conditions';
export type { RuleBookOptions } from '../rulebook/render-rule-book';
export { DEFAULT_RULEBOOK_AS_OF, renderRuleBook } from '../rulebook/render-rule-book';
