import type { IsoDate } from './dates/iso-date';
import { isIsoDate } from './dates/iso-date';
import { decisionSummary, rememberDecision } from './decision-memo';
import { type IssueDraft, ValidationError } from './errors/validation-error';
import { canonicalJson } from './hash/canonical-json';
import { sha256HexOfText } from './hash/sha256';
import { LOCALES, type Locale } from './i18n/locale';
import type { ProfileId } from './profiles/index';
import { resolveProfile } from './profiles/resolve';
import { deriveFacts, type FactName, type Facts } from './rules/facts';
import { LEGAL_DATES } from './rules/law';
import { NEXT_STEP_MESSAGES, REASON_MESSAGES } from './rules/messages';
import { NEXT_STEP_TRIGGERS } from './rules/next-steps';
import { parameterAt, RULES_START } from './rules/parameters';
import { rulesetFor } from './rules/ruleset';
import { RULESET_VERSION } from './rules/version';
import type { CaseInput, Service } from './schemas/case-input';
import type { CheckId, Decision, NextStep, Outcome, Reason, RegimeId } from './schemas/decision';
import type { Profile, RequirementId } from './schemas/profile';
import { type CaseCheck, checkCase, checkParsedCase } from './validate-case';
import { PACKAGE_VERSION } from './version';

/** Options of {@link evaluate}. */
export type EvaluateOptions = {
  /** A built-in profile id or a profile object (e.g. from `defineProfile`). */
  profile: ProfileId | Profile;
  /** Language of messages; default `'id'`. Never changes the outcome. */
  locale?: Locale;
  /** Date (YYYY-MM-DD) at which the law is applied; default: the case's `receivedOn`. */
  asOf?: string;
};

/**
 * Decides one PBI-JK application: eligibility and document completeness under the profile's
 * rules and the law in force at `asOf`, with every failing rule, its citations and next steps.
 * Rejects with {@link ValidationError} for invalid input, an unknown profile or an `asOf` before
 * 2020-01-01. Pure: the same input always gives the same decision; the clock is never read.
 *
 * @example
 * const decision = await evaluate(caseJson, { profile: 'magetan', locale: 'id' });
 * decision.outcome;   // 'eligible' | 'incomplete' | 'ineligible'
 * decision.reasons;   // every rule that did not pass, with legalBasis
 */
export async function evaluate(input: unknown, options: EvaluateOptions): Promise<Decision> {
  // The case part is validateCase's: the two never disagree.
  return evaluateChecked((context) => checkCase(input, context), options);
}

/**
 * {@link evaluate} of a case the `CaseInput` schema has already parsed: the batch parses each row
 * once, on its main thread, and its workers decide the parsed value without parsing it again.
 * The options and the date checks are evaluate's; parsing is idempotent, so the decision is the
 * one `evaluate` gives for the raw row (test/letters/parsed-once.test.ts).
 */
export async function evaluateParsed(c: CaseInput, options: EvaluateOptions): Promise<Decision> {
  return evaluateChecked((context) => checkParsedCase(c, context), options);
}

async function evaluateChecked(
  checkCaseWith: (context: { asOfGiven: boolean }) => CaseCheck,
  options: EvaluateOptions,
): Promise<Decision> {
  const opts = (
    typeof options === 'object' && options !== null ? options : {}
  ) as Partial<EvaluateOptions>;
  const locale: Locale = (LOCALES as readonly unknown[]).includes(opts.locale)
    ? (opts.locale as Locale)
    : 'id';
  const drafts: IssueDraft[] = [];
  if (opts.locale !== undefined && locale !== opts.locale) {
    drafts.push({
      path: ['options', 'locale'],
      code: 'invalid-option',
      params: { options: LOCALES },
    });
  }
  const profile = collect(drafts, () =>
    resolveProfile(opts.profile, locale, ['options', 'profile']),
  );
  const asOfGiven = opts.asOf !== undefined;
  const checked = checkCaseWith({ asOfGiven });
  drafts.push(...checked.drafts);
  const c = checked.value;
  const asOf = opts.asOf ?? c?.receivedOn;
  if (asOfGiven && (typeof opts.asOf !== 'string' || !isIsoDate(opts.asOf))) {
    drafts.push({ path: ['options', 'asOf'], code: 'invalid-date' });
  } else if (asOfGiven && asOf !== undefined && asOf < RULES_START) {
    drafts.push({
      path: ['options', 'asOf'],
      code: 'as-of-out-of-range',
      params: { value: asOf, detail: RULES_START },
    });
  }
  if (drafts.length || !profile || !c || !asOf) throw new ValidationError(drafts, locale);
  return decide(c, profile, asOf, locale);
}

/** Runs a valid case through the ruleset (no validation; {@link evaluate} is the public door). */
export async function decide(
  c: CaseInput,
  profile: Profile,
  asOf: IsoDate,
  locale: Locale,
): Promise<Decision> {
  const { facts } = deriveFacts(c, profile, asOf);
  const ruleset = rulesetFor(profile, c.service, asOf);
  const fired = await ruleset.run(facts);

  const reasons: Reason[] = [];
  const passed: Decision['passed'] = [];
  const undecided: Decision['undecided'] = [];
  for (const rule of ruleset.rules) {
    if (!fired.has(rule.id)) {
      const pending =
        rule.pendingWith && fired.has(rule.pendingWith) ? rule.pendingWith : undefined;
      const check = pending && ruleset.rules.find((r) => r.id === pending)?.fixedParams?.check;
      if (check)
        undecided.push({ ruleId: rule.id, title: rule.title[locale], check: check as CheckId });
      else passed.push({ ruleId: rule.id, title: rule.title[locale] });
      continue;
    }
    const params: Record<string, unknown> = { ...rule.fixedParams };
    for (const name of rule.params ?? ([] as FactName[])) params[name] = facts[name];
    reasons.push({
      code: rule.reason,
      kind: rule.kind,
      ruleId: rule.id,
      message: REASON_MESSAGES[locale][rule.reason](params),
      params,
      legalBasis: ruleset.citations.get(rule.id) ?? [],
    });
  }

  const outcome: Outcome = reasons.some((r) => r.kind === 'eligibility')
    ? 'ineligible'
    : reasons.some((r) => r.kind === 'document' || r.kind === 'check')
      ? 'incomplete'
      : 'eligible';
  const regime = parameterAt('regime', asOf) as RegimeId;
  const missingDocuments = reasons
    .filter((r) => r.code === 'document-missing')
    .map((r) => r.params.requirement as RequirementId);

  const caseSha256 = sha256HexOfText(canonicalJson(c));
  const decision: Decision = {
    service: c.service,
    profile: profile.id,
    asOf,
    regime,
    outcome,
    reasons,
    missingDocuments,
    nextSteps: nextSteps(
      reasons,
      missingDocuments,
      outcome,
      facts,
      regime,
      c.service,
      asOf,
      locale,
    ),
    passed,
    undecided,
    rulesetVersion: RULESET_VERSION,
    packageVersion: PACKAGE_VERSION,
    caseSha256,
  };
  rememberDecision(profile, caseSha256, asOf, decisionSummary(decision));
  return decision;
}

function nextSteps(
  reasons: readonly Reason[],
  missingDocuments: readonly string[],
  outcome: Outcome,
  facts: Facts,
  regime: RegimeId,
  service: Service,
  asOf: IsoDate,
  locale: Locale,
): NextStep[] {
  const params = {
    registry: facts.registry,
    regencyCode: facts.regencyCode,
    regime,
    requirements: reasons.filter((r) => r.kind === 'document').map((r) => r.params.requirement),
    checks: reasons.filter((r) => r.code === 'check-pending').map((r) => r.params.check),
  };
  const steps: NextStep[] = [];
  for (const t of NEXT_STEP_TRIGGERS) {
    if (t.completesFile && outcome === 'ineligible') continue;
    if (t.services && !t.services.includes(service)) continue;
    if (t.from && asOf < LEGAL_DATES[t.from].date) continue;
    const applies =
      (t.reasons?.some((code) =>
        reasons.some(
          (r) => r.code === code && (t.segment === undefined || r.params.segment === t.segment),
        ),
      ) ??
        false) ||
      (t.kinds?.some((kind) => reasons.some((r) => r.kind === kind)) ?? false) ||
      (t.missing !== undefined && missingDocuments.includes(t.missing)) ||
      (t.outcome !== undefined && t.outcome === outcome);
    if (applies) {
      steps.push({
        code: t.code,
        message: NEXT_STEP_MESSAGES[locale][t.code](params),
        ...(t.service ? { service: t.service } : {}),
      });
    }
  }
  return steps;
}

function collect<T>(drafts: IssueDraft[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    drafts.push(...e.issues);
    return undefined;
  }
}
