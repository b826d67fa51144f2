/**
 * Issue 12: the batch parses each row once, on its main thread, and its workers decide and render
 * the parsed value (`evaluateParsed`, `renderBoundLetter`) without parsing it again. That is only
 * sound if it changes nothing: the same decision and the same letter bytes as the public doors
 * `evaluate` and `renderLetter` give for the raw row, and the same refusals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../src/errors/validation-error';
import { evaluate, evaluateParsed } from '../../src/evaluate';
import { renderBoundLetter, renderLetter } from '../../src/letters/render-letter';
import { PROFILE_IDS } from '../../src/profiles/index';
import { CaseInput } from '../../src/schemas/case-input';
import { reaktivasi } from '../rules/fixtures';
import { rejection } from './helpers';

const EXAMPLES = join(__dirname, '../../examples/cases');

/** Every bundled sample case, with its profile. */
function samples(): { profile: (typeof PROFILE_IDS)[number]; name: string; raw: unknown }[] {
  return PROFILE_IDS.flatMap((profile) =>
    readdirSync(join(EXAMPLES, profile))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((name) => ({
        profile,
        name,
        raw: JSON.parse(readFileSync(join(EXAMPLES, profile, name), 'utf8')) as unknown,
      })),
  );
}

describe('a row parsed once gives what the public functions give', () => {
  const all = samples();

  it('there are sample cases of every profile to compare', () => {
    expect(new Set(all.map((s) => s.profile))).toEqual(new Set(PROFILE_IDS));
  });

  it.each(all.map((s) => [`${s.profile}/${s.name}`, s] as const))(
    '%s: parsing is idempotent, and evaluateParsed equals evaluate',
    async (_label, s) => {
      const parsed = CaseInput.parse(s.raw);
      expect(CaseInput.parse(parsed)).toEqual(parsed);
      // The batch's workers get the parsed value through structuredClone (postMessage).
      const fromWorker = structuredClone(parsed);
      const options = { profile: s.profile, locale: 'id' as const };
      expect(await evaluateParsed(fromWorker, options)).toEqual(await evaluate(s.raw, options));
    },
  );

  it.each(all.map((s) => [`${s.profile}/${s.name}`, s] as const))(
    '%s: renderBoundLetter gives renderLetter’s bytes, or the same refusal',
    async (_label, s) => {
      const c = structuredClone(CaseInput.parse(s.raw));
      const decision = await evaluateParsed(c, { profile: s.profile });
      const letter = { number: '7', date: c.receivedOn };
      const publicDoor = renderLetter({
        case: s.raw as CaseInput,
        decision,
        profile: s.profile,
        letter,
      });
      const bound = renderBoundLetter({ caseInput: c, decision }, { profile: s.profile, letter });
      const [a, b] = await Promise.allSettled([publicDoor, bound]);
      expect(b.status).toBe(a.status);
      if (a.status === 'fulfilled' && b.status === 'fulfilled')
        expect(Buffer.from(b.value).equals(Buffer.from(a.value))).toBe(true);
      if (a.status === 'rejected' && b.status === 'rejected')
        expect((b.reason as ValidationError).issues).toEqual((a.reason as ValidationError).issues);
    },
  );

  it('evaluateParsed still refuses a receivedOn before the rules start, and a bad asOf', async () => {
    const c = CaseInput.parse(
      reaktivasi('35.20', {
        receivedOn: '2019-12-31',
        membership: { deactivatedOn: '2019-12-01' },
      }),
    );
    const early = await rejection(evaluateParsed(c, { profile: 'magetan' }));
    expect(early.issues.map((i) => [i.path, i.code])).toEqual([
      [['receivedOn'], 'as-of-out-of-range'],
    ]);
    const ok = CaseInput.parse(reaktivasi('35.20'));
    const badAsOf = await rejection(evaluateParsed(ok, { profile: 'magetan', asOf: '2026-02-30' }));
    expect(badAsOf.issues.map((i) => i.path)).toEqual([['options', 'asOf']]);
  });

  it('renderBoundLetter still checks the letter: wrong kind, unknown signer, date before receipt', async () => {
    const c = CaseInput.parse(reaktivasi('35.20'));
    const decision = await evaluateParsed(c, { profile: 'magetan' });
    expect(decision.outcome).toBe('eligible');
    const e = await rejection(
      renderBoundLetter(
        { caseInput: c, decision },
        {
          profile: 'magetan',
          letter: {
            number: '1',
            date: '2020-01-02',
            kind: 'pengembalian-berkas',
            signatory: 'nobody',
          },
        },
      ),
    );
    const codes = e.issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes).toContain('letter.kind:decision-mismatch');
    expect(codes).toContain('letter.signatory:unknown-official');
    expect(codes).toContain('letter.date:invalid-value');
  });
});
