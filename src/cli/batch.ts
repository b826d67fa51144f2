import {
  closeSync,
  createReadStream,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { ValidationError } from '../errors/validation-error';
import { sha256Hex } from '../hash/sha256';
import type { Locale } from '../i18n/locale';
import { maskId, maskIdentifiersIn } from '../identifiers/mask';
import { CaseInput } from '../schemas/case-input';
import type { Outcome } from '../schemas/decision';
import { toIssueDrafts } from '../schemas/parse';
import type { Profile } from '../schemas/profile';
import { PACKAGE_VERSION } from '../version';
import {
  type BatchFormat,
  type BatchRecord,
  type BatchSource,
  countRecords,
  readBatch,
} from './batch-input';
import {
  BATCH_DIRS,
  BatchJobRunner,
  type BatchJobSettings,
  type DecideResult,
  type RenderJob,
  type RenderResult,
  type RowIssue,
} from './batch-job';
import { columnForPath, nameIsNumberMessage, nameLooksLikeNumber } from './columns';
import { InputError, UsageError } from './errors';
import { csvLine, isAtomicTempName, slug, writeAtomic } from './io';
import { formatLetterNumber } from './letter-number';
import { messagesFor } from './messages';
import { nodeSha256Hex } from './node-sha256';
import { IN_FLIGHT_PER_WORKER, WorkerPool, workerCount } from './worker-pool';

/** What to do with an `--out` folder that already holds a run. */
export type OutMode = 'new' | 'resume' | 'overwrite';

/** Options of one `pbi-jk batch` run. */
export type BatchOptions = {
  file: string;
  format: BatchFormat;
  /** The resolved profile (its templates include every `--template`). */
  profile: Profile;
  /** What workers get: a built-in id when nothing was changed, else the whole profile. */
  profileRef: BatchJobSettings['profile'];
  outDir: string;
  locale: Locale;
  asOf?: string;
  /** Letter date for every case; default each case's `receivedOn`. */
  date?: string;
  signatory?: string;
  kind?: BatchJobSettings['kind'];
  /** Serial of the first letter (`{nomor}` in the profile's pattern). */
  startNumber: number;
  /** Worker threads; `undefined` = decide from the file size. 0 = in this thread. */
  workers?: number;
  /**
   * Workers the command started already (while it loaded the rest); `runBatch` gives them the
   * settings and closes them. Without it, `runBatch` starts {@link workerCount} workers itself.
   */
  pool?: WorkerPool;
  /** Show a progress bar (on a terminal). */
  progress: boolean;
  /** XLSX: the sheet to read. */
  sheet?: string;
  mode: OutMode;
  onUnknownColumns?: (cols: string[]) => void;
  onSource?: (source: BatchSource) => void;
  /** SHA-256 of each `--template`, by kind: part of what a resumed run must match. */
  templateHashes?: Record<string, string>;
};

/** What a batch run did, for the terminal report. */
export type BatchReport = {
  total: number;
  valid: number;
  invalid: number;
  letters: number;
  /** Rows decided without a letter because the office's checks are pending. */
  checksPending: number;
  /** Rows lost to an internal failure (a worker that died): each has an error row. */
  failed: number[];
  outcomes: Record<Outcome, number>;
  workers: number;
  /** Rows a resumed run found already done. */
  resumed: number;
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
  'catatan',
] as const;
/** Headers of errors.csv. */
export const ERROR_HEADERS = ['baris', 'kolom', 'pesan'] as const;

/** The run's manifest and journal in `--out` (how `--resume` knows what is on disk). */
export const RUN_FILES = { manifest: '.pbi-jk-batch.json', journal: '.pbi-jk-batch.log' } as const;
const OUTPUTS = ['summary.csv', 'errors.csv', BATCH_DIRS.decisions] as const;

/** Where rows are decided and letters rendered: worker threads, or this thread. */
type Executor = {
  decide(seq: number, input: CaseInput): Promise<{ result: DecideResult; slot: number }>;
  render(slot: number, job: RenderJob): Promise<RenderResult>;
  close(): Promise<void>;
};

function inThread(settings: BatchJobSettings): Executor {
  const runner = new BatchJobRunner(settings);
  return {
    decide: async (seq, input) => ({ result: await runner.decide({ seq, input }), slot: 0 }),
    render: (_slot, job) => runner.render(job),
    close: async () => {},
  };
}

function onWorkers(pool: WorkerPool): Executor {
  return {
    decide: (seq, input) => pool.decide({ seq, input }),
    render: (slot, job) => pool.render(slot, job),
    close: () => pool.close(),
  };
}

/** Writes all of a text to a file descriptor (writeSync may write less than asked). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
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
  const name = text(a.name, 150);
  return {
    nik: maskId(text(a.nik, 40)),
    // A name that holds an identifier is never printed, not even masked.
    name: nameLooksLikeNumber(name) ? '' : name,
    service: text(c.service, 20),
  };
}

/** SHA-256 of a file, read as a stream. */
async function fileSha256(file: string): Promise<string> {
  const h = sha256.create();
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return bytesToHex(h.digest());
}

type Manifest = {
  tool: 'pbi-jk batch';
  packageVersion: string;
  input: { name: string; sha256: string };
  settings: Record<string, unknown>;
};

type JournalEntry = {
  seq: number;
  row: number;
  /** Byte sizes of summary.csv, errors.csv and keputusan.jsonl after this row. */
  sizes: [number, number, number];
  /** Next letter serial after this row. */
  serial: number;
  status: 'letter' | 'pending' | 'invalid' | 'failed';
  outcome?: Outcome;
  letter?: string;
  sha256?: string;
};

/** Whether a folder already holds the outputs of a batch run. */
export function holdsRun(outDir: string): boolean {
  return (
    existsSync(join(outDir, RUN_FILES.manifest)) ||
    OUTPUTS.some((f) => existsSync(join(outDir, f))) ||
    existsSync(join(outDir, BATCH_DIRS.letters))
  );
}

function removeRun(outDir: string): void {
  for (const f of [...OUTPUTS, RUN_FILES.manifest, RUN_FILES.journal])
    rmSync(join(outDir, f), { force: true });
  rmSync(join(outDir, BATCH_DIRS.letters), { recursive: true, force: true });
}

function readJournal(file: string): { entries: JournalEntry[]; bytes: number } {
  if (!existsSync(file)) return { entries: [], bytes: 0 };
  const text = readFileSync(file, 'utf8');
  const entries: JournalEntry[] = [];
  let bytes = 0;
  for (const line of text.split('\n')) {
    // A line cut short by a kill has no newline after it: it and everything after it is ignored.
    if (bytes + Buffer.byteLength(line) + 1 > Buffer.byteLength(text)) break;
    try {
      entries.push(JSON.parse(line) as JournalEntry);
    } catch {
      break;
    }
    bytes += Buffer.byteLength(line) + 1;
  }
  return { entries, bytes };
}

/**
 * Runs a batch: reads the file row by row, validates each row, decides it and writes its letter
 * (on worker threads when the file is large), and writes summary.csv, errors.csv and
 * keputusan.jsonl in row order. Every row ends in exactly one place: a summary row with its
 * letter, or an error row. Letters are written atomically, and a journal in `--out` records each
 * finished row, so a killed run can be finished with `--resume` into the folder an uninterrupted
 * run would have written.
 */
export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const m = messagesFor(options.locale);
  const out = options.outDir;
  const profile = options.profile;

  const manifest: Manifest = {
    tool: 'pbi-jk batch',
    packageVersion: PACKAGE_VERSION,
    input: { name: basename(options.file), sha256: await fileSha256(options.file) },
    settings: {
      profile: profile.id,
      profileSha256: sha256Hex(new TextEncoder().encode(JSON.stringify(options.profileRef))),
      asOf: options.asOf ?? null,
      date: options.date ?? null,
      signatory: options.signatory ?? null,
      kind: options.kind ?? null,
      startNumber: options.startNumber,
      locale: options.locale,
      sheet: options.sheet ?? null,
      templates: options.templateHashes ?? {},
    },
  };

  let journal: JournalEntry[] = [];
  if (options.mode === 'resume') {
    const file = join(out, RUN_FILES.manifest);
    if (!existsSync(file)) throw new UsageError(m.resumeNothing(out));
    const before = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (before.input?.sha256 !== manifest.input.sha256) throw new InputError(m.resumeOtherInput);
    if (JSON.stringify(before.settings) !== JSON.stringify(manifest.settings))
      throw new UsageError(m.resumeOtherSettings);
    const read = readJournal(join(out, RUN_FILES.journal));
    journal = read.entries;
    truncateSync(join(out, RUN_FILES.journal), read.bytes);
  } else {
    if (holdsRun(out)) {
      if (options.mode !== 'overwrite') throw new UsageError(m.outHoldsRun(out));
      removeRun(out);
    }
    await mkdir(join(out, BATCH_DIRS.letters), { recursive: true });
    await writeAtomic(join(out, RUN_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  await mkdir(join(out, BATCH_DIRS.letters), { recursive: true });

  const headers = [
    `\uFEFF${csvLine(SUMMARY_HEADERS)}`,
    `\uFEFF${csvLine(ERROR_HEADERS)}`,
    '',
  ] as const;
  const last = journal[journal.length - 1];
  const fds = OUTPUTS.map((f, i) => {
    const path = join(out, f);
    if (!last || !existsSync(path)) {
      const fd = openSync(path, 'w');
      writeSync(fd, headers[i] as string);
      return fd;
    }
    truncateSync(path, last.sizes[i]);
    return openSync(path, 'a');
  });
  const sizes = OUTPUTS.map((f) => statSync(join(out, f)).size) as [number, number, number];
  const journalFd = openSync(join(out, RUN_FILES.journal), 'a');

  // Letters on disk that the journal does not vouch for (a killed run's last ones, temporary
  // files) are removed; those it lists are checked against their SHA-256.
  const listed = new Map(journal.filter((j) => j.letter).map((j) => [j.letter as string, j]));
  const redo = new Set<number>();
  if (options.mode === 'resume') {
    for (const f of readdirSync(join(out, BATCH_DIRS.letters))) {
      if (!listed.has(`${BATCH_DIRS.letters}/${f}`))
        rmSync(join(out, BATCH_DIRS.letters, f), { force: true });
    }
    for (const [file, j] of listed) {
      const path = join(out, file);
      if (!existsSync(path) || nodeSha256Hex(readFileSync(path)) !== j.sha256) redo.add(j.seq);
    }
  }

  const settings: BatchJobSettings = {
    outDir: out,
    profile: options.profileRef,
    locale: options.locale,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.signatory ? { signatory: options.signatory } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
  };
  const count = options.pool ? options.pool.size : workerCount(options.file, options.workers);
  const pool = options.pool ?? (count > 0 ? new WorkerPool(count) : undefined);
  pool?.start(settings, m.workerDied);
  const workers = pool?.size ?? 0;
  const executor = pool ? onWorkers(pool) : inThread(settings);
  const limit = Math.max(1, workers) * IN_FLIGHT_PER_WORKER;

  const report: BatchReport = {
    total: 0,
    valid: 0,
    invalid: 0,
    letters: 0,
    checksPending: 0,
    failed: [],
    outcomes: { eligible: 0, incomplete: 0, ineligible: 0 },
    workers,
    resumed: journal.length,
  };
  for (const j of journal) {
    report.total++;
    if (j.status === 'invalid') report.invalid++;
    else if (j.status === 'failed') report.failed.push(j.row);
    else {
      report.valid++;
      if (j.outcome) report.outcomes[j.outcome]++;
      if (j.status === 'letter') report.letters++;
      else report.checksPending++;
    }
  }

  const readOptions = {
    locale: options.locale,
    onUnknownColumns: options.onUnknownColumns ?? (() => {}),
    ...(options.onSource ? { onSource: options.onSource } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  };

  let bar: { increment(): void; stop(): void } | undefined;
  if (options.progress) {
    const total = await countRecords(options.file, options.format, readOptions);
    const { SingleBar, Presets } = (await import('cli-progress')).default;
    const b = new SingleBar(
      {
        format: ' {bar} {percentage}% | {value}/{total} | {eta_formatted}',
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    b.start(total, journal.length);
    bar = b;
  }

  // Rows finish out of order on the workers; they get their letter numbers, and are written,
  // in row order.
  type Done = {
    row: number;
    status: JournalEntry['status'];
    lines: string[];
    errorLines: string[];
    decisionLine?: string;
    outcome?: Outcome;
    letter?: string;
    sha256?: string;
  };
  const ready = new Map<number, Done>();
  /** No more writes to the output files (set on a signal, and before they are closed). */
  let stopped = false;
  let nextToWrite = journal.length;
  let serial = last ? last.serial : options.startNumber;
  /** The letter serial after each numbered row, journalled with it (deterministic). */
  const serialAfter = new Map<number, number>();
  /** Journalled letters that --resume found missing or altered and could not write again. */
  const redoFailures: string[] = [];

  // Rows ready in one go are written with one write per file, the journal last: a system call
  // costs more than a row's text here, and the journal still never names a row whose lines are
  // not in the files before it (a kill between the two only makes --resume redo those rows).
  const flush = () => {
    // Once the run stops (a signal, or its end) nothing more is written: rows still in flight
    // (stopping their workers answers them as failed) stay unjournalled for --resume.
    if (stopped) return;
    const texts: string[][] = [[], [], []];
    const journalLines: string[] = [];
    for (let d = ready.get(nextToWrite); d; d = ready.get(nextToWrite)) {
      ready.delete(nextToWrite);
      const parts = [d.lines.join(''), d.errorLines.join(''), d.decisionLine ?? ''];
      parts.forEach((text, i) => {
        if (!text) return;
        texts[i]?.push(text);
        sizes[i] = (sizes[i] ?? 0) + Buffer.byteLength(text, 'utf8');
      });
      const entry: JournalEntry = {
        seq: nextToWrite,
        row: d.row,
        sizes: [sizes[0], sizes[1], sizes[2]],
        serial: serialAfter.get(nextToWrite) ?? serial,
        status: d.status,
        ...(d.outcome ? { outcome: d.outcome } : {}),
        ...(d.letter ? { letter: d.letter, sha256: d.sha256 as string } : {}),
      };
      journalLines.push(`${JSON.stringify(entry)}\n`);
      serialAfter.delete(nextToWrite);
      nextToWrite++;
      bar?.increment();
    }
    texts.forEach((group, i) => {
      if (group.length) writeAll(fds[i] as number, group.join(''));
    });
    if (journalLines.length) writeAll(journalFd, journalLines.join(''));
  };

  const invalidRow = (row: number, candidate: unknown, issues: RowIssue[], flat: boolean): Done => {
    report.invalid++;
    const who = summaryName(candidate);
    return {
      row,
      status: 'invalid',
      errorLines: issues.map((i) =>
        csvLine([
          row,
          i.path[0]?.startsWith('@')
            ? i.path[0].slice(1)
            : flat
              ? columnForPath(i.path)
              : i.path.join('.') || '(baris)',
          maskIdentifiersIn(i.message),
        ]),
      ),
      lines: [csvLine([row, who.nik, who.name, who.service, 'invalid', '', '', '', '', ''])],
    };
  };
  const failedRow = (row: number, candidate: unknown, issues: RowIssue[]): Done => {
    report.failed.push(row);
    const who = summaryName(candidate);
    return {
      row,
      status: 'failed',
      errorLines: issues.map((i) =>
        csvLine([row, '(baris)', `${m.internalRow} ${maskIdentifiersIn(i.message)}`]),
      ),
      lines: [csvLine([row, who.nik, who.name, who.service, 'failed', '', '', '', '', ''])],
    };
  };

  // Numbering stage: decided rows wait here until every row before them is decided.
  type Decided = {
    seq: number;
    row: number;
    input: CaseInput;
    slot: number;
    result: DecideResult;
    flat: boolean;
    onlyLetter: boolean;
    resolve: () => void;
  };
  const decided = new Map<number, Decided | 'skip'>();
  let nextToNumber = journal.length;
  const redoNumbers = new Map(journal.map((j) => [j.seq, j]));

  const finish = async (d: Decided, number: string | undefined) => {
    const { row, input, result } = d;
    try {
      const date = options.date ?? input.receivedOn;
      const base = `${String(row).padStart(5, '0')}-${slug(input.applicant.name)}`;
      if (d.onlyLetter) {
        if (!result.ok || number === undefined) return;
        const r = await executor.render(d.slot, { seq: d.seq, date, base, number });
        // The journal already names this letter: a run that cannot write it again fails loudly.
        if (!r.ok || !r.letterFile)
          redoFailures.push(r.ok ? m.internalRow : `${m.internalRow} ${r.issues[0]?.message}`);
        return;
      }
      if (!result.ok) {
        if (result.internal) ready.set(d.seq, failedRow(row, input, result.issues));
        else {
          report.valid--;
          ready.set(d.seq, invalidRow(row, input, result.issues, d.flat));
        }
        return;
      }
      const r = await executor.render(d.slot, {
        seq: d.seq,
        date,
        base,
        ...(number !== undefined && !result.checksPending ? { number } : {}),
      });
      if (!r.ok) {
        if (r.internal) ready.set(d.seq, failedRow(row, input, r.issues));
        else {
          report.valid--;
          ready.set(d.seq, invalidRow(row, input, r.issues, d.flat));
        }
        return;
      }
      report.outcomes[result.outcome]++;
      // The letter is already in place (the thread that rendered it wrote it atomically).
      const letterFile = r.letterFile;
      if (letterFile) report.letters++;
      else report.checksPending++;
      ready.set(d.seq, {
        row,
        status: letterFile ? 'letter' : 'pending',
        outcome: result.outcome,
        ...(letterFile ? { letter: letterFile, sha256: r.letterSha256 as string } : {}),
        errorLines: [],
        decisionLine: `{"row":${row},"letterFile":${letterFile ? JSON.stringify(letterFile) : 'null'},"decision":${r.decisionJson}}\n`,
        lines: [
          csvLine([
            row,
            maskId(input.applicant.nik),
            input.applicant.name,
            input.service,
            result.outcome,
            result.reasons.join(';'),
            letterFile ? (number ?? '') : '',
            letterFile ?? '',
            BATCH_DIRS.decisions,
            letterFile ? '' : m.checksPendingNote,
          ]),
        ],
      });
    } finally {
      if (!d.onlyLetter) flush();
      d.resolve();
    }
  };

  const advanceNumbering = () => {
    for (let d = decided.get(nextToNumber); d; d = decided.get(nextToNumber)) {
      decided.delete(nextToNumber);
      const seqNow = nextToNumber;
      nextToNumber++;
      if (d === 'skip') {
        serialAfter.set(seqNow, serial);
        continue;
      }
      let number: string | undefined;
      if (d.result.ok && !d.result.checksPending) {
        const date = options.date ?? d.input.receivedOn;
        number = formatLetterNumber(profile.letterNumberPattern, serial++, date);
      }
      serialAfter.set(seqNow, serial);
      void finish(d, number);
    }
  };

  const lettersDir = join(out, BATCH_DIRS.letters);
  const removeTempLetters = () => {
    for (const f of readdirSync(lettersDir))
      if (isAtomicTempName(f)) rmSync(join(lettersDir, f), { force: true });
  };

  const inFlight = new Set<Promise<void>>();
  let seq = 0;
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    stopped = true;
    bar?.stop();
    // Stop the threads that write letters, then remove every temporary file (a letter not yet
    // renamed into place), so nothing half-written stays behind; the journal says which rows
    // are done.
    const exit = () => {
      removeTempLetters();
      process.stderr.write(`\n${m.interrupted(out)}\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    const cap = setTimeout(exit, 3000);
    void executor.close().then(() => {
      clearTimeout(cap);
      exit();
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    for await (const record of readBatch(options.file, options.format, readOptions)) {
      if (interrupted) await new Promise(() => {});
      const mySeq = seq++;
      const done = mySeq < journal.length;
      if (done && !redo.has(mySeq)) continue;
      if (!done) report.total++;
      const checked = check(record, options.locale);
      if (!checked.ok) {
        if (done) continue;
        ready.set(
          mySeq,
          invalidRow(
            record.row,
            'candidate' in record ? record.candidate : undefined,
            checked.issues,
            'flat' in record && record.flat,
          ),
        );
        decided.set(mySeq, 'skip');
        advanceNumbering();
        flush();
        continue;
      }
      if (!done) report.valid++;
      const flat = 'flat' in record && record.flat;
      const task = new Promise<void>((resolve) => {
        void executor.decide(mySeq, checked.input).then(({ result, slot }) => {
          const d: Decided = {
            seq: mySeq,
            row: record.row,
            input: checked.input,
            slot,
            result,
            flat,
            onlyLetter: done,
            resolve,
          };
          if (done) {
            // A journalled letter that is missing or altered on disk is written again, with
            // the number it was given.
            const j = redoNumbers.get(mySeq);
            const date = options.date ?? checked.input.receivedOn;
            const number = j
              ? formatLetterNumber(profile.letterNumberPattern, j.serial - 1, date)
              : undefined;
            void finish(d, number);
            return;
          }
          decided.set(mySeq, d);
          advanceNumbering();
        });
      });
      const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (redoFailures.length) throw new Error(redoFailures[0]);
  } finally {
    if (!interrupted) {
      flush();
      stopped = true;
      bar?.stop();
      for (const fd of [...fds, journalFd]) {
        fsyncSync(fd);
        closeSync(fd);
      }
      await executor.close();
      // A worker that died in the middle of a write leaves its temporary file.
      removeTempLetters();
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  }
  return report;
}

function check(
  record: BatchRecord,
  locale: Locale,
): { ok: true; input: CaseInput } | { ok: false; issues: RowIssue[] } {
  if ('unreadable' in record) {
    return { ok: false, issues: [{ path: ['(json)'], message: record.unreadable }] };
  }
  const refused = new Set(record.problems.map((p) => p.column));
  const issues: RowIssue[] = record.problems.map((p) => ({
    path: [`@${p.column}`],
    message: p.message,
  }));
  const parsed = CaseInput.safeParse(record.candidate);
  if (!parsed.success) {
    const error = new ValidationError(toIssueDrafts(parsed.error.issues, record.candidate), locale);
    for (const i of error.issues) {
      // A refused cell was left out of the case: "required" for it says nothing new.
      if (record.flat && refused.has(columnForPath(i.path))) continue;
      issues.push({ path: [...i.path], message: i.message });
    }
  } else if (nameLooksLikeNumber(parsed.data.applicant.name)) {
    issues.push({ path: ['applicant', 'name'], message: nameIsNumberMessage(locale) });
  }
  if (issues.length || !parsed.success) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}
