/**
 * Start-up benchmark (issue 12): `pbi-jk --help` and `pbi-jk evaluate` of one case, against a bare
 * `node -e 0`, each the median of several runs of the built dist/cli.js. Heavy modules (letters,
 * XLSX reader, worker pool, progress bar) load only when a command needs them.
 *
 * Target: each ≤ 2x a bare `node -e 0`.
 * Run: `npm run build && node bench/startup.mjs` (or through bench/run.mjs, which calls run()).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.PBI_JK_DIST ?? join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const CASE = join(ROOT, 'examples/cases/magetan/01-reaktivasi-memenuhi-syarat.json');
const RUNS = 9;

function median(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Runs the start-up benchmark and prints its figures; resolves to them. */
export async function run() {
  median(['-e', '0']); // warm the disk cache
  const bare = median(['-e', '0']);
  const help = median([CLI, '--help']);
  const evaluate = median([CLI, 'evaluate', CASE, '--profile', 'magetan']);
  const verdict = (ratio) => (ratio <= 2 ? 'ok' : 'OVER TARGET');
  console.log('start-up: median of 9 runs (dist/cli.js)');
  console.log(`  node -e 0        ${bare.toFixed(0)} ms`);
  console.log(
    `  pbi-jk --help    ${help.toFixed(0)} ms  ratio ${(help / bare).toFixed(2)}x  target ≤ 2x  ${verdict(help / bare)}`,
  );
  console.log(
    `  pbi-jk evaluate  ${evaluate.toFixed(0)} ms  ratio ${(evaluate / bare).toFixed(2)}x  target ≤ 2x  ${verdict(evaluate / bare)}`,
  );
  return {
    bareMs: bare,
    helpMs: help,
    evaluateMs: evaluate,
    helpRatio: help / bare,
    evaluateRatio: evaluate / bare,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
