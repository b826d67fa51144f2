import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { renderLetter } from '../../src/letters/render-letter';
import type { ProfileId } from '../../src/profiles/index';
import type { CaseInput } from '../../src/schemas/case-input';
import { pendaftaran, pengalihan, reaktivasi } from '../rules/fixtures';
import { part, prettyXml } from './helpers';

/** Golden word/document.xml, pretty-printed. Update on purpose: `UPDATE_GOLDEN=1 npx vitest run test/letters`. */
const dir = join(import.meta.dirname, '../golden/letters');
const update = process.env.UPDATE_GOLDEN === '1';

const GOLDEN: { name: string; profile: ProfileId; input: unknown; signatory?: string }[] = [
  { name: 'magetan-rekomendasi-reaktivasi', profile: 'magetan', input: reaktivasi('35.20') },
  {
    name: 'bulukumba-rekomendasi-reaktivasi-an',
    profile: 'bulukumba',
    input: reaktivasi('73.02'),
    signatory: 'kabid-linjamsos',
  },
  {
    name: 'pematangsiantar-rekomendasi-pendaftaran',
    profile: 'pematangsiantar',
    input: pendaftaran('12.72'),
  },
  {
    name: 'pematangsiantar-rekomendasi-pengalihan',
    profile: 'pematangsiantar',
    input: pengalihan('12.72'),
  },
  {
    name: 'magetan-pengembalian-berkas',
    profile: 'magetan',
    input: reaktivasi('35.20', { membership: { inBpjsRoster: false }, documents: ['ktp'] }),
  },
];

describe('golden word/document.xml', () => {
  it.each(GOLDEN)('$name', async ({ name, profile, input, signatory }) => {
    const decision = await evaluate(input, { profile });
    const bytes = await renderLetter({
      case: input as CaseInput,
      decision,
      profile,
      letter: { number: '53', date: '2026-03-02', ...(signatory ? { signatory } : {}) },
    });
    const xml = prettyXml(part(bytes, 'word/document.xml'));
    const file = join(dir, `${name}.document.xml`);
    if (update) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, xml);
    }
    if (!existsSync(file)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1`);
    expect(xml).toBe(readFileSync(file, 'utf8'));
  });
});
