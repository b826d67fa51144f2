/**
 * The ruleset as plain JSON for other engines, other languages and the rule book: rules with
 * their json-rules-engine conditions, dated parameters, instruments, citations, document
 * requirements and next steps. Nothing here is computed from a case.
 */
import type { IsoDate } from '../dates/iso-date';
import { ValidationError } from '../errors/validation-error';
import type { Locale } from '../i18n/locale';
import type { ProfileId } from '../profiles/index';
import { resolveProfile } from '../profiles/resolve';
import { CaseInput, Service } from '../schemas/case-input';
import type { Citation } from '../schemas/decision';
import { parseOrThrow } from '../schemas/parse';
import type { Profile } from '../schemas/profile';
import { NATIONAL_REQUIREMENTS, NATIONAL_SEGMENTS, REQUIREMENTS } from './baseline';
import { deriveFacts, FACT_LABELS, type Facts } from './facts';
import { CITATIONS, INSTRUMENTS } from './law';
import { NEXT_STEP_TRIGGERS } from './next-steps';
import { PARAMETERS, RULES_START } from './parameters';
import { RULES, rulesetFor, toEngineRule } from './ruleset';
import { RULESET_VERSION } from './version';

/**
 * Everything the engine runs, as data. `rules[i].when` is a json-rules-engine condition over the
 * facts named in `facts`; load it into any json-rules-engine (or port it) to run the same rules.
 *
 * @example JSON.stringify(rules.rules.map((r) => r.id))
 */
export const rules = {
  version: RULESET_VERSION,
  start: RULES_START,
  rules: RULES,
  parameters: PARAMETERS,
  instruments: INSTRUMENTS,
  citations: CITATIONS,
  requirements: REQUIREMENTS,
  nationalRequirements: NATIONAL_REQUIREMENTS,
  nationalSegments: NATIONAL_SEGMENTS,
  nextSteps: NEXT_STEP_TRIGGERS,
  facts: FACT_LABELS,
} as const;

/** One rule as it runs for a profile and service on a date, with the citations it gives. */
export type CompiledRule = {
  id: string;
  /** json-rules-engine rule JSON (`conditions`, `event`), ready for `new Engine([...])`. */
  engineRule: { name: string; conditions: unknown; event: { type: string }; priority: number };
  citations: Citation[];
};

/**
 * The rules that apply to a service for a profile on `asOf`, national and regional, as
 * json-rules-engine JSON with their citations (what `evaluate` runs).
 *
 * @example compileRules('magetan', 'reaktivasi', '2026-03-02').map((r) => r.id)
 */
export function compileRules(
  profile: ProfileId | Profile,
  service: Service,
  asOf: IsoDate,
  locale: Locale = 'id',
): CompiledRule[] {
  const p = resolveProfile(profile, locale);
  const s = parseOrThrow(Service, service, locale, ['service']);
  if (typeof asOf !== 'string' || asOf < RULES_START) {
    throw new ValidationError(
      [
        {
          path: ['asOf'],
          code: 'as-of-out-of-range',
          params: { value: String(asOf), detail: RULES_START },
        },
      ],
      locale,
    );
  }
  const compiled = rulesetFor(p, s, asOf);
  return compiled.rules.map((r) => ({
    id: r.id,
    engineRule: toEngineRule(r) as CompiledRule['engineRule'],
    citations: compiled.citations.get(r.id) ?? [],
  }));
}

/**
 * The facts `evaluate` derives from a case (validated first) for a profile on `asOf` (default:
 * `receivedOn`) — the input to the rules of {@link compileRules}.
 */
export function caseFacts(
  input: unknown,
  options: { profile: ProfileId | Profile; asOf?: string; locale?: Locale },
): Facts {
  const locale = options.locale ?? 'id';
  const p = resolveProfile(options.profile, locale);
  const c = parseOrThrow(CaseInput, input, locale);
  return deriveFacts(c, p, options.asOf ?? c.receivedOn).facts;
}
