/**
 * The ruleset snapshot a reviewer signs: everything that decides a case for one profile (rules
 * with their conditions and citations, dated parameters, instruments, citation texts, document
 * requirements, the profile's policy per service and its departures), as plain JSON with a
 * SHA-256 fingerprint of its canonical JSON. Any change to a rule, parameter, citation or
 * requirement changes the fingerprint, so a signed snapshot tells exactly what was reviewed.
 */
import { addDays, type IsoDate } from '../dates/iso-date';
import { canonicalJson } from '../hash/canonical-json';
import { sha256HexOfText } from '../hash/sha256';
import type { Locale } from '../i18n/locale';
import type { ProfileId } from '../profiles/index';
import { resolveProfile } from '../profiles/resolve';
import type { Service } from '../schemas/case-input';
import type { Profile } from '../schemas/profile';
import { NATIONAL_REQUIREMENTS, NATIONAL_SEGMENTS, REQUIREMENTS } from './baseline';
import { profileDepartures } from './departures';
import { CITATIONS, INSTRUMENTS } from './law';
import { NEXT_STEP_TRIGGERS } from './next-steps';
import { PARAMETERS, RULES_START } from './parameters';
import { RULES, rulesetFor } from './ruleset';
import { RULESET_VERSION } from './version';

/** What marks a JSON file as a pbi-jk ruleset snapshot. */
export const SNAPSHOT_KIND = 'pbi-jk/ruleset-snapshot';

/** A JSON value, as a snapshot holds it. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** One rule in a snapshot: the rule's data as the engine runs it (`when` is json-rules-engine JSON). */
export type SnapshotRule = {
  readonly id: string;
  readonly title: { readonly id: string; readonly en: string };
  readonly services: readonly string[];
  readonly when: JsonValue;
  /** Ids of the national citations (keys of {@link RulesetSnapshot.citations}). */
  readonly citations: readonly string[];
  readonly requirement?: string;
  readonly [key: string]: JsonValue | undefined;
};

/** One dated parameter in a snapshot. */
export type SnapshotParameter = {
  readonly label: { readonly id: string; readonly en: string };
  readonly values: readonly {
    readonly validFrom: string;
    readonly validTo?: string;
    readonly value: JsonValue;
    readonly citations: readonly string[];
  }[];
};

/** One citation in a snapshot: the article, what it says, its source and whether it is verified. */
export type SnapshotCitation = {
  readonly instrument: string;
  readonly article?: string;
  readonly title: string;
  readonly verified: boolean;
  readonly [key: string]: JsonValue | undefined;
};

/**
 * Everything that decides a case for one profile, JSON-safe and canonical, with `fingerprint` =
 * SHA-256 (hex) of the canonical JSON of the snapshot without `fingerprint`.
 */
export type RulesetSnapshot = {
  readonly kind: typeof SNAPSHOT_KIND;
  readonly rulesetVersion: string;
  /** The profile id. */
  readonly profile: string;
  readonly fingerprint: string;
  /** Every rule that applies to the profile for some service on some date, keyed by rule id. */
  readonly rules: { readonly [id: string]: SnapshotRule };
  readonly parameters: { readonly [name: string]: SnapshotParameter };
  readonly citations: { readonly [id: string]: SnapshotCitation };
  readonly instruments: { readonly [id: string]: JsonValue };
  /** Document requirements: the kinds that meet each. */
  readonly requirements: { readonly [id: string]: JsonValue };
  /** National requirements and segments per service, and the next steps each reason triggers. */
  readonly national: JsonValue;
  /** The profile's policy per service (its SOP's overlay), and the region it serves. */
  readonly policy: { readonly [service: string]: JsonValue };
  readonly region: string | null;
  /** Where the profile departs from the national rule, per service. */
  readonly departures: readonly JsonValue[];
};

const SERVICES: readonly Service[] = ['reaktivasi', 'pendaftaran', 'pengalihan'];

/** A plain JSON copy: `undefined` members dropped, nothing shared with the live data. */
function json<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every day on which some rule or parameter starts or stops applying, from RULES_START on. */
function turningPoints(): IsoDate[] {
  const days = new Set<IsoDate>([RULES_START]);
  const add = (from?: string, to?: string) => {
    if (from && from >= RULES_START) days.add(from);
    if (to && to >= RULES_START) days.add(addDays(to, 1));
  };
  for (const r of RULES) add(r.validFrom, r.validTo);
  for (const p of Object.values(PARAMETERS))
    for (const v of p.values as readonly { validFrom: string; validTo?: string }[])
      add(v.validFrom, v.validTo);
  return [...days].sort();
}

/** The fingerprint of a snapshot's content (everything but `fingerprint`). */
export function snapshotFingerprint(snapshot: Omit<RulesetSnapshot, 'fingerprint'>): string {
  const { fingerprint: _drop, ...content } = snapshot as RulesetSnapshot;
  return sha256HexOfText(canonicalJson(content));
}

/**
 * The snapshot of everything that decides a case for a profile, to sign off and to compare with
 * later (`renderRuleBook({ since })`, `pbi-jk rules --since`). Deterministic: the same ruleset
 * and profile give the same snapshot and fingerprint. Throws {@link ValidationError} for an
 * unknown profile or an invalid profile object.
 *
 * @example
 * const snap = exportRuleset('magetan');
 * await writeFile('disahkan.json', JSON.stringify(snap, null, 2));
 */
export function exportRuleset(
  profile: ProfileId | Profile,
  locale: Locale = 'id',
): RulesetSnapshot {
  const p = resolveProfile(profile, locale, ['profile']);
  const used = new Set<string>();
  for (const day of turningPoints())
    for (const service of SERVICES)
      for (const rule of rulesetFor(p, service, day).rules) used.add(rule.id);
  const rules: Record<string, SnapshotRule> = {};
  for (const rule of RULES) if (used.has(rule.id)) rules[rule.id] = json(rule);
  const content: Omit<RulesetSnapshot, 'fingerprint'> = {
    kind: SNAPSHOT_KIND,
    rulesetVersion: RULESET_VERSION,
    profile: p.id,
    rules,
    parameters: json(PARAMETERS),
    citations: json(CITATIONS),
    instruments: json(INSTRUMENTS),
    requirements: json(REQUIREMENTS),
    national: json({
      requirements: NATIONAL_REQUIREMENTS,
      segments: NATIONAL_SEGMENTS,
      nextSteps: NEXT_STEP_TRIGGERS,
    }),
    policy: json(p.policy),
    region: p.region?.code ?? null,
    departures: json(profileDepartures(p)),
  };
  return { ...content, fingerprint: snapshotFingerprint(content) };
}
