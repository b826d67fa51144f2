import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { PROFILE_IDS } from '../../src/profiles/index';
import { CASES } from './cases/index';

const sorted = <T>(xs: readonly T[]) => [...xs].map(String).sort();

for (const profile of PROFILE_IDS) {
  describe(`rule table: ${profile}`, () => {
    it.each(CASES[profile].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const d = await evaluate(c.input, { profile, ...(c.asOf ? { asOf: c.asOf } : {}) });
      expect({ outcome: d.outcome, reasons: sorted(d.reasons.map((r) => r.code)) }).toEqual({
        outcome: c.outcome,
        reasons: sorted(c.reasons),
      });
      expect(sorted(d.missingDocuments)).toEqual(sorted(c.missing ?? []));
      expect(
        sorted(
          d.reasons.filter((r) => r.code === 'check-pending').map((r) => String(r.params.check)),
        ),
      ).toEqual(sorted(c.checks ?? []));
      if (c.nextSteps) expect(d.nextSteps.map((s) => s.code)).toEqual(c.nextSteps);
      if (c.regime) expect(d.regime).toBe(c.regime);
    });
  });
}
