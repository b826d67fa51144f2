/**
 * pbi-jk: PBI-JK (JKN-KIS) decisions, rule books and letters for Dinas Sosial offices.
 *
 * @packageDocumentation
 */

export type { IsoDate } from './dates/iso-date';
export { addMonthsClamped, formatLongDate, isIsoDate } from './dates/iso-date';
export type { Period } from './dates/period';
export { inForce } from './dates/period';
export type { IssueDraft, ValidationIssue } from './errors/validation-error';
export { formatIssue, ValidationError } from './errors/validation-error';
export type { IssueParams, ValidationCode } from './errors/validation-messages';
export type { EvaluateOptions } from './evaluate';
export { evaluate } from './evaluate';
export type { Locale, Localized } from './i18n/locale';
export { LOCALES } from './i18n/locale';
export { maskId } from './identifiers/mask';
export type { Nik, NikMismatch, NikProblem } from './identifiers/nik';
export { compareNikWithPerson, parseNik } from './identifiers/nik';
export type { Nip } from './identifiers/nip';
export { parseNip } from './identifiers/nip';
export type { Kk } from './identifiers/numbers';
export { isJknCardNumber, parseKk } from './identifiers/numbers';
export type { Region, RegionCode } from './identifiers/region';
export { parseRegionCode, REGIONS } from './identifiers/region';
export type {
  TemplateProblem,
  TemplateProblemCode,
  TemplateReport,
} from './letters/check-template';
export { checkTemplate } from './letters/check-template';
export { exportTemplate } from './letters/export-template';
export type { LetterReceipt } from './letters/receipt';
export type { LetterOptions, LetterRequest } from './letters/render-letter';
export { renderLetter } from './letters/render-letter';
export type { StrippedItem } from './letters/template-safety';
export { TEMPLATE_LIMITS } from './letters/template-safety';
export type { LetterVerification, VerifyLetterOptions } from './letters/verify-letter';
export { verifyLetter } from './letters/verify-letter';
export type { ProfileId } from './profiles/index';
export { PROFILE_IDS, profiles } from './profiles/index';
export { defineProfile } from './profiles/resolve';
export { describeCondition } from './rulebook/conditions';
export type { RuleBookOptions } from './rulebook/render-rule-book';
export { DEFAULT_RULEBOOK_AS_OF, renderRuleBook } from './rulebook/render-rule-book';
export type { EffectivePolicy, Requirement } from './rules/baseline';
export { effectivePolicy, REQUIREMENTS } from './rules/baseline';
export type { Departure } from './rules/departures';
export { profileDepartures } from './rules/departures';
export type { CompiledRule } from './rules/export';
export { caseFacts, compileRules, rules } from './rules/export';
export type { FactName, Facts, FactValue } from './rules/facts';
export type {
  CitationEntry,
  CitationId,
  Instrument,
  InstrumentId,
  InstrumentStatement,
  InstrumentStatementKind,
  InstrumentStatus,
  LegalDate,
  LegalDateId,
  Sourced,
} from './rules/law';
export { CITATIONS, INSTRUMENTS, instrumentStatus, LEGAL_DATES } from './rules/law';
export type { CheckId } from './rules/messages';
export { NEXT_STEP_MESSAGES, REASON_MESSAGES } from './rules/messages';
export type { NextStepTrigger } from './rules/next-steps';
export type { DeactivationWave } from './rules/operations';
export { DEACTIVATION_WAVES } from './rules/operations';
export type { Parameter, ParameterName, ParameterValue, Registry } from './rules/parameters';
export { parameterAt } from './rules/parameters';
export type { ReasonOf, ReasonParams } from './rules/reason-params';
export { isReason, REASON_PARAM_KEYS } from './rules/reason-params';
export type {
  JsonValue,
  RulesetSnapshot,
  SnapshotCitation,
  SnapshotParameter,
  SnapshotRule,
} from './rules/snapshot';
export { exportRuleset, SNAPSHOT_KIND } from './rules/snapshot';
export type {
  Concern,
  Condition,
  FactCondition,
  Operator,
  PolicyKnob,
  RuleDefinition,
} from './rules/types';
export { RULESET_VERSION } from './rules/version';
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
} from './schemas/case-input';
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
} from './schemas/decision';
export type { CaseField, DecisionField, FieldLabel } from './schemas/field-labels';
export { CASE_FIELD_LABELS, DECISION_FIELD_LABELS } from './schemas/field-labels';
export type { JsonSchemaOptions } from './schemas/json-schema';
export { caseInputJsonSchema, decisionJsonSchema } from './schemas/json-schema';
export type { ProfileInput } from './schemas/profile';
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
} from './schemas/profile';
export type { ValidateCaseOptions } from './validate-case';
export { validateCase } from './validate-case';
