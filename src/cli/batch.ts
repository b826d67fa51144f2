import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ValidationError } from '../errors/validation-error';
import type { Locale } from '../i18n/locale';
import { maskId } from '../identifiers/mask';
import { type ProfileId, profiles } from '../profiles/index';
import { CaseInput } from '../schemas/case-input';
import type { Outcome } from '../schemas/decision';
import { toIssueDrafts } from '../schemas/parse';
import type { LetterKind } from '../schemas/profile';
import { type BatchFormat, type BatchRecord, countRecords, readBatch } from './batch-input';
import {
  BATCH_DIRS,
  type BatchJob,
  type BatchJobResult,
  type BatchJobSettings,
  prepareBatchDirs,
  runBatchJob,
} from './batch-job';
import { columnForPath } from './columns';
import { csvLine, slug } from './io';
import { formatLetterNumber } from './letter-number';

/** Options of one `pbi-jk batch` run. */
export type BatchOptions = {
  file: string;
  format: BatchFormat;
  profile: ProfileId;
  outDir: string;
  locale: Locale;
  asOf?: string;
  /** Letter date for every case; default each case's `receivedOn`. */
  date?: string;
  signatory?: string;
  kind?: LetterKind;
  template?: Uint8Array;
  /** Serial of the first letter (`{nomor}` in the profile's pattern). */
  startNumber: number;
  /** Worker threads; `undefined` = decide from the file size. 0 = in this thread. */
  workers?: number;
  /** Show a progress bar (on a terminal). */
  progress: boolean;
  onUnknownColumns?: (cols: string[]) => void;
};

/** What a batch run did, for the terminal report. */
export type BatchReport = {
  total: number;
  valid: number;
  invalid: number;
  letters: number;
  outcomes: Record<Outcome, number>;
  workers: number;
};

/** Headers of summary.csv. */
export const SUMMARY_HEADERS = [
  'baris',
  'nik',
  'nama',
  'layanan',
  'hasil',
  'kode_alasan',
  'nomor_surat',
  'berkas_surat',
  'berkas_keputusan',
] as const;
/** Headers of errors.csv. */
export const ERROR_HEADERS = ['baris', 'kolom', 'pesan'] as const;

/** Files from this size up are processed on worker threads (about 150–300 cases). */
const WORKER_THRESHOLD_BYTES = 96 * 1024;
/** Cases in flight per worker: enough to keep it busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 16;

type Executor = {
  run(job: BatchJob): Promise<BatchJobResult>;
  close(): Promise<void>;
  size: number;
};

function inThread(settings: BatchJobSettings): Executor {
  return { run: (job) => runBatchJob(job, settings), close: async () => {}, size: 0 };
}

function workerPool(settings: BatchJobSettings, size: number): Executor {
  type Pending = { resolve: (r: BatchJobResult) => void; job: BatchJob };
  const url = new URL('./batch-worker.js', import.meta.url);
  const slots = Array.from({ length: size }, () => {
    const worker = new Worker(url, {
      workerData: settings,
      // A small young generation keeps each worker's heap, and so the batch's memory, flat.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
    });
    const pending = new Map<number, Pending>();
    const fail = (message: string) => {
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve({ row: p.job.row, ok: false, issues: [{ path: [], message }] });
      }
    };
    worker.on('message', (m: { id: number; result: BatchJobResult }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      p?.resolve(m.result);
    });
    worker.on('error', (e) => fail(`worker: ${e.message}`));
    worker.on('exit', (code) => fail(`worker exited (${code})`));
    return { worker, pending };
  });
  let nextId = 0;
  return {
    size,
    run(job) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve) => {
        slot.pending.set(id, { resolve, job });
        slot.worker.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function summaryName(candidate: unknown): { nik: string; name: string; service: string } {
  const c = (typeof candidate === 'object' && candidate !== null ? candidate : {}) as Record<
    string,
    unknown
  >;
  const a = (typeof c.applicant === 'object' && c.applicant !== null ? c.applicant : {}) as Record<
    string,
    unknown
  >;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  return { nik: maskId(text(a.nik, 40)), name: text(a.name, 150), service: text(c.service, 20) };
}

/**
 * Runs a batch: reads the file as a stream, validates each row with the CaseInput schema, decides
 * and writes a decision and a letter for every valid row (on worker threads when the file is
 * large), and appends to summary.csv and errors.csv as it goes, in row order. A bad row never
 * stops the run, and every line already written stays on disk if the run is interrupted.
 */
export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const profile = profiles[options.profile];
  await prepareBatchDirs(options.outDir);
  const summaryFd = openSync(join(options.outDir, 'summary.csv'), 'w');
  const errorsFd = openSync(join(options.outDir, 'errors.csv'), 'w');
  const decisionsFd = openSync(join(options.outDir, BATCH_DIRS.decisions), 'w');
  writeSync(summaryFd, `\uFEFF${csvLine(SUMMARY_HEADERS)}`);
  writeSync(errorsFd, `\uFEFF${csvLine(ERROR_HEADERS)}`);

  const settings: BatchJobSettings = {
    profile: options.profile,
    locale: options.locale,
    outDir: options.outDir,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.signatory ? { signatory: options.signatory } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.template ? { template: options.template } : {}),
  };
  const workers =
    options.workers ??
    (statSync(options.file).size >= WORKER_THRESHOLD_BYTES
      ? Math.max(1, availableParallelism())
      : 0);
  const executor = workers > 0 ? workerPool(settings, workers) : inThread(settings);
  const limit = Math.max(1, workers) * IN_FLIGHT_PER_WORKER;

  const report: BatchReport = {
    total: 0,
    valid: 0,
    invalid: 0,
    letters: 0,
    outcomes: { eligible: 0, incomplete: 0, ineligible: 0 },
    workers,
  };

  let bar: { increment(): void; stop(): void } | undefined;
  if (options.progress) {
    const total = await countRecords(options.file, options.format);
    const { SingleBar, Presets } = (await import('cli-progress')).default;
    const b = new SingleBar(
      {
        format: ' {bar} {percentage}% | {value}/{total} | {eta_formatted}',
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    b.start(total, 0);
    bar = b;
  }

  // Results come back out of order from the workers; they are written in row order.
  type Done = { lines: string[]; errorLines: string[]; decisionLine?: string };
  const ready = new Map<number, Done>();
  let nextToWrite = 0;
  let seq = 0;
  const flush = () => {
    for (let d = ready.get(nextToWrite); d; d = ready.get(nextToWrite)) {
      ready.delete(nextToWrite);
      if (d.decisionLine) writeSync(decisionsFd, d.decisionLine);
      for (const l of d.errorLines) writeSync(errorsFd, l);
      for (const l of d.lines) writeSync(summaryFd, l);
      nextToWrite++;
      bar?.increment();
    }
  };

  const invalidRow = (
    row: number,
    candidate: unknown,
    issues: { path: string[]; message: string }[],
    flat: boolean,
  ): Done => {
    report.invalid++;
    const who = summaryName(candidate);
    return {
      errorLines: issues.map((i) =>
        csvLine([row, flat ? columnForPath(i.path) : i.path.join('.') || '(baris)', i.message]),
      ),
      lines: [csvLine([row, who.nik, who.name, who.service, 'invalid', '', '', '', ''])],
    };
  };

  const inFlight = new Set<Promise<void>>();
  let serial = options.startNumber;

  try {
    for await (const record of readBatch(
      options.file,
      options.format,
      options.onUnknownColumns ?? (() => {}),
    )) {
      report.total++;
      const mySeq = seq++;
      const done = (d: Done) => {
        ready.set(mySeq, d);
        flush();
      };
      const checked = check(record, options.locale);
      if (!checked.ok) {
        done(
          invalidRow(
            record.row,
            'candidate' in record ? record.candidate : undefined,
            checked.issues,
            'flat' in record && record.flat,
          ),
        );
        continue;
      }
      report.valid++;
      const input = checked.input;
      const date = options.date ?? input.receivedOn;
      const number = formatLetterNumber(profile.letterNumberPattern, serial++, date);
      const base = `${String(record.row).padStart(5, '0')}-${slug(input.applicant.name)}`;
      const flat = 'flat' in record && record.flat;
      const task = executor.run({ row: record.row, input, number, date, base }).then((result) => {
        if (!result.ok) {
          report.valid--;
          done(invalidRow(record.row, input, result.issues, flat));
          return;
        }
        // The main thread writes every file (workers only compute): one writer per folder.
        writeFileSync(join(options.outDir, result.letterFile), result.letter);
        report.letters++;
        report.outcomes[result.outcome]++;
        done({
          errorLines: [],
          decisionLine: `{"row":${record.row},"letterFile":${JSON.stringify(result.letterFile)},"decision":${result.decisionJson}}\n`,
          lines: [
            csvLine([
              record.row,
              maskId(input.applicant.nik),
              input.applicant.name,
              input.service,
              result.outcome,
              result.reasons.join(';'),
              number,
              result.letterFile,
              BATCH_DIRS.decisions,
            ]),
          ],
        });
      });
      const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    flush();
    bar?.stop();
    closeSync(summaryFd);
    closeSync(errorsFd);
    closeSync(decisionsFd);
    await executor.close();
  }
  return report;
}

function check(
  record: BatchRecord,
  locale: Locale,
): { ok: true; input: CaseInput } | { ok: false; issues: { path: string[]; message: string }[] } {
  if ('unreadable' in record) {
    return { ok: false, issues: [{ path: ['(json)'], message: record.unreadable }] };
  }
  const parsed = CaseInput.safeParse(record.candidate);
  if (parsed.success) return { ok: true, input: parsed.data };
  const error = new ValidationError(toIssueDrafts(parsed.error.issues, record.candidate), locale);
  return {
    ok: false,
    issues: error.issues.map((i) => ({ path: [...i.path], message: i.message })),
  };
}
