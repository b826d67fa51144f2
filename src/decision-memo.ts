/**
 * What `decide` gave, remembered by profile, case hash and date, so a letter's binding check
 * (SPEC §3: the letter's decision must be the one the rules give for its case) need not run the
 * rules a second time for a case decided moments ago in the same process. `decide` is pure: the
 * same canonical case (its SHA-256) under the same profile object at the same `asOf` always gives
 * the same summary, so a remembered summary is exactly what deciding again would give.
 */
import type { Decision } from './schemas/decision';
import type { Profile } from './schemas/profile';

/** What the binding compares: outcome, reason codes (sorted) and regime, as one string. */
export function decisionSummary(x: Pick<Decision, 'outcome' | 'reasons' | 'regime'>): string {
  const codes =
    x.reasons
      .map((r) => r.code)
      .sort()
      .join(', ') || '-';
  return `${x.outcome} [${codes}] (${x.regime})`;
}

/** Summaries per profile object (validated profiles are stable objects), then per case + date. */
const memo = new WeakMap<Profile, Map<string, string>>();
/** Enough for a batch's decide-then-letter lag; the oldest entry goes first. */
const PER_PROFILE = 2048;

/** Records the summary of what `decide` gave for a case (by its SHA-256) under a profile at a date. */
export function rememberDecision(
  profile: Profile,
  caseSha256: string,
  asOf: string,
  summary: string,
): void {
  let map = memo.get(profile);
  if (!map) {
    map = new Map();
    memo.set(profile, map);
  }
  const key = `${caseSha256}:${asOf}`;
  if (map.has(key)) return;
  if (map.size >= PER_PROFILE) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, summary);
}

/** The summary `decide` gave for this case, profile and date in this process, if remembered. */
export function rememberedDecision(
  profile: Profile,
  caseSha256: string,
  asOf: string,
): string | undefined {
  return memo.get(profile)?.get(`${caseSha256}:${asOf}`);
}

/** Forgets every remembered summary (tests use it to exercise the re-decision path). */
export function forgetDecisions(profile: Profile): void {
  memo.delete(profile);
}
