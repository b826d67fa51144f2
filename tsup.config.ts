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
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    // Commands load their heavy modules (letters, XLSX, worker pool) only when they run.
    splitting: true,
    banner: { js: '#!/usr/bin/env node' },
    ...rulesEngine,
  },
]);
