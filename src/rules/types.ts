import type { IsoDate } from '../dates/iso-date';
import type { Localized } from '../i18n/locale';
import type { Service } from '../schemas/case-input';
import type { ReasonCode, ReasonKind } from '../schemas/decision';
import type { RequirementId, ServicePolicy } from '../schemas/profile';
import type { FactName } from './facts';
import type { CitationId } from './law';

/** json-rules-engine operators the ruleset uses. */
export type Operator =
  | 'equal'
  | 'notEqual'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'lessThan'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain';

/** A leaf condition on one fact, compared with a constant or with another fact. */
export type FactCondition = {
  fact: FactName;
  operator: Operator;
  value: string | number | boolean | null | readonly string[] | { fact: FactName };
};

/** A json-rules-engine condition tree over pbi-jk's facts. */
export type Condition =
  | FactCondition
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** The areas the rules are grouped by (one file each under src/rules). */
export type Concern =
  | 'membership'
  | 'timing'
  | 'welfare'
  | 'health'
  | 'residency'
  | 'verification'
  | 'documents'
  | 'identity'
  | 'operations';

/** The profile policy knobs a rule can depend on. */
export type PolicyKnob = Exclude<keyof ServicePolicy, 'sopRefs'>;

/**
 * One rule as data. `when` is the json-rules-engine condition under which the reason is given
 * (the rule "fires"); a rule that does not fire is listed as passed, under its title.
 */
export type RuleDefinition = {
  /** Stable id, `<concern>.<name>`; reasons, messages and tests refer to it. */
  id: string;
  concern: Concern;
  services: readonly Service[];
  /** What holds when the rule passes, as a reviewer would check it. */
  title: Localized;
  reason: ReasonCode;
  kind: ReasonKind;
  when: Condition;
  /** Facts copied into the reason's params. */
  params?: readonly FactName[];
  /**
   * The `check-pending` rule that fires when a fact this rule needs was not provided: while it
   * fires, this rule is listed under `undecided`, never under `passed`.
   */
  pendingWith?: string;
  /** Constant params, e.g. `{ check: 'dtks' }`. */
  fixedParams?: Readonly<Record<string, string>>;
  /** National articles the rule implements; only those in force at `asOf` are cited. */
  citations: readonly CitationId[];
  validFrom?: IsoDate;
  validTo?: IsoDate;
  /** A regional overlay: the rule is part of a profile's ruleset only when this knob is on. */
  enabledBy?: PolicyKnob;
  /** Knobs that change how the rule decides; when a profile sets one, the reason cites its SOP too. */
  shapedBy?: readonly PolicyKnob[];
  /** For document rules: the requirement checked; the rule applies when the policy requires it. */
  requirement?: RequirementId;
};
