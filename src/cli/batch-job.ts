import { join } from 'node:path';
import { ValidationError } from '../errors/validation-error';
import { evaluateParsed } from '../evaluate';
import type { Locale } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';
import { renderBoundLetter } from '../letters/render-letter';
import type { ProfileId } from '../profiles/index';
import type { CaseInput } from '../schemas/case-input';
import type { Decision, Outcome } from '../schemas/decision';
import type { LetterKind, Profile } from '../schemas/profile';
import { writeAtomic } from './io';
import { messagesFor } from './messages';
import { nodeSha256Hex } from './node-sha256';

/** Settings shared by every case of one batch run (sent once to each worker). */
export type BatchJobSettings = {
  /** A built-in id, or a whole profile (from `--profile-file`, or with `--template`s merged in). */
  profile: ProfileId | Profile;
  locale: Locale;
  asOf?: string;
  signatory?: string;
  kind?: LetterKind;
  /** `--out`: each letter is written there (atomically) by the thread that renders it. */
  outDir: string;
};

/** A problem that stopped one row, already masked. */
export type RowIssue = { path: string[]; message: string };

/**
 * Phase 1 of a row: decide it. The decision stays with whoever decided it, keyed by `seq`.
 * `input` is the row as the `CaseInput` schema parsed it on the main thread; it is not parsed again.
 */
export type DecideJob = { seq: number; input: CaseInput };
/** What deciding gave: the outcome and reason codes, or the problems that stopped it. */
export type DecideResult =
  | {
      ok: true;
      outcome: Outcome;
      reasons: string[];
      /** Incomplete only because the office's own checks are pending: no letter (SPEC §3). */
      checksPending: boolean;
    }
  | { ok: false; issues: RowIssue[]; internal?: boolean };

/** Phase 2 of a row: write its letter with the number it was given in row order. */
export type RenderJob = {
  seq: number;
  /** `undefined`: no letter (checks pending); only the decision is handed back. */
  number?: string;
  date: string;
  /** File name without extension, e.g. `00002-siti-aminah`. */
  base: string;
};
/** The decision as one JSON line and, when there is one, the letter written and its SHA-256. */
export type RenderResult =
  | {
      ok: true;
      decisionJson: string;
      /** SHA-256 of the letter as written (what `--resume` checks it against). */
      letterSha256?: string;
      /** The letter, relative to `--out`: written and renamed into place before this result. */
      letterFile?: string;
      /** The library refused the letter because the office's checks are pending. */
      checksPending?: boolean;
    }
  | { ok: false; issues: RowIssue[]; internal?: boolean };

/** One job of a chunk sent to a worker, with the id its result is sent back under. */
export type WorkerJob = { id: number; decide?: DecideJob; render?: RenderJob };
/** What the main thread sends a worker: first the run's settings, then chunks of jobs. */
export type WorkerMessage = { settings: BatchJobSettings } | WorkerJob[];
/** One result of a chunk, as a worker sends it back. */
export type WorkerResult = { id: number; result: DecideResult | RenderResult };

/** Where a batch writes, relative to `--out`: letters in a folder, decisions in one JSONL file. */
export const BATCH_DIRS = { decisions: 'keputusan.jsonl', letters: 'surat' } as const;

function isValidationError(e: unknown): e is ValidationError {
  return (
    e instanceof ValidationError ||
    (e instanceof Error &&
      e.name === 'ValidationError' &&
      Array.isArray((e as ValidationError).issues))
  );
}

function issuesOf(e: unknown): { issues: RowIssue[]; internal?: boolean } {
  if (isValidationError(e))
    return { issues: e.issues.map((i) => ({ path: [...i.path], message: i.message })) };
  return {
    issues: [{ path: [], message: maskIdentifiersIn(String((e as Error)?.message ?? e)) }],
    internal: true,
  };
}

/** Only an incomplete decision whose reasons are office checks, with no missing document. */
export function checksPendingOnly(decision: Decision): boolean {
  return (
    decision.outcome === 'incomplete' &&
    decision.reasons.some((r) => r.kind === 'check') &&
    !decision.reasons.some((r) => r.kind === 'document')
  );
}

/**
 * The two phases of a batch row, for one thread: decide (kept in memory by `seq`), then render
 * with the number the main thread gave in row order and write the letter. Never throws: problems
 * become results. The case was parsed once, on the main thread, and the decision made here from
 * that very value, so the letter is rendered from the bound pair without parsing either again.
 */
export class BatchJobRunner {
  readonly #held = new Map<number, { input: CaseInput; decision: Decision }>();

  constructor(readonly settings: BatchJobSettings) {}

  /** Decides one case and keeps the decision for {@link render}. */
  async decide(job: DecideJob): Promise<DecideResult> {
    try {
      const decision = await evaluateParsed(job.input, {
        profile: this.settings.profile,
        locale: this.settings.locale,
        ...(this.settings.asOf ? { asOf: this.settings.asOf } : {}),
      });
      this.#held.set(job.seq, { input: job.input, decision });
      return {
        ok: true,
        outcome: decision.outcome,
        reasons: decision.reasons.map((r) => r.code),
        checksPending: checksPendingOnly(decision),
      };
    } catch (e) {
      return { ok: false, ...issuesOf(e) };
    }
  }

  /** Renders the letter of a decided case (or only hands back its decision) and forgets it. */
  async render(job: RenderJob): Promise<RenderResult> {
    return (await this.startRender(job)).written;
  }

  /**
   * {@link render} in two steps: resolves once the letter is rendered and its write has begun,
   * with `written`, which resolves when the letter is in place. A worker renders the next row
   * while the disk catches up.
   */
  async startRender(job: RenderJob): Promise<{ written: Promise<RenderResult> }> {
    const done = (result: RenderResult) => ({ written: Promise.resolve(result) });
    const held = this.#held.get(job.seq);
    this.#held.delete(job.seq);
    if (!held)
      return done({
        ok: false,
        internal: true,
        issues: [{ path: [], message: 'case not decided' }],
      });
    const decisionJson = JSON.stringify(held.decision);
    if (job.number === undefined) return done({ ok: true, decisionJson, checksPending: true });
    let letter: Uint8Array;
    try {
      letter = await renderBoundLetter(
        { caseInput: held.input, decision: held.decision },
        {
          profile: this.settings.profile,
          locale: this.settings.locale,
          letter: {
            number: job.number,
            date: job.date,
            ...(this.settings.signatory ? { signatory: this.settings.signatory } : {}),
            ...(this.settings.kind ? { kind: this.settings.kind } : {}),
          },
        },
      );
    } catch (e) {
      if (isValidationError(e) && e.issues.some((i) => (i.code as string) === 'checks-pending'))
        return done({ ok: true, decisionJson, checksPending: true });
      return done({ ok: false, ...issuesOf(e) });
    }
    const letterFile = `${BATCH_DIRS.letters}/${job.base}.docx`;
    const letterSha256 = nodeSha256Hex(letter);
    const written = writeAtomic(join(this.settings.outDir, letterFile), letter).then(
      (): RenderResult => ({ ok: true, decisionJson, letterSha256, letterFile }),
      (e: unknown): RenderResult => {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        const message = messagesFor(this.settings.locale).letterNotWritten(code);
        return { ok: false, internal: true, issues: [{ path: [], message }] };
      },
    );
    return { written };
  }
}
