import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
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
