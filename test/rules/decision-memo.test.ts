/**
 * The decision memo lets a letter's binding check reuse what `decide` gave for the same case,
 * profile and date; it must never let a letter certify what deciding again would not give.
 */
import { describe, expect, it } from 'vitest';
import { decisionSummary, forgetDecisions, rememberedDecision } from '../../src/decision-memo';
import { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import { renderLetter } from '../../src/letters/render-letter';
import { profiles } from '../../src/profiles/index';
import type { CaseInput } from '../../src/schemas/case-input';
import { reaktivasi } from './fixtures';

describe('decision memo / ingatan keputusan', () => {
  it('evaluate remembers its summary under the profile, case hash and date / evaluate mengingat ringkasannya', async () => {
    const input = reaktivasi('35.20', { membership: { inBpjsRoster: false } });
    const d = await evaluate(input, { profile: 'magetan' });
    expect(rememberedDecision(profiles.magetan, d.caseSha256, d.asOf)).toBe(decisionSummary(d));
    expect(rememberedDecision(profiles.garut, d.caseSha256, d.asOf)).toBeUndefined();
    expect(rememberedDecision(profiles.magetan, d.caseSha256, '2026-12-31')).toBeUndefined();
  });

  it('with nothing remembered, the letter decides again and still refuses an edited decision / tanpa ingatan, surat memutus ulang', async () => {
    const input = reaktivasi('35.20', { membership: { inBpjsRoster: false } }) as CaseInput;
    const d = await evaluate(input, { profile: 'magetan' });
    forgetDecisions(profiles.magetan);
    const edited = { ...d, outcome: 'eligible' as const, reasons: [], nextSteps: [] };
    const letter = { number: '7', date: input.receivedOn };
    const refused = await renderLetter({
      case: input,
      decision: edited,
      profile: 'magetan',
      letter,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues[0]).toMatchObject({ code: 'decision-mismatch' });
    // Deciding again put the summary back: the genuine decision renders.
    expect(rememberedDecision(profiles.magetan, d.caseSha256, d.asOf)).toBe(decisionSummary(d));
    const bytes = await renderLetter({ case: input, decision: d, profile: 'magetan', letter });
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
