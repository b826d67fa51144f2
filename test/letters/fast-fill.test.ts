import { createRequire } from 'node:module';
import PizZip from 'pizzip';
import { describe, expect, it, vi } from 'vitest';
import { sha256Hex as sha256HexOfBytes } from '../../src/hash/sha256';
import { builtinTemplate } from '../../src/letters/builtin-templates';
import { exportTemplate } from '../../src/letters/export-template';
import {
  FastFiller,
  freshFill,
  PINNED_DOCXTEMPLATER_VERSION,
  PINNED_PIZZIP_VERSION,
} from '../../src/letters/fill-engine';
import { writeReceipt } from '../../src/letters/receipt';
import { prepareLetter, renderLetter } from '../../src/letters/render-letter';
import { crc32 } from '../../src/letters/zip-writer';
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
    const letters = (await tableLetters()).filter(
      (l) => l.request.decision.outcome === 'incomplete',
    );
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

  it('uses its fast paths on the built-in templates: zip writer, spliced values, one rendering per rest of data', async () => {
    const letters = (await tableLetters()).filter(
      (l) => l.profile === 'magetan' && l.request.decision.outcome === 'eligible',
    );
    const prepared = await Promise.all(letters.map((l) => prepareLetter(l.request)));
    const reaktivasi = prepared.filter((p) => p.kind === 'rekomendasi-reaktivasi');
    expect(reaktivasi.length).toBeGreaterThan(2);
    const filler = FastFiller.create(builtinTemplate('rekomendasi-reaktivasi'));
    for (const p of reaktivasi) {
      const finish = (zip: PizZip, registered: boolean) => writeReceipt(zip, p.receipt, registered);
      const fresh = freshFill(builtinTemplate(p.kind), p.data, finish);
      expect(Buffer.from(filler.fill(p.data, finish)).equals(Buffer.from(fresh))).toBe(true);
    }
    const { zipWriter, spliceKeys, cachedRenderings } = filler.stats;
    expect(zipWriter).toBe(true);
    expect(spliceKeys).toEqual(expect.arrayContaining(['nomor', 'nama', 'nik', 'alamat']));
    // Loop and section names are never spliced.
    for (const loop of ['kopInstansi', 'kopKontak', 'lampiran', 'ttdJabatan', 'tembusan'])
      expect(spliceKeys).not.toContain(loop);
    // Different applicants of one office share the rendering of everything else.
    expect(cachedRenderings).toBeGreaterThan(0);
    expect(cachedRenderings).toBeLessThan(reaktivasi.length);
  });

  it('spliced values give fresh-render bytes, hostile ones included (markup, braces, markers, spaces, emoji, lone surrogates, control characters)', async () => {
    const letters = await tableLetters();
    const base = letters.find((l) => l.request.decision.outcome === 'eligible');
    if (!base) throw new Error('no eligible letter');
    const p = await prepareLetter(base.request);
    const finish = (zip: PizZip, registered: boolean) => writeReceipt(zip, p.receipt, registered);
    const template = builtinTemplate(p.kind);
    const filler = FastFiller.create(template);
    const hostile = [
      'Siti <b>Aminah</b> & "Sons" \'x\'',
      '{nama} {#kopInstansi}{teks}{/kopInstansi} {@raw}',
      '\uE0000\uE001 \uE000 \uE001 \uE00012\uE001',
      '  spasi di depan dan belakang  ',
      '   ',
      '',
      'tab\\tdan\\nbaris',
      'Ñoño 🙂 𝔸 中文',
      'x'.repeat(5000),
      'lone \uD800 surrogate',
      '</w:t></w:r></w:p></w:tbl><w:p>',
    ];
    const data = p.data as unknown as Record<string, unknown>;
    const fields = ['nama', 'nomor', 'alamat', 'nik'];
    let i = 0;
    for (const value of hostile) {
      for (const field of fields) {
        // Vary another field too, so a cached rendering is reused with different values.
        const d = { ...data, [field]: value, tempatTanggal: `Magetan, ${++i} Maret 2026` };
        const fresh = freshFill(template, d, finish);
        expect(
          Buffer.from(filler.fill(d, finish)).equals(Buffer.from(fresh)),
          `${field}=${value}`,
        ).toBe(true);
      }
    }
    // A control character XML cannot hold is refused by both ways alike.
    const bad = { ...data, nama: 'a\u0001b' };
    expect(() => freshFill(template, bad, finish)).toThrow();
    expect(() => filler.fill(bad, finish)).toThrow();
    // And the filler keeps working after the error.
    const again = { ...data, nama: 'Budi' };
    expect(
      Buffer.from(filler.fill(again, finish)).equals(
        Buffer.from(freshFill(template, again, finish)),
      ),
    ).toBe(true);
  });

  it('caches per template: built-in and custom templates of different offices, interleaved, give fresh-render bytes', async () => {
    const letters = (await tableLetters()).filter(
      (l) =>
        l.request.decision.outcome === 'eligible' && l.request.decision.service === 'reaktivasi',
    );
    const profiles = [...new Set(letters.map((l) => l.profile))];
    expect(profiles.length).toBeGreaterThan(1);
    const custom = new Map<string, Uint8Array>();
    for (const profile of profiles)
      custom.set(profile, await exportTemplate('rekomendasi-reaktivasi', { profile }));
    // Each letter three ways, in turn: built-in, its own office's template, another office's.
    for (const [n, l] of letters.entries()) {
      const other = profiles[(profiles.indexOf(l.profile) + 1) % profiles.length] ?? l.profile;
      for (const template of [undefined, custom.get(l.profile), custom.get(other)]) {
        const request = {
          ...l.request,
          letter: { ...l.request.letter, ...(template ? { template } : {}) },
        };
        const fast = await renderLetter(request);
        const p = await prepareLetter(request);
        const fresh = freshFill(template ?? builtinTemplate(p.kind), p.data, (zip, registered) =>
          writeReceipt(zip, p.receipt, registered),
        );
        expect(Buffer.from(fast).equals(Buffer.from(fresh)), `${l.name} #${n}`).toBe(true);
      }
    }
  });

  it('the receipt hash (plain-JS SHA-256) and the zip CRC-32 equal Web Crypto and PizZip', async () => {
    const zip = new PizZip() as unknown as { crc32(b: Uint8Array): number };
    for (let n = 0; n < 300; n += n < 140 ? 1 : 37) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 7919 + n * 31) & 255);
      const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
      expect(sha256HexOfBytes(bytes)).toBe(Buffer.from(digest).toString('hex'));
      expect(crc32(bytes)).toBe(zip.crc32(bytes) >>> 0);
    }
  });
});
