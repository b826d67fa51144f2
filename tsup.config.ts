import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** The packages bundled into dist/ (json-rules-engine and what it loads), with their licence files. */
const BUNDLED = [
  ['json-rules-engine', 'LICENSE'],
  ['eventemitter2', 'LICENSE.txt'],
  ['hash-it', 'LICENSE'],
  ['clone', 'LICENSE'],
] as const;

/** The licences of the packages bundled into dist/, as their MIT and ISC terms ask. */
function writeBundledLicences(): void {
  const engine = JSON.parse(
    readFileSync('node_modules/json-rules-engine/package.json', 'utf8'),
  ) as {
    dependencies: Record<string, string>;
  };
  const listed = new Set<string>(BUNDLED.map(([name]) => name));
  for (const dep of Object.keys(engine.dependencies))
    if (dep !== 'jsonpath-plus' && !listed.has(dep))
      throw new Error(`json-rules-engine now loads ${dep}: add its licence to BUNDLED`);
  const parts = BUNDLED.map(([name, file]) => {
    const { version, license } = JSON.parse(
      readFileSync(`node_modules/${name}/package.json`, 'utf8'),
    ) as { version: string; license: string };
    const text = readFileSync(`node_modules/${name}/${file}`, 'utf8').trim();
    return `## ${name} ${version} (${license})\n\n${text}\n`;
  });
  writeFileSync(
    'dist/THIRD-PARTY-LICENSES.md',
    `# Code bundled into pbi-jk's dist/\n\njson-rules-engine and the packages it loads are bundled into the build (tsup.config.ts).\n\n${parts.join('\n')}`,
  );
}

/**
 * json-rules-engine is bundled into the build with jsonpath-plus replaced by a stub
 * (src/rules/no-jsonpath.ts): the engine loads jsonpath-plus on import for conditions with a
 * `path`, which pbi-jk's rules never have (the engine gets a resolver that refuses them). The
 * library is CommonJS, so a bundler cannot leave it out on its own: it was ~8 KB of the ~80 KB
 * gzip of a page that calls only `evaluate`.
 */
const rulesEngine: Pick<Options, 'noExternal' | 'esbuildPlugins'> = {
  noExternal: ['json-rules-engine'],
  esbuildPlugins: [
    {
      name: 'json-rules-engine-without-jsonpath',
      setup(build) {
        build.onResolve({ filter: /^jsonpath-plus$/ }, () => ({
          path: resolve('src/rules/no-jsonpath.ts'),
        }));
      },
    },
  ],
};

/** The Node builds of the command line (cli.js and its chunks, the batch worker, evaluate's action). */
const CLI_BUNDLE = {
  format: ['esm'],
  dts: false,
  target: 'node20',
  platform: 'node',
  // What `pbi-jk evaluate` needs is bundled in (bench/startup.mjs): zod alone is ~95 files, and
  // Node 20 resolves, reads and links each one, which cost every start ~150 ms. The Word and
  // spreadsheet libraries stay external (loaded only by the commands that write letters or read
  // XLSX), and so do all of them but json-rules-engine in the library build above.
  noExternal: [
    'zod',
    'date-fns',
    '@date-fns/utc',
    '@noble/hashes',
    'json-rules-engine',
    'commander',
  ],
  esbuildPlugins: rulesEngine.esbuildPlugins ?? [],
  // Whitespace and comments out (names kept): V8 reads and pre-parses every byte of a module
  // before running it, and the bundled dependencies carry long doc comments.
  minifyWhitespace: true,
  minifySyntax: true,
  // The bundled CommonJS (commander, json-rules-engine) calls require() for Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __pbiJkCreateRequire } from 'node:module';\nconst require = __pbiJkCreateRequire(import.meta.url);",
  },
} satisfies Options;

/**
 * Drops the bare `import './chunk-….js'` (CommonJS: `require('./chunk-….cjs')`) lines that code
 * splitting writes so that a chunk evaluates its dependencies first. The package is
 * `sideEffects: false`: no module does anything on import, and every chunk whose code is used is
 * still imported by name. A bundler, though, treats a bare import as a reason to load the chunk
 * with the page, so `import { evaluate } from 'pbi-jk'` pulled in the letter data and the
 * built-in templates (base64, ~60 KB gzip), which only the lazily loaded letter code uses.
 */
const dropBareChunkImports: NonNullable<Options['plugins']>[number] = {
  name: 'drop-bare-chunk-imports',
  renderChunk(code) {
    // Plugins see CommonJS chunks before tsup turns their imports into require() calls.
    return { code: code.replace(/^import ['"]\.\/[\w.-]+\.c?js['"];\n/gm, '') };
  },
};

export default defineConfig([
  {
    // The root and one entry per part an app may take alone (package.json `exports`). Code
    // splitting puts what they share in common chunks, so `pbi-jk` and `pbi-jk/rules` share one
    // ValidationError class and an app importing only `evaluate` loads only the rules' chunks.
    entry: {
      index: 'src/index.ts',
      rules: 'src/entry/rules.ts',
      letters: 'src/entry/letters.ts',
      rulebook: 'src/entry/rulebook.ts',
      // Not in `exports`: a split point, so the schemas and messages validateCase needs form a
      // chunk of their own and a form page does not load the rules engine (36 KB gzip, not 62).
      'validate-case': 'src/validate-case.ts',
    },
    format: ['esm', 'cjs'],
    dts: {
      entry: {
        index: 'src/index.ts',
        rules: 'src/entry/rules.ts',
        letters: 'src/entry/letters.ts',
        rulebook: 'src/entry/rulebook.ts',
      },
    },
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    plugins: [dropBareChunkImports],
    ...rulesEngine,
    onSuccess: async () => writeBundledLicences(),
  },
  {
    ...CLI_BUNDLE,
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    // Commands load their heavy modules (letters, XLSX, worker pool) only when they run.
    splitting: true,
  },
  {
    // `pbi-jk evaluate`'s action as one file (no shared chunks): see src/cli/actions/evaluate.ts.
    ...CLI_BUNDLE,
    entry: { 'evaluate-action': 'src/cli/actions/evaluate.ts' },
    splitting: false,
  },
]);
