/**
 * The ruleset as data, and its compilation into a json-rules-engine Engine per profile, service
 * and legal period. The engine is an implementation detail: no listeners, no `path`, nothing of
 * its types leaks out.
 */
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { addDays, type IsoDate } from '../dates/iso-date';
import { inForce } from '../dates/period';
import type { Service } from '../schemas/case-input';
import type { Citation } from '../schemas/decision';
import type { Profile } from '../schemas/profile';
import { type EffectivePolicy, effectivePolicy, NATIONAL_REQUIREMENTS } from './baseline';
import { profileDepartures, sopCitation } from './departures';
import { documentRules } from './groups/documents';
import { healthRules } from './groups/health';
import { identityRules } from './groups/identity';
import { membershipRules } from './groups/membership';
import { operationsRules } from './groups/operations';
import { residencyRules } from './groups/residency';
import { timingRules } from './groups/timing';
import { verificationRules } from './groups/verification';
import { welfareRules } from './groups/welfare';
import {
  CITATIONS,
  type CitationId,
  INSTRUMENTS,
  type InstrumentId,
  instrumentInForce,
} from './law';
import { noPath } from './no-jsonpath';
import { PARAMETERS } from './parameters';
import type { PolicyKnob, RuleDefinition } from './types';

/** Every rule pbi-jk knows, grouped by concern in this order. */
export const RULES: readonly RuleDefinition[] = [
  ...membershipRules,
  ...timingRules,
  ...welfareRules,
  ...healthRules,
  ...residencyRules,
  ...verificationRules,
  ...documentRules,
  ...identityRules,
  ...operationsRules,
];

/** True when a rule is in force on `asOf`. */
export function ruleInForce(rule: RuleDefinition, asOf: IsoDate): boolean {
  return inForce(rule, asOf);
}

/** The rules that apply to a service for a profile on `asOf`, national and regional. */
export function selectRules(
  service: Service,
  policy: EffectivePolicy,
  asOf: IsoDate,
): RuleDefinition[] {
  return RULES.filter(
    (r) =>
      r.services.includes(service) &&
      ruleInForce(r, asOf) &&
      (r.enabledBy === undefined || Boolean(policy[r.enabledBy])) &&
      (r.requirement === undefined || policy.requirements.includes(r.requirement)),
  );
}

/** Converts a rule to the json-rules-engine JSON it runs as (a leaf condition is wrapped in `all`). */
export function toEngineRule(rule: RuleDefinition): RuleProperties {
  const conditions = ('fact' in rule.when
    ? { all: [rule.when] }
    : rule.when) as unknown as TopLevelCondition;
  return { name: rule.id, conditions, event: { type: rule.id }, priority: 1 };
}

/** Converts a national citation id to the public {@link Citation} shape. */
export function toCitation(id: CitationId): Citation {
  const c = CITATIONS[id];
  const instrument = INSTRUMENTS[c.instrument as InstrumentId];
  return {
    instrument: instrument.name,
    ...('article' in c ? { article: c.article } : {}),
    title: c.title,
    source: c.source,
    verified: c.verified,
  };
}

/**
 * The citations a rule gives for a profile and service on `asOf`: the national articles in force,
 * and the SOP when the profile's overlay adds or shapes the rule.
 */
export function ruleCitations(
  rule: RuleDefinition,
  profile: Profile,
  service: Service,
  asOf: IsoDate,
  policy: EffectivePolicy,
): Citation[] {
  const national: CitationId[] = [...rule.citations];
  if (rule.requirement) {
    const entry = NATIONAL_REQUIREMENTS[service].find((r) => r.id === rule.requirement);
    if (
      entry &&
      policy.requirements.includes(rule.requirement) &&
      !policy.addedRequirements.includes(rule.requirement)
    ) {
      national.push(...entry.citations);
    }
  }
  const out = [...new Set(national)]
    .filter((id) => instrumentInForce(CITATIONS[id].instrument as InstrumentId, asOf))
    .map(toCitation);
  const knobs: PolicyKnob[] = [];
  if (rule.enabledBy) knobs.push(rule.enabledBy);
  const departures = profileDepartures(profile, asOf).filter((d) => d.service === service);
  for (const knob of rule.shapedBy ?? [])
    if (departures.some((d) => d.knob === knob)) knobs.push(knob);
  if (
    rule.requirement &&
    (policy.addedRequirements.includes(rule.requirement) ||
      profile.policy[service].sopRefs?.[`requirements:${rule.requirement}`])
  )
    knobs.push('requirements');
  for (const knob of knobs) {
    const c = sopCitation(profile, service, knob, rule.requirement);
    if (!out.some((o) => o.instrument === c.instrument && o.article === c.article)) out.push(c);
  }
  return out;
}

/** A ruleset ready to run: its rules, their citations, and `run` over a case's facts. */
export type CompiledRuleset = {
  rules: readonly RuleDefinition[];
  citations: ReadonlyMap<string, Citation[]>;
  /** Runs the rules on facts and returns the ids of the rules that fired. */
  run: (facts: Record<string, unknown>) => Promise<Set<string>>;
};

/**
 * json-rules-engine keeps one `status` per Engine: when two runs overlap on the same Engine, the
 * first to finish marks it FINISHED and the other silently skips its remaining rules (which would
 * then look "passed"). So an Engine is never shared by two runs: idle engines wait in a pool and
 * a run that finds none builds another.
 */
function enginePool(rules: readonly RuleDefinition[]): CompiledRuleset['run'] {
  const json = rules.map(toEngineRule);
  const idle: Engine[] = [];
  return async (facts) => {
    const engine =
      idle.pop() ?? new Engine(json, { allowUndefinedFacts: true, pathResolver: noPath });
    try {
      const { events } = await engine.run(facts);
      return new Set(events.map((e) => e.type));
    } finally {
      idle.push(engine);
    }
  };
}

const compiled = new WeakMap<Profile, Map<string, CompiledRuleset>>();
let boundaries: IsoDate[] | undefined;

/** Every date on which some rule, parameter or instrument starts or stops applying. */
function legalBoundaries(): IsoDate[] {
  if (!boundaries) {
    const days = new Set<IsoDate>();
    const addEnd = (d: IsoDate | undefined) => d && days.add(addDays(d, 1));
    for (const r of RULES) {
      if (r.validFrom) days.add(r.validFrom);
      addEnd(r.validTo);
    }
    for (const i of Object.values(INSTRUMENTS) as { validFrom?: string; validTo?: string }[]) {
      if (i.validFrom) days.add(i.validFrom);
      addEnd(i.validTo);
    }
    for (const p of Object.values(PARAMETERS)) for (const v of p.values) days.add(v.validFrom);
    boundaries = [...days].sort();
  }
  return boundaries;
}

/**
 * The compiled ruleset for a profile, service and `asOf`, cached per profile and legal period:
 * the same period always gives the same rules, so the engine is built once.
 */
export function rulesetFor(profile: Profile, service: Service, asOf: IsoDate): CompiledRuleset {
  const period = legalBoundaries().filter((d) => d <= asOf).length;
  const key = `${service}|${period}`;
  let byKey = compiled.get(profile);
  if (!byKey) {
    byKey = new Map();
    compiled.set(profile, byKey);
  }
  const hit = byKey.get(key);
  if (hit) return hit;
  const policy = effectivePolicy(profile, service, asOf);
  const rules = selectRules(service, policy, asOf);
  const citations = new Map(
    rules.map((r) => [r.id, ruleCitations(r, profile, service, asOf, policy)]),
  );
  const result = { rules, citations, run: enginePool(rules) };
  byKey.set(key, result);
  return result;
}
