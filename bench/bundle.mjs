// Browser bundle sizes as an app sees them: esbuild (platform browser, minify, ESM) bundles a
// one-line page per entry against the built package (dist/, resolved through package.json
// `exports`), then gzips it. Targets (issue 13): a page importing only `evaluate` ≤ 80 KB gzip;
// the whole core ≤ 250 KB gzip. Lazy chunks (dynamic import) are counted apart: a page loads
// them only when it calls the function that needs them.
//
// `node bench/bundle.mjs --json` prints the figures as JSON (scripts/check-package.sh asserts them).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Pages an app might write: the import line is all that differs. */
export const PAGES = [
  { name: 'evaluate (root)', code: "import { evaluate } from 'pbi-jk'; globalThis.f = evaluate;" },
  {
    name: 'evaluate (pbi-jk/rules)',
    code: "import { evaluate } from 'pbi-jk/rules'; globalThis.f = evaluate;",
    subpath: true,
  },
  {
    name: 'validateCase (pbi-jk/rules)',
    code: "import { validateCase } from 'pbi-jk/rules'; globalThis.f = validateCase;",
    subpath: true,
  },
  {
    name: 'renderLetter (pbi-jk/letters)',
    code: "import { renderLetter } from 'pbi-jk/letters'; globalThis.f = renderLetter;",
    subpath: true,
  },
  {
    name: 'renderRuleBook (pbi-jk/rulebook)',
    code: "import { renderRuleBook } from 'pbi-jk/rulebook'; globalThis.f = renderRuleBook;",
    subpath: true,
  },
  { name: 'whole core (root)', code: "import * as m from 'pbi-jk'; globalThis.m = m;" },
  {
    // An app bundled without code splitting inlines the lazily loaded parts too.
    name: 'whole core, no code splitting',
    code: "import * as m from 'pbi-jk'; globalThis.m = m;",
    splitting: false,
  },
];

/** Bundles one page; returns its initial and lazy sizes in bytes (raw and gzip). */
async function measure(dir, page, i) {
  const entry = join(dir, `page${i}.js`);
  writeFileSync(entry, `${page.code}\n`);
  const out = join(dir, `out${i}`);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: page.splitting ?? true,
    minify: true,
    write: false,
    outdir: out,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: dir,
  });
  const sizes = { initialRaw: 0, initialGzip: 0, lazyRaw: 0, lazyGzip: 0 };
  // What the page loads at once: its entry chunk and every chunk that chunk imports statically.
  const outputs = result.metafile.outputs;
  const eager = new Set();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const imp of outputs[file]?.imports ?? [])
      if (imp.kind === 'import-statement') visit(imp.path);
  };
  // (Dynamic import targets are entry points in the metafile too: start from the page only.)
  for (const [file, meta] of Object.entries(outputs))
    if (meta.entryPoint === `page${i}.js`) visit(file);
  for (const f of result.outputFiles) {
    const rel = f.path.slice(dir.length + 1);
    const gz = gzipSync(f.contents).length;
    if (eager.has(rel)) {
      sizes.initialRaw += f.contents.length;
      sizes.initialGzip += gz;
    } else {
      sizes.lazyRaw += f.contents.length;
      sizes.lazyGzip += gz;
    }
  }
  return sizes;
}

/** Bundles every page the built package supports; returns `{ name: sizes }`. */
export async function measureAll() {
  const dir = mkdtempSync(join(tmpdir(), 'pbi-jk-bundle-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'pbi-jk'), 'dir');
    const pkg = (await import(join(root, 'package.json'), { with: { type: 'json' } })).default;
    const figures = {};
    for (const [i, page] of PAGES.entries()) {
      if (page.subpath && !pkg.exports[`./${page.code.match(/'pbi-jk\/(\w+)'/)[1]}`]) continue;
      figures[page.name] = await measure(dir, page, i);
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function run() {
  const figures = await measureAll();
  console.log('\nBrowser bundle (esbuild, platform browser, minified; gzip):');
  for (const [name, s] of Object.entries(figures)) {
    const lazy = s.lazyRaw ? `; lazy chunks ${kb(s.lazyGzip)} gzip (${kb(s.lazyRaw)})` : '';
    console.log(
      `  ${name.padEnd(34)} ${kb(s.initialGzip).padStart(9)} gzip (${kb(s.initialRaw)} raw)${lazy}`,
    );
  }
  console.log('  targets: evaluate only ≤ 80 KB gzip; whole core ≤ 250 KB gzip');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--json')) console.log(JSON.stringify(await measureAll()));
  else await run();
}
