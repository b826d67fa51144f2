import { defineConfig, type Options } from 'tsup';

/**
 * Drops the bare `import './chunk-….js'` lines code splitting writes so that a chunk evaluates
 * its dependencies first. The package is `sideEffects: false`: no module does anything on import,
 * and every chunk whose code is used is still imported by name. A bundler, though, treats a bare
 * import as a reason to load the chunk with the page, so `import { evaluate } from 'pbi-jk'`
 * pulled in the letter data and the built-in templates (base64, ~60 KB gzip), which only the
 * lazily loaded letter and rule-book code uses.
 */
const dropBareChunkImports: NonNullable<Options['plugins']>[number] = {
  name: 'drop-bare-chunk-imports',
  renderChunk(code) {
    if (this.format !== 'esm') return;
    return { code: code.replace(/^import ['"]\.\/[\w.-]+\.js['"];\n/gm, '') };
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
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    plugins: [dropBareChunkImports],
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
  },
]);
