/**
 * Takes the desk screenshots in docs/desk/ (an eligible, an ineligible and an incomplete case)
 * with the system Chromium. Not a test: run `npx tsx test/desk/screenshots.ts` after a build.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startDeskServer } from '../../src/cli/desk-server';
import { profiles } from '../../src/profiles/index';
import { patch, pendaftaran, pengalihan, reaktivasi } from '../rules/fixtures';
import { chromiumPath, DESK_DIR, ensureDeskBuilt, fillCase, ROOT, settled } from './helpers';

type Json = Parameters<typeof fillCase>[2];

const chromium = chromiumPath();
if (!chromium) {
  console.error('no Chromium at /usr/bin/chromium');
  process.exit(1);
}
ensureDeskBuilt();
const out = join(ROOT, 'docs', 'desk');
await mkdir(out, { recursive: true });
const { server, url } = await startDeskServer({
  port: 0,
  profile: profiles.magetan,
  directory: DESK_DIR,
});
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ['--no-sandbox', '--lang=id-ID'],
});
const shots: { file: string; profile: string; case: Json; scroll?: string }[] = [
  {
    file: 'layak-eligible.png',
    profile: 'kantor',
    case: patch(reaktivasi('35.20'), {
      documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'],
    }) as Json,
  },
  {
    file: 'tidak-layak-ineligible.png',
    profile: 'pematangsiantar',
    case: patch(pengalihan('12.72'), { membership: { segment: 'PPU' } }) as Json,
    scroll: 'membership',
  },
  {
    file: 'belum-lengkap-incomplete.png',
    profile: 'nasional',
    case: patch(pendaftaran('12.72'), {
      documents: ['ktp'],
      verification: { duplicateMembership: undefined },
    }) as Json,
    scroll: 'applicant.address',
  },
];
for (const shot of shots) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1366, height: 1000 });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]');
  await fillCase(page, shot.profile, shot.case);
  await page.evaluate(() => {
    const n = document.getElementById('letter-number') as HTMLInputElement;
    n.value = '17';
    n.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (shot.scroll)
    await page.evaluate((p) => {
      document.querySelector(`[data-path="${p}"]`)?.scrollIntoView({ block: 'start' });
    }, shot.scroll);
  else await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  await page.screenshot({ path: join(out, shot.file) as `${string}.png` });
  console.log(join(out, shot.file));
  await page.close();
}
await browser.close();
server.close();
