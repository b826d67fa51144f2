import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { renderLetter } from '../../src/letters/render-letter';
import { CaseInput } from '../../src/schemas/case-input';
import { reaktivasi } from '../rules/fixtures';
import { letterText } from './helpers';

describe('the legal basis a citizen reads', () => {
  it("A Garut refusal of a PBI-APBD member cites the regulation and the office's standar pelayanan, never pbi-jk's own reading", async () => {
    const input = CaseInput.parse(reaktivasi('32.05', { membership: { segment: 'PBI-APBD' } }));
    const decision = await evaluate(input, { profile: 'garut' });
    expect(decision.outcome).toBe('ineligible');
    // The officer's decision keeps the reading, flagged unverified, for review.
    expect(
      decision.reasons.some((r) => r.legalBasis.some((c) => c.instrument === 'Penafsiran pbi-jk')),
    ).toBe(true);
    const text = letterText(
      await renderLetter({
        case: input,
        decision,
        profile: 'garut',
        letter: { number: '7', date: '2026-03-02' },
      }),
    );
    expect(text).toContain('Standar Pelayanan Dinas Sosial Kabupaten Garut');
    expect(text).not.toMatch(/Penafsiran|pbi-jk/);
  });
});
