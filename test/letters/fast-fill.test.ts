import { createRequire } from 'node:module';
import PizZip from 'pizzip';
import { describe, expect, it, vi } from 'vitest';
import { sha256Hex as sha256HexOfBytes } from '../../src/hash/sha256';
import { builtinTemplate } from '../../src/letters/builtin-templates';
import { exportTemplate } from '../../src/letters/export-template';
import {
  FastFiller,
  freshFill,
  MissingTagValue,
  WRITTEN_FOR_DOCXTEMPLATER,
  WRITTEN_FOR_PIZZIP,
} from '../../src/letters/fill-engine';
import { writeReceipt } from '../../src/letters/receipt';
import { prepareLetter, renderLetter } from '../../src/letters/render-letter';
import { crc32 } from '../../src/letters/zip-writer';
import { tableLetters } from './helpers';

const require = createRequire(import.meta.url);

describe('fast fill (compile once, render many)', () => {
  it('the guard proves the fast path on the docxtemplater and pizzip it was written for', async () => {
    const [first] = (await tableLetters()).filter((l) => l.request.decision.outcome === 'eligible');
    if (!first) throw new Error('no letters');
    const p = await prepareLetter(first.request);
    const filler = FastFiller.create(builtinTemplate(p.kind));
    expect(filler.engine.verdict).toBe('pending');
    filler.fill(p.data, (zip, registered) => writeReceipt(zip, p.receipt, registered));
    const written =
      require('docxtemplater/package.json').version === WRITTEN_FOR_DOCXTEMPLATER &&
      require('pizzip/package.json').version === WRITTEN_FOR_PIZZIP;
    // On other versions the guard may fall back; on these the fast path must hold.
    if (written) expect(filler.engine).toEqual({ verdict: 'fast', reason: '' });
    else console.warn(`fast-fill guard verdict on other versions: ${filler.engine.verdict}`);
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
    const { verdict, zipWriter, spliceKeys, cachedRenderings } = filler.stats;
    expect(verdict).toBe('fast');
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

/**
 * Simulated upstream changes to docxtemplater's internals (the same module instance the package
 * loads: Node caches it). Each test restores what it patched.
 */
describe('the fast filler guard falls back to the documented render when internals change', () => {
  type Proto = Record<string, unknown>;
  const XmlTemplater = require('docxtemplater/js/xml-templater.js') as { prototype: Proto };
  const Docxtemplater = require('docxtemplater') as { prototype: Proto };

  /** Replaces `key` on `proto` for the duration of `run`. */
  async function patched<T>(
    proto: Proto,
    changes: Record<string, unknown>,
    run: () => Promise<T> | T,
  ): Promise<T> {
    const saved = new Map<string, PropertyDescriptor | undefined>();
    for (const key of Object.keys(changes))
      saved.set(key, Object.getOwnPropertyDescriptor(proto, key));
    try {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) delete proto[key];
        else Object.defineProperty(proto, key, { value, configurable: true, writable: true });
      }
      return await run();
    } finally {
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(proto, key, descriptor);
        else delete proto[key];
      }
    }
  }

  /**
   * The template as bytes of its own (a zip comment): the guard remembers its verdict per
   * template, so each simulated upgrade gets a template the process has not judged yet.
   */
  let variants = 0;
  function ownCopy(template: Uint8Array): Uint8Array {
    return new PizZip(template).generate({
      type: 'uint8array',
      compression: 'DEFLATE',
      comment: `variant ${++variants}`,
    });
  }

  async function twoLetters() {
    const letters = (await tableLetters()).filter(
      (l) => l.profile === 'magetan' && l.request.decision.outcome === 'eligible',
    );
    const prepared = await Promise.all(letters.slice(0, 3).map((l) => prepareLetter(l.request)));
    const same = prepared.filter((p) => p.kind === prepared[0]?.kind);
    if (same.length < 2) throw new Error('need two letters of one kind');
    return same;
  }

  it('an extra postrender step upstream: the first-letter comparison catches it, every letter is the documented one', async () => {
    const letters = await twoLetters();
    const original = XmlTemplater.prototype.render as (
      this: { content?: unknown },
      to: string,
    ) => unknown;
    // docxtemplater "vNext": one more step after postrender (here: a comment before </w:body>).
    function render(this: { content?: unknown }, to: string) {
      const result = original.call(this, to);
      if (to === 'word/document.xml' && this.content instanceof Uint8Array) {
        const text = new TextDecoder().decode(this.content);
        this.content = new TextEncoder().encode(text.replace('</w:body>', '<!--vNext--></w:body>'));
      }
      return result;
    }
    await patched(XmlTemplater.prototype, { render }, async () => {
      const template = builtinTemplate(letters[0]?.kind ?? 'rekomendasi-reaktivasi');
      const filler = FastFiller.create(template);
      for (const p of letters) {
        const finish = (zip: PizZip, registered: boolean) =>
          writeReceipt(zip, p.receipt, registered);
        const out = filler.fill(p.data, finish);
        const documented = freshFill(template, p.data, finish);
        expect(Buffer.from(out).equals(Buffer.from(documented))).toBe(true);
        expect(new PizZip(out).files['word/document.xml']?.asText()).toContain('<!--vNext-->');
      }
      expect(filler.engine).toEqual({
        verdict: 'documented',
        reason: 'fast output differs from the documented render',
      });
    });
  });

  it('a renamed internal (getScopeManager): documented letters, no error, and renderLetter never blames the template', async () => {
    const letters = await twoLetters();
    const proto = Docxtemplater.prototype;
    const getScopeManager = proto.getScopeManager as (...args: unknown[]) => unknown;
    const render = proto.render as (this: Proto, data?: unknown) => unknown;
    // docxtemplater "vNext": the method is now createScopeManager; its own render uses that.
    function renamedRender(this: Proto, data?: unknown) {
      this.getScopeManager = proto.createScopeManager;
      try {
        return render.call(this, data);
      } finally {
        delete this.getScopeManager;
      }
    }
    await patched(
      proto,
      { getScopeManager: undefined, createScopeManager: getScopeManager, render: renamedRender },
      async () => {
        const template = ownCopy(builtinTemplate(letters[0]?.kind ?? 'rekomendasi-reaktivasi'));
        const filler = FastFiller.create(template);
        for (const p of letters) {
          const finish = (zip: PizZip, registered: boolean) =>
            writeReceipt(zip, p.receipt, registered);
          const out = filler.fill(p.data, finish);
          expect(Buffer.from(out).equals(Buffer.from(freshFill(template, p.data, finish)))).toBe(
            true,
          );
        }
        expect(filler.engine.verdict).toBe('documented');
        expect(filler.engine.reason).toContain('Docxtemplater#getScopeManager');
        // Through the public API, with fresh caches: a letter, not "templat surat tidak dapat dipakai".
        vi.resetModules();
        const fresh = await import('../../src/letters/render-letter');
        const [first] = (await tableLetters()).filter((l) => l.profile === 'magetan');
        if (!first) throw new Error('no letters');
        const custom = await exportTemplate('rekomendasi-reaktivasi', { profile: 'magetan' });
        for (const request of [
          first.request,
          { ...first.request, letter: { ...first.request.letter, template: custom } },
        ]) {
          const bytes = await fresh.renderLetter(request);
          expect(bytes.length).toBeGreaterThan(1000);
        }
      },
    );
  });

  it('the fast filler failing on a later letter: that letter is made the documented way and the template stays documented', async () => {
    const letters = await twoLetters();
    const [first, second] = letters;
    if (!first || !second) throw new Error('need two letters');
    const template = ownCopy(builtinTemplate(first.kind));
    const filler = FastFiller.create(template);
    const finishOf = (p: typeof first) => (zip: PizZip, registered: boolean) =>
      writeReceipt(zip, p.receipt, registered);
    filler.fill(first.data, finishOf(first));
    expect(filler.engine.verdict).toBe('fast');
    const proto = Docxtemplater.prototype;
    const getScopeManager = proto.getScopeManager as (...args: unknown[]) => unknown;
    // Breaks only the fast filler's direct call (docxtemplater's own render is not affected).
    let calls = 0;
    function flaky(this: Proto, ...args: unknown[]) {
      calls++;
      if (!(new Error().stack ?? '').includes('Docxtemplater.render'))
        throw new TypeError("Cannot read properties of undefined (reading 'resolved')");
      return getScopeManager.apply(this, args);
    }
    await patched(proto, { getScopeManager: flaky }, () => {
      // Vary a plain value and a list, so neither splicing nor the base zip can answer alone.
      const data = { ...second.data, nama: 'Nama Lain Sekali', tembusan: [] };
      const out = filler.fill(data, finishOf(second));
      expect(
        Buffer.from(out).equals(Buffer.from(freshFill(template, data, finishOf(second)))),
      ).toBe(true);
    });
    expect(calls).toBeGreaterThan(0);
    expect(filler.engine.verdict).toBe('documented');
    expect(filler.engine.reason).toContain('TypeError');
  });

  it('a data error is still the data’s: a missing value throws MissingTagValue on every path', async () => {
    const [p] = await twoLetters();
    if (!p) throw new Error('no letter');
    const template = ownCopy(builtinTemplate(p.kind));
    const filler = FastFiller.create(template);
    const finish = (zip: PizZip, registered: boolean) => writeReceipt(zip, p.receipt, registered);
    filler.fill(p.data, finish);
    const { nama: _, ...withoutName } = p.data as unknown as Record<string, unknown>;
    expect(() => filler.fill(withoutName, finish)).toThrow(MissingTagValue);
    expect(filler.engine.verdict).toBe('fast');
  });
});
