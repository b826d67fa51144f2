import { defineConfig, type Options } from 'tsup';

/** The Node builds of the command line (cli.js and its chunks, the batch worker, evaluate's action). */
const CLI_BUNDLE = {
  format: ['esm'],
  dts: false,
  target: 'node20',
  platform: 'node',
  // What `pbi-jk evaluate` needs is bundled in (bench/startup.mjs): zod alone is ~95 files and
  // json-rules-engine ~20, and Node 20 resolves, reads and links each one, which cost every
  // start ~150 ms. The Word and spreadsheet libraries stay external (loaded only by the commands
  // that write letters or read XLSX), and so do all of them in the library build above.
  noExternal: [
    'zod',
    'date-fns',
    '@date-fns/utc',
    '@noble/hashes',
    'json-rules-engine',
    'commander',
  ],
  // Whitespace and comments out (names kept): V8 reads and pre-parses every byte of a module
  // before running it, and the bundled dependencies carry long doc comments.
  minifyWhitespace: true,
  minifySyntax: true,
  // The bundled CommonJS (commander, json-rules-engine) calls require() for Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __pbiJkCreateRequire } from 'node:module';\nconst require = __pbiJkCreateRequire(import.meta.url);",
  },
} satisfies Options;

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
