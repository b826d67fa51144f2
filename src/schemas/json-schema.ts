import * as z from 'zod';
import { CaseInput } from './case-input';
import { Decision } from './decision';

/**
 * JSON Schema (draft 2020-12) of {@link CaseInput}, for back offices in other languages
 * (Laravel, Python) that validate the same shape. Checks that JSON Schema cannot say
 * (a NIK's date part, dates after `receivedOn`) stay in pbi-jk.
 *
 * @example JSON.stringify(caseInputJsonSchema(), null, 2)
 */
export function caseInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CaseInput, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

/** JSON Schema (draft 2020-12) of a {@link Decision} as `evaluate` returns it. */
export function decisionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Decision, { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
