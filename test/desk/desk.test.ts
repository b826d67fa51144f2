/**
 * The front desk in a real browser (Debian's Chromium, headless, driven by puppeteer-core): the
 * page decides cases as `evaluate` does, downloads the exact bytes `renderLetter` gives, makes no
 * request after it loads, works offline and is reachable from the keyboard; the server answers
 * only on 127.0.0.1 and only to its own Host name.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfileFile, officeScript, startDeskServer } from '../../src/cli/desk-server';
import { evaluate } from '../../src/evaluate';
import { renderLetter } from '../../src/letters/render-letter';
import { type ProfileId, profiles } from '../../src/profiles/index';
import { defineProfile } from '../../src/profiles/resolve';
import { patch, pendaftaran, pengalihan, reaktivasi } from '../rules/fixtures';
import {
  chromiumPath,
  DESK_DIR,
  ensureDeskBuilt,
  fillCase,
  ROOT,
  readDecision,
  setControl,
  settled,
  waitForDownload,
} from './helpers';

const chromium = chromiumPath();
if (!chromium)
  console.warn(
    'test/desk: browser tests skipped: no Chromium at /usr/bin/chromium (apt install chromium, or set CHROME_PATH)',
  );

type Json = Parameters<typeof fillCase>[2];

/** One case per service and per profile family (national baseline, SOP offices), each a different outcome. */
const CASES: { name: string; profile: ProfileId; case: Json; outcome: string }[] = [
  {
    name: 'reaktivasi at Magetan (an SOP profile that checks the BPJS roster) is eligible',
    profile: 'magetan',
    case: patch(reaktivasi('35.20'), {
      documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'],
    }) as Json,
    outcome: 'eligible',
  },
  {
    name: 'pendaftaran under the national baseline without the KK is incomplete',
    profile: 'nasional',
    case: patch(pendaftaran('12.72'), { documents: ['ktp'] }) as Json,
    outcome: 'incomplete',
  },
  {
    name: 'pengalihan at Pematangsiantar (stamped statement required) from PPU is ineligible',
    profile: 'pematangsiantar',
    case: patch(pengalihan('12.72'), { membership: { segment: 'PPU' } }) as Json,
    outcome: 'ineligible',
  },
];

const LETTER = { number: '17', date: '2026-03-03' };

function get(port: number, path: string, host: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (ok, fail) => {
      const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', fail);
      req.end();
    },
  );
}

describe('desk server', () => {
  it('binds 127.0.0.1 only, refuses a foreign Host header and serves only the page files', async () => {
    ensureDeskBuilt();
    const { server, port } = await startDeskServer({
      port: 0,
      profile: profiles.magetan,
      directory: DESK_DIR,
    });
    try {
      expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
      const ok = await get(port, '/', `127.0.0.1:${port}`);
      expect(ok.status).toBe(200);
      expect(String(ok.headers['content-security-policy'])).toContain("connect-src 'none'");
      expect(String(ok.headers['content-security-policy'])).toContain("default-src 'self'");
      expect(ok.headers['x-content-type-options']).toBe('nosniff');
      expect((await get(port, '/', `localhost:${port}`)).status).toBe(200);
      // DNS rebinding: a page on evil.example that resolves to 127.0.0.1 gets nothing.
      expect((await get(port, '/', `evil.example:${port}`)).status).toBe(421);
      expect((await get(port, '/', '127.0.0.1:1')).status).toBe(421);
      expect((await get(port, '/../package.json', `127.0.0.1:${port}`)).status).toBe(404);
      expect((await get(port, '/%2e%2e/package.json', `127.0.0.1:${port}`)).status).toBe(404);
      const office = await get(port, '/office.js', `127.0.0.1:${port}`);
      expect(office.body).toContain('"id":"magetan"');
    } finally {
      server.close();
    }
  });

  it('writes bytes in office.js as base64 so a logo or template reaches the page intact', () => {
    const withBytes = {
      ...profiles.nasional,
      templates: { 'pengembalian-berkas': new Uint8Array([0, 255, 60]) },
    };
    const script = officeScript(withBytes);
    expect(script).toContain('{"$base64":"AP88"}');
    expect(officeScript(undefined)).toContain('__PBI_JK_OFFICE__ = null');
  });

  it('reads --profile-file { base, overrides } as defineProfile does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pbi-jk-desk-profile-'));
    try {
      const file = join(dir, 'kantor.json');
      await writeFile(
        file,
        JSON.stringify({
          base: 'nasional',
          overrides: { id: 'sragen', name: 'Dinas Sosial Kabupaten Sragen', city: 'Sragen' },
        }),
      );
      const profile = await loadProfileFile(file, 'id');
      expect(profile.name).toBe('Dinas Sosial Kabupaten Sragen');
      expect(officeScript(profile)).toContain('"id":"sragen"');
      await writeFile(file, JSON.stringify({ base: 'nasional', overrides: { city: 7 } }));
      await expect(loadProfileFile(file, 'id')).rejects.toThrow(/city/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(join(ROOT, 'dist', 'cli.js')))(
    '`pbi-jk desk --port 0` prints its 127.0.0.1 address and stops on SIGINT',
    async () => {
      const child = spawn(
        process.execPath,
        ['dist/cli.js', 'desk', '--port', '0', '--profile', 'garut'],
        {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const url = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (d) => {
          const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(d));
          if (m) ok(m[0]);
        });
        child.on('exit', (code) => fail(new Error(`desk exited ${code}`)));
      });
      const port = Number(new URL(url).port);
      expect((await get(port, '/office.js', `127.0.0.1:${port}`)).body).toContain('"id":"garut"');
      const exit = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
    },
  );
});

describe.skipIf(!chromium)('desk page in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startDeskServer>>;
  let downloads: string;

  beforeAll(async () => {
    ensureDeskBuilt();
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      executablePath: chromium as string,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    server = await startDeskServer({ port: 0, directory: DESK_DIR });
    downloads = await mkdtemp(join(tmpdir(), 'pbi-jk-desk-'));
    const session = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloads,
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push((e as Error).message));
    await page.setViewport({ width: 1280, height: 1000 });
    // Keep each Blob the page hands to a download link: Chromium saves only the first automatic
    // download of a page without asking, and none while the network is emulated offline.
    await page.evaluateOnNewDocument(() => {
      const blobs: Blob[] = [];
      (window as unknown as { blobs: Blob[] }).blobs = blobs;
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return original(blob);
      };
    });
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready]');
    await settled(page);
    expect(errors).toEqual([]);
    return page;
  }

  /** Clicks a download button and returns the bytes of the Blob the page offered. */
  async function download(page: Page, button = '#download'): Promise<Buffer> {
    const count = await page.evaluate(() => (window as unknown as { blobs: Blob[] }).blobs.length);
    await page.click(button);
    try {
      await page.waitForFunction(
        (n) => (window as unknown as { blobs: Blob[] }).blobs.length > n,
        { timeout: 20_000 },
        count,
      );
    } catch (e) {
      const status = await page.$eval('#letter-status', (s) => s.textContent);
      throw new Error(`${(e as Error).message}; page says: ${status}`);
    }
    const base64 = await page.evaluate(async () => {
      const blobs = (window as unknown as { blobs: Blob[] }).blobs;
      const buf = new Uint8Array(await (blobs.at(-1) as Blob).arrayBuffer());
      let bin = '';
      for (const b of buf) bin += String.fromCharCode(b);
      return btoa(bin);
    });
    return Buffer.from(base64, 'base64');
  }

  async function setLetter(page: Page): Promise<void> {
    await page.evaluate((l) => {
      for (const [id, v] of [
        ['letter-number', l.number],
        ['letter-date', l.date],
      ] as const) {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, LETTER);
  }

  it('decides one case per service and profile family as evaluate does, downloads renderLetter’s bytes, and sends no request after load', async () => {
    const page = await open();
    const ready = await page.$eval('body', (b) => Number(b.dataset.ready));
    const sent: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (!/^(blob|data):/.test(r.url())) sent.push(r.url());
      void r.continue();
    });
    const latencies: number[] = [];
    for (const t of CASES) {
      await fillCase(page, t.profile, t.case);
      // One change on a filled form, as an officer makes it: from the event to the decision shown.
      await setControl(page, 'applicant.name', 'Siti Aminah');
      await settled(page);
      latencies.push(await page.$eval('body', (b) => Number(b.dataset.changeToDecisionMs)));
      const shown = await readDecision(page);
      const expected = await evaluate(t.case, { profile: t.profile, locale: 'id' });
      expect(shown.fieldErrors, t.name).toEqual([]);
      expect(shown.outcome, t.name).toBe(t.outcome);
      expect(shown.outcome, t.name).toBe(expected.outcome);
      expect(shown.reasons.map((r) => r.code)).toEqual(expected.reasons.map((r) => r.code));
      expect(shown.reasons.map((r) => r.message)).toEqual(expected.reasons.map((r) => r.message));
      expect(shown.reasons.map((r) => r.citations)).toEqual(
        expected.reasons.map((r) => r.legalBasis.length),
      );
      await setLetter(page);
      const before = new Set(await readdir(downloads));
      const bytes = await download(page);
      if (t === CASES[0]) {
        // The first download of the page is saved by Chromium itself: the file equals the Blob.
        const saved = await waitForDownload(downloads, before);
        expect(saved.name).toMatch(/^surat-rekomendasi-reaktivasi-17\.docx$/);
        expect(Buffer.compare(saved.bytes, bytes)).toBe(0);
      }
      const profile = profiles[t.profile];
      const fromNode = await renderLetter({
        case: t.case as never,
        decision: expected,
        profile: t.profile,
        letter: {
          ...LETTER,
          signatory: profile.defaultSigner ?? (profile.signers[0]?.official as string),
        },
        locale: 'id',
      });
      expect(Buffer.compare(bytes, Buffer.from(fromNode)), `${t.name}: letter bytes`).toBe(0);
    }
    // The rule book, shown and downloaded, also stays in the page.
    await page.click('#rulebook-summary');
    await page.waitForFunction(
      () => (document.getElementById('rulebook-body')?.childElementCount ?? 0) > 10,
      { timeout: 20_000 },
    );
    const book = await download(page, '#rulebook-download');
    expect(book.subarray(0, 2).toString()).toBe('PK');
    expect(sent).toEqual([]);
    console.log(
      `test/desk: interactive after ${ready} ms; change-to-decision (incl. 30 ms debounce) ${latencies.map((l) => l.toFixed(1)).join(', ')} ms`,
    );
    await page.close();
  });

  it('asks to finish the checks, not for a letter, when only checks are pending', async () => {
    const page = await open();
    const c = patch(reaktivasi('32.05'), {
      membership: { inBpjsRoster: undefined },
      documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'],
    }) as Json;
    await fillCase(page, 'garut', c);
    const shown = await readDecision(page);
    expect(shown.outcome).toBe('incomplete');
    expect(shown.reasons.map((r) => r.code)).toEqual(['check-pending']);
    expect(shown.letterKind).toContain('Selesaikan pemeriksaan dulu');
    expect(shown.downloadDisabled).toBe(true);
    expect(await page.$$eval('ul.pending li', (l) => l.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('shows validation errors at the field, with the NIK masked', async () => {
    const page = await open();
    const c = patch(reaktivasi('35.20'), {
      applicant: { nik: '3520014508909999', kk: '12345' },
      documents: ['ktp', 'kk'],
    }) as Json;
    await fillCase(page, 'magetan', c);
    const errors = await page.$$eval('.field-error', (els) =>
      els
        .filter((e) => e.textContent)
        .map((e) => ({ path: (e as HTMLElement).dataset.errorFor, text: e.textContent })),
    );
    expect(errors.map((e) => e.path)).toContain('applicant.kk');
    const all = errors.map((e) => e.text).join(' ');
    expect(all).not.toContain('3520014508909999');
    expect(await page.$eval('body', (b) => b.dataset.outcome)).toBe('invalid');
    // The diagnosis is an input only: it never appears in what the page shows.
    await page.close();
  });

  it('works with the network off after load', async () => {
    const page = await open();
    await page.setOfflineMode(true);
    const t = CASES[0] as (typeof CASES)[number];
    await fillCase(page, t.profile, t.case);
    expect((await readDecision(page)).outcome).toBe('eligible');
    await setLetter(page);
    const bytes = await download(page);
    const expected = await renderLetter({
      case: t.case as never,
      decision: await evaluate(t.case, { profile: t.profile }),
      profile: t.profile,
      letter: { ...LETTER, signatory: profiles[t.profile].defaultSigner as string },
    });
    expect(Buffer.compare(bytes, Buffer.from(expected))).toBe(0);
    await page.close();
  });

  it('never shows the diagnosis (health.condition) in the decision or letter panel', async () => {
    const page = await open();
    const t = CASES[0] as (typeof CASES)[number];
    await fillCase(
      page,
      t.profile,
      patch(t.case as never, { health: { needsCare: true, condition: 'catastrophic' } }) as Json,
    );
    const panel = await page.$eval('aside.panel', (a) => a.textContent ?? '');
    expect(panel).not.toMatch(/catastrophic|katastropik/i);
    await page.close();
  });

  it('reaches every control with the Tab key alone, and switches to English', async () => {
    const page = await open();
    const expected = await page.evaluate(() => {
      const keys = new Set<string>();
      for (const e of Array.from(
        document.querySelectorAll<HTMLElement>(
          'input, select, button, summary, a[href], [tabindex="0"]',
        ),
      )) {
        if ((e as HTMLButtonElement).disabled || e.offsetParent === null) continue;
        keys.add(
          e instanceof HTMLInputElement && e.type === 'radio'
            ? `radio:${e.name}`
            : e.id || e.outerHTML.slice(0, 80),
        );
      }
      return [...keys];
    });
    const reached = new Set<string>();
    for (let i = 0; i < expected.length + 20; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          return e instanceof HTMLInputElement && e.type === 'radio'
            ? `radio:${e.name}`
            : e.id || e.outerHTML.slice(0, 80);
        }),
      );
    }
    expect(expected.filter((k) => !reached.has(k))).toEqual([]);
    // Keyboard only: focus the English button and press Enter.
    await page.focus('#locale button[value="en"]');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await page.$eval('html', (h) => h.lang)).toBe('en');
    expect(await page.$eval('#title', (h) => h.textContent)).toBe('PBI-JK Front Desk');
    await page.close();
  });

  it('reflows at 200% zoom without sideways scrolling', async () => {
    const page = await open();
    // 200% zoom of a 1366-pixel screen: 683 CSS pixels at two device pixels each.
    await page.setViewport({ width: 683, height: 700, deviceScaleFactor: 2 });
    const [scroll, inner] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(inner as number);
    await page.close();
  });

  it('renders a rule book with markup in the office data as text, never as HTML', async () => {
    const hostile = defineProfile('nasional', {
      id: 'hostile',
      name: 'Dinas Sosial <img src=x onerror="window.pwned=1"> **Kota**',
    });
    const own = await startDeskServer({ port: 0, profile: hostile, directory: DESK_DIR });
    const page = await browser.newPage();
    try {
      await page.goto(own.url);
      await page.waitForSelector('body[data-ready]');
      await page.click('#rulebook-summary');
      await page.waitForFunction(
        () => (document.getElementById('rulebook-body')?.childElementCount ?? 0) > 10,
        { timeout: 20_000 },
      );
      const result = await page.evaluate(() => ({
        images: document.querySelectorAll('#rulebook-body img, #rulebook-body script').length,
        text: document.getElementById('rulebook-body')?.textContent ?? '',
        pwned: (window as unknown as { pwned?: number }).pwned,
      }));
      expect(result.images).toBe(0);
      expect(result.pwned).toBeUndefined();
      expect(result.text).toContain('<img src=x onerror="window.pwned=1">');
    } finally {
      await page.close();
      own.server.close();
    }
  });
});
