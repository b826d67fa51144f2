/**
 * Builds the front desk page (SPEC §7) into dist/desk as static files: index.html, desk.css,
 * office.js (no configured office) and desk.js, the page with the core bundled by esbuild.
 * `pbi-jk desk` serves these files; an office may also copy the folder to an intranet server.
 *
 * Usage: tsx scripts/build-desk.ts   (run by `npm run build` after tsup)
 */
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src', 'desk');
const out = join(root, 'dist', 'desk');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await build({
  entryPoints: [join(src, 'main.ts')],
  outfile: join(out, 'desk.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  // Marks when the bundle starts running, so the page can tell load time from start-up time.
  banner: { js: "performance.mark('desk-js-start');" },
  logLevel: 'warning',
  metafile: true,
  // validateCase and other additions are read defensively until they land in src/index.ts.
  logOverride: { 'import-is-undefined': 'silent' },
});
for (const file of ['index.html', 'desk.css', 'office.js']) {
  await copyFile(join(src, file), join(out, file));
}
const size = (await stat(join(out, 'desk.js'))).size;
if (result.errors.length) process.exit(1);
process.stdout.write(`desk: dist/desk (desk.js ${(size / 1024).toFixed(0)} KB)\n`);
