import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { PROFILE_IDS } from '../../src/profiles/index';
import { CASES } from './cases/index';

const all = PROFILE_IDS.flatMap((profile) => CASES[profile].map((c) => ({ profile, c })));
const run = ({ profile, c }: (typeof all)[number]) =>
  evaluate(c.input, { profile, ...(c.asOf ? { asOf: c.asOf } : {}) });

describe('evaluate() calls that overlap in one thread', () => {
  it('give the same decisions as calls made one after another (engines are never shared by two runs)', async () => {
    const sequential: Awaited<ReturnType<typeof run>>[] = [];
    for (const x of all) sequential.push(await run(x));
    // Start every call at once, each a few microtasks after the previous one, four times over.
    const overlapping = await Promise.all(
      [...all, ...all, ...all, ...all].map(async (x, i) => {
        for (let k = 0; k < i % 61; k++) await Promise.resolve();
        return run(x);
      }),
    );
    overlapping.forEach((d, i) => {
      expect(d, all[i % all.length]?.c.name).toEqual(sequential[i % all.length]);
    });
  });
});
