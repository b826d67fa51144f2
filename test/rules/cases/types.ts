import type { CheckId } from '../../../src/rules/messages';
import type { NextStepCode, Outcome, ReasonCode } from '../../../src/schemas/decision';
import type { RequirementId } from '../../../src/schemas/profile';

/**
 * One row of a rule table: a sentence a legal reviewer can check (in English and Bahasa
 * Indonesia), the application, and what the
 * decision must say. `reasons` lists every reason code (order-free); `missing` and `checks`
 * default to none; `nextSteps`, when given, must match exactly and in order.
 */
export type RuleCase = {
  /** The case in English (the test runner's name). */
  name: string;
  /** The same case in Bahasa Indonesia, for the Indonesian rule book. */
  nameId: string;
  input: unknown;
  asOf?: string;
  outcome: Outcome;
  reasons: ReasonCode[];
  missing?: RequirementId[];
  checks?: CheckId[];
  nextSteps?: NextStepCode[];
  regime?: 'permensos-21-2019' | 'permensos-3-2026';
};
