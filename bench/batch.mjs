/**
 * Batch benchmark (issues 6 and 12): 2,000 cases to letters on disk through the real
 * `pbi-jk batch` (the built dist/cli.js, worker threads, atomic writes and run journal), timed
 * against the zip floor for the same number of letters in the same run (open the template with
 * PizZip, rewrite word/document.xml, DEFLATE, write the file), plus peak RSS; then 5,000 and
 * 50,000 JSONL rows to show memory stays flat. `PBI_JK_BENCH_BIG` changes the 50,000.
 *
 * Targets: batch ≤ 0.75x the floor; peak RSS(50,000) ≤ 400 MB and ≤ 1.25x RSS(5,000).
 * Run: `npm run build && node bench/batch.mjs` (or through bench/run.mjs, which calls run()).
 *
 * Fairness: both sides create 2,000 files, and on ext4 creating a file right after thousands
 * were deleted costs up to 20x more (the inode allocator skips recently freed inodes; seen here
 * with `perf`: `recently_deleted`, `find_inode_bit`). So nothing is deleted until every timed
 * run is over, floor and batch alternate for {@link ROUNDS} rounds, and the ratio reported is the
 * median of the rounds' own ratios. The page cache is flushed before each timed run (`settle`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import PizZip from 'pizzip';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The build to measure; `PBI_JK_DIST` points at another one. */
const DIST = process.env.PBI_JK_DIST ?? join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const PROFILE = 'magetan';
const MB = 1024 * 1024;
/** Alternating floor/batch rounds of the 2,000-case ratio. */
const ROUNDS = 3;

/** Every folder a timed run writes, removed together once timing is over (see Fairness above). */
const made = [];
function scratch(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
function removeScratch() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `count` cases as JSONL, cycling through the bundled sample cases of the profile. */
function writeCases(file, count) {
  const dir = join(ROOT, 'examples/cases', PROFILE);
  const samples = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const lines = [];
  for (let i = 0; i < count; i++) {
    const c = structuredClone(samples[i % samples.length]);
    c.applicant.name = `${c.applicant.name} ${i + 1}`;
    lines.push(JSON.stringify(c));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Peak resident memory of a running process (Linux: VmHWM), in bytes; 0 elsewhere. */
function peakRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `pbi-jk batch` on `count` cases; wall time in ms and the process's peak RSS. */
async function timeBatch(count) {
  const dir = scratch('pbi-jk-bench-');
  {
    const input = join(dir, 'kasus.jsonl');
    writeCases(input, count);
    const out = join(dir, 'hasil');
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [CLI, 'batch', input, '--profile', PROFILE, '--out', out],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let peak = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, peakRss(child.pid));
    }, 20);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // Read VmHWM one last time after the output closes, just before the process is reaped.
    child.stdout.on('end', () => {
      peak = Math.max(peak, peakRss(child.pid));
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    clearInterval(poll);
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`pbi-jk batch exited ${code}: ${stderr}`);
    const letters = readdirSync(join(out, 'surat')).length;
    const rows = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n').length - 1;
    if (rows !== count) throw new Error(`expected ${count} summary rows, found ${rows}`);
    return { ms, peakRss: peak, letters };
  }
}

/** The zip floor: the least any letter writer must do per letter, in this process. */
async function timeFloor(count) {
  const dir = scratch('pbi-jk-floor-');
  {
    // The template the batch fills, exported by the CLI itself.
    const tpl = join(dir, 'templat.docx');
    execFileSync(process.execPath, [
      CLI,
      'template',
      'export',
      'rekomendasi-reaktivasi',
      '--profile',
      PROFILE,
      '--out',
      tpl,
    ]);
    const template = readFileSync(tpl);
    mkdirSync(join(dir, 'surat'));
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const zip = new PizZip(template);
      const xml = zip.file('word/document.xml').asText();
      zip.file('word/document.xml', xml.replace(/\{[^{}]*\}/g, `Nilai ${i}`));
      const bytes = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
      writeFileSync(join(dir, 'surat', `${i}.docx`), bytes);
    }
    return { ms: performance.now() - started };
  }
}

/**
 * Flushes the page cache before a timed run: an fsync (the batch makes one per letter) commits
 * the whole filesystem journal, so without this the batch would also pay to write out the
 * floor's 2,000 files. `sync` is POSIX; where it is missing, nothing is flushed.
 */
function settle() {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // no `sync` here (Windows): the runs simply are not separated
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The 2,000-case ratio: floor and batch alternate for `rounds` rounds (see Fairness above); the
 * round with the median ratio is returned, with every round's ratio.
 */
async function ratioRounds(n, rounds) {
  await timeFloor(50); // warm the disk cache and the module cache once
  const all = [];
  try {
    for (let r = 0; r < rounds; r++) {
      settle();
      const floor = await timeFloor(n);
      settle();
      const batch = await timeBatch(n);
      all.push({ floor, batch, ratio: batch.ms / ((floor.ms / n) * batch.letters) });
    }
  } finally {
    removeScratch();
  }
  const mid = median(all.map((a) => a.ratio));
  return { ...all.find((a) => a.ratio === mid), ratios: all.map((a) => a.ratio) };
}

const fmt = (n, d = 2) => n.toFixed(d);

/** Only the 2,000-case ratio (no memory runs): `node -e "import('./bench/batch.mjs').then(m => m.quick())"`. */
export async function quick(n = 2000, rounds = ROUNDS) {
  const { floor, batch, ratio, ratios } = await ratioRounds(n, rounds);
  console.log(
    `batch ${fmt(batch.ms, 0)} ms, floor ${fmt(floor.ms, 0)} ms, ${batch.letters} letters: ratio ${fmt(ratio)}x (rounds ${ratios.map((r) => fmt(r)).join(', ')})`,
  );
  return ratio;
}

/**
 * Runs the batch benchmark and prints its figures; resolves to them. Throws if dist/ is not built.
 */
export async function run() {
  const n = 2000;
  const { floor, batch, ratio, ratios } = await ratioRounds(n, ROUNDS);
  let small;
  let big;
  const bigCount = Number(process.env.PBI_JK_BENCH_BIG ?? 50_000);
  try {
    small = await timeBatch(5_000);
    big = await timeBatch(bigCount);
  } finally {
    removeScratch();
  }
  const result = {
    cases: n,
    floorMs: floor.ms,
    batchMs: batch.ms,
    letters: batch.letters,
    // Per letter: a case whose office checks are pending gets no letter (SPEC §3).
    ratio,
    ratios,
    lettersPerSecond: (batch.letters / batch.ms) * 1000,
    peakRssMb: batch.peakRss / MB,
    bigBatchMs: big.ms,
    bigPeakRssMb: big.peakRss / MB,
    smallPeakRssMb: small.peakRss / MB,
    bigCases: bigCount,
    rssGrowth: small.peakRss ? big.peakRss / small.peakRss : Number.NaN,
  };
  const verdict = (ok) => (ok ? 'ok' : 'OVER TARGET');
  console.log(
    `batch: 2,000 cases → ${batch.letters} letters on disk (pbi-jk batch, dist/cli.js; ratio per letter, median of ${ROUNDS} alternating rounds: ${ratios.map((r) => fmt(r)).join(', ')})`,
  );
  console.log(
    `  zip floor        ${fmt(floor.ms, 0)} ms  (${fmt((n / floor.ms) * 1000, 0)} letters/s)`,
  );
  console.log(
    `  pbi-jk batch     ${fmt(batch.ms, 0)} ms  (${fmt(result.lettersPerSecond, 0)} letters/s)  ratio ${fmt(result.ratio)}x  target ≤ 0.75x  ${verdict(result.ratio <= 0.75)}`,
  );
  console.log(
    `  peak RSS         ${fmt(result.peakRssMb, 0)} MB  target ≤ 400 MB  ${verdict(result.peakRssMb <= 400)}`,
  );
  console.log(
    `  5,000 cases      ${fmt(small.ms, 0)} ms, peak RSS ${fmt(result.smallPeakRssMb, 0)} MB`,
  );
  console.log(
    `  ${bigCount.toLocaleString('en')} cases    ${fmt(big.ms, 0)} ms, peak RSS ${fmt(result.bigPeakRssMb, 0)} MB (target ≤ 400 MB ${verdict(result.bigPeakRssMb <= 400)}) = ${fmt(result.rssGrowth)}x of 5,000  target ≤ 1.25x  ${verdict(result.rssGrowth <= 1.25)}`,
  );
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
