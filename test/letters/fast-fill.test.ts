import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { builtinTemplate } from '../../src/letters/builtin-templates';
import {
  FastFiller,
  freshFill,
  PINNED_DOCXTEMPLATER_VERSION,
  PINNED_PIZZIP_VERSION,
} from '../../src/letters/fill-engine';
import { writeReceipt } from '../../src/letters/receipt';
import { prepareLetter, renderLetter } from '../../src/letters/render-letter';
import { tableLetters } from './helpers';

const require = createRequire(import.meta.url);

describe('fast fill (compile once, render many)', () => {
  it('is pinned to the docxtemplater and pizzip versions installed', () => {
    // The fast path drives docxtemplater internals; a new version must be re-checked by this file.
    expect(require('docxtemplater/package.json').version).toBe(PINNED_DOCXTEMPLATER_VERSION);
    expect(require('pizzip/package.json').version).toBe(PINNED_PIZZIP_VERSION);
  });

  it('gives the same bytes as a fresh docxtemplater render, for every letter of every rule table', async () => {
    const letters = await tableLetters();
    expect(letters.length).toBeGreaterThan(50);
    for (const { request, name } of letters) {
      const fast = await renderLetter(request);
      const prepared = await prepareLetter(request);
      const fresh = freshFill(builtinTemplate(prepared.kind), prepared.data, (zip, registered) =>
        writeReceipt(zip, prepared.receipt, registered),
      );
      expect(Buffer.from(fast).equals(Buffer.from(fresh)), name).toBe(true);
    }
  });

  it('a filler reused across different data keeps giving fresh-render bytes (no state leaks)', async () => {
    const letters = (await tableLetters()).filter((l) => l.request.decision.outcome !== 'eligible');
    const filler = FastFiller.create(builtinTemplate('pengembalian-berkas'));
    // Longest and shortest lists alternately: loops must not remember the previous letter.
    const sorted = [...letters].sort(
      (a, b) => a.request.decision.reasons.length - b.request.decision.reasons.length,
    );
    const order = sorted.flatMap((l, i) => [l, sorted[sorted.length - 1 - i] ?? l]);
    for (const { request } of order.slice(0, 40)) {
      const p = await prepareLetter(request);
      const finish = (zip: Parameters<typeof writeReceipt>[0], registered: boolean) =>
        writeReceipt(zip, p.receipt, registered);
      const fresh = freshFill(builtinTemplate('pengembalian-berkas'), p.data, finish);
      expect(Buffer.from(filler.fill(p.data, finish)).equals(Buffer.from(fresh))).toBe(true);
    }
  });

  it('a fresh module (no cache) gives the same bytes as a warm one', async () => {
    const [first] = await tableLetters();
    if (!first) throw new Error('no letters');
    const warm = await renderLetter(first.request);
    vi.resetModules();
    const cold = await (await import('../../src/letters/render-letter')).renderLetter(
      first.request,
    );
    expect(Buffer.from(cold).equals(Buffer.from(warm))).toBe(true);
  });
});
