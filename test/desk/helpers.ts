/**
 * Helpers for the desk tests: find Chromium, build the page when missing, start the server, and
 * fill the form from a case the way an officer would (one control per field path).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DESK_DIR = join(ROOT, 'dist', 'desk');

/** Debian's Chromium (or CHROME_PATH); undefined when none is installed. */
export function chromiumPath(): string | undefined {
  for (const p of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  return undefined;
}

/** Builds dist/desk when a plain `vitest run` comes before `npm run build`. */
export function ensureDeskBuilt(): void {
  if (existsSync(join(DESK_DIR, 'desk.js'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-desk.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** A case's fields as form paths (`applicant.address.rt` → '002'); documents apart. */
export function flatten(value: Record<string, Json>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (k === 'documents' || k === 'service') continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      Object.assign(out, flatten(v, path));
    else out[path] = String(v);
  }
  return out;
}

/** Waits until the page has decided the latest change. */
export async function settled(page: Page): Promise<void> {
  await new Promise((r) => setTimeout(r, 60));
  await page.waitForFunction(() => !document.body.dataset.busy && document.body.dataset.outcome, {
    timeout: 10_000,
  });
}

/** Sets one control's value as typing or choosing would, firing input and change. */
export async function setControl(page: Page, path: string, value: string): Promise<void> {
  const done = await page.evaluate(
    (p, v) => {
      const all = Array.from(
        document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
          `#case-form [data-path="${CSS.escape(p)}"]`,
        ),
      ).filter((e) => e.tagName === 'INPUT' || e.tagName === 'SELECT');
      const first = all[0];
      if (!first) return false;
      if (first instanceof HTMLInputElement && first.type === 'radio') {
        const radio = all.find((r) => (r as HTMLInputElement).value === v) as
          | HTMLInputElement
          | undefined;
        if (!radio) return false;
        radio.click();
        return true;
      }
      if (first instanceof HTMLInputElement && first.type === 'checkbox') {
        if (first.checked !== (v === 'true')) first.click();
        return true;
      }
      first.value = v;
      first.dispatchEvent(new Event('input', { bubbles: true }));
      first.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    path,
    value,
  );
  if (!done) throw new Error(`no control for ${path}=${value}`);
}

/** Chooses profile and service, then fills every field and the document checklist of a case. */
export async function fillCase(
  page: Page,
  profileId: string,
  c: Record<string, Json>,
): Promise<void> {
  await page.click('#new-case');
  await page.select('#profile', profileId);
  await page.select('#service', String(c.service));
  await settled(page);
  const fields = flatten(c);
  // receivedOn first: the checklist follows the law in force on that day.
  await setControl(page, 'receivedOn', fields.receivedOn as string);
  for (const [path, value] of Object.entries(fields))
    if (path !== 'receivedOn') await setControl(page, path, value);
  for (const d of (c.documents ?? []) as Json[]) {
    const kind = typeof d === 'string' ? d : String((d as { kind: string }).kind);
    if (['ktp', 'kia', 'akta-kelahiran'].includes(kind))
      await setControl(page, 'doc:identitas', kind);
    else await setControl(page, `doc:${kind}`, 'true');
    if (typeof d === 'object' && d && (d as { stamped?: boolean }).stamped)
      await setControl(page, `stamp:${kind}`, 'true');
  }
  await settled(page);
}

/** What the page shows as the decision: outcome, reason codes and messages. */
export async function readDecision(page: Page) {
  return page.evaluate(() => ({
    outcome: document.querySelector<HTMLElement>('[data-outcome]')?.dataset.outcome,
    reasons: Array.from(document.querySelectorAll<HTMLElement>('ol.reasons > li')).map((li) => ({
      code: li.dataset.code,
      message: li.querySelector('.message')?.textContent,
      citations: li.querySelectorAll('ul.citations li').length,
    })),
    letterKind: document.getElementById('letter-kind')?.textContent ?? '',
    downloadDisabled: (document.getElementById('download') as HTMLButtonElement).disabled,
    fieldErrors: Array.from(document.querySelectorAll('.field-error'))
      .map((e) => e.textContent)
      .filter(Boolean),
  }));
}

/** Waits for a finished download (no .crdownload) in a folder and returns its bytes. */
export async function waitForDownload(
  dir: string,
  before: Set<string>,
): Promise<{ name: string; bytes: Buffer }> {
  for (let i = 0; i < 200; i++) {
    const names = (await readdir(dir)).filter((n) => !before.has(n) && !n.endsWith('.crdownload'));
    const name = names[0];
    if (name) return { name, bytes: await readFile(join(dir, name)) };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no download in ${dir}`);
}
