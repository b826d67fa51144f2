/**
 * `pbi-jk/rules`: decisions without the letter and Word libraries. A browser page that imports
 * from here carries the rules, the profiles and the schemas, nothing that writes a .docx.
 *
 * @example
 * import { evaluate, validateCase } from 'pbi-jk/rules';
 *
 * @packageDocumentation
 */

export type { IssueDraft, ValidationIssue } from '../errors/validation-error';
export { formatIssue, ValidationError } from '../errors/validation-error';
export type { IssueParams, ValidationCode } from '../errors/validation-messages';
export type { EvaluateOptions } from '../evaluate';
export { evaluate } from '../evaluate';
export type { Locale, Localized } from '../i18n/locale';
export { LOCALES } from '../i18n/locale';
export { maskId } from '../identifiers/mask';
export type { ProfileId } from '../profiles/index';
export { PROFILE_IDS, profiles } from '../profiles/index';
export { defineProfile } from '../profiles/resolve';
export type { Requirement } from '../rules/baseline';
export { REQUIREMENTS } from '../rules/baseline';
export type { CheckId } from '../rules/messages';
export type { ReasonOf, ReasonParams } from '../rules/reason-params';
export { isReason, REASON_PARAM_KEYS } from '../rules/reason-params';
export type { RulesetSnapshot } from '../rules/snapshot';
export { exportRuleset, SNAPSHOT_KIND } from '../rules/snapshot';
export { RULESET_VERSION } from '../rules/version';
export {
  Address,
  Applicant,
  CaseInput,
  DocumentEntry,
  DocumentKind,
  Health,
  Membership,
  Segment,
  Service,
  Verification,
  Welfare,
} from '../schemas/case-input';
export {
  Citation,
  Decision,
  NextStep,
  NextStepCode,
  Outcome,
  Reason,
  ReasonCode,
  ReasonKind,
  RegimeId,
} from '../schemas/decision';
export type { CaseField, DecisionField, FieldLabel } from '../schemas/field-labels';
export { CASE_FIELD_LABELS, DECISION_FIELD_LABELS } from '../schemas/field-labels';
export type { JsonSchemaOptions } from '../schemas/json-schema';
export { caseInputJsonSchema, decisionJsonSchema } from '../schemas/json-schema';
export type { ProfileInput } from '../schemas/profile';
export {
  LegalBasisEntry,
  LetterKind,
  Official,
  Profile,
  ProfileOverrides,
  RequirementId,
  ServicePolicy,
  Signer,
  SopReference,
} from '../schemas/profile';
export type { ValidateCaseOptions } from '../validate-case';
export { validateCase } from '../validate-case';
