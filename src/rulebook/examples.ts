/**
 * Worked examples for the rule book, taken from the rule test tables. Test files are not
 * shipped, so `scripts/build-rulebooks.ts` runs every table case through the engine and writes
 * `examples.generated.ts`; a test fails when that module is stale.
 */
import type { IsoDate } from '../dates/iso-date';
import type { ProfileId } from '../profiles/index';
import type { FactName, FactValue } from '../rules/facts';
import type { Service } from '../schemas/case-input';
import type { NextStepCode, Outcome, ReasonCode, ReasonKind, RegimeId } from '../schemas/decision';
import type { EXAMPLES } from './examples.generated';

/** One row of a rule table as the rule book shows it: input summary → outcome → reasons. */
export type WorkedExample = {
  /** The table's sentence naming the case. */
  name: string;
  service: Service;
  receivedOn: IsoDate;
  asOf: IsoDate;
  regime: RegimeId;
  /** The facts the service's rules read, as derived from the input (no NIK, KK or name). */
  facts: Readonly<Partial<Record<FactName, FactValue>>>;
  outcome: Outcome;
  reasons: readonly {
    ruleId: string;
    code: ReasonCode;
    kind: ReasonKind;
    params: Readonly<Record<string, unknown>>;
  }[];
  nextSteps: readonly { code: NextStepCode; params: Readonly<Record<string, unknown>> }[];
};

let loaded: typeof EXAMPLES | undefined;

/**
 * Loads the worked examples (a separate chunk a browser app fetches only when it renders a rule
 * book). `renderRuleBook` awaits it before building a book.
 */
export async function loadWorkedExamples(): Promise<void> {
  loaded ??= (await import('./examples.generated')).EXAMPLES;
}

/** The worked examples of a built-in profile, in table order (after {@link loadWorkedExamples}). */
export function workedExamples(profile: ProfileId): readonly WorkedExample[] {
  if (!loaded) throw new Error('pbi-jk internal: worked examples used before loadWorkedExamples()');
  return loaded[profile];
}
