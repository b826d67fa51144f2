import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '../errors/validation-error';
import type { Locale } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';
import type { ProfileId } from '../profiles/index';
import type { CaseInput } from '../schemas/case-input';
import type { Outcome } from '../schemas/decision';
import type { LetterKind } from '../schemas/profile';
import { evaluate, renderLetter } from './api';

/** Settings shared by every case of one batch run (sent once to each worker). */
export type BatchJobSettings = {
  profile: ProfileId;
  locale: Locale;
  asOf?: string;
  signatory?: string;
  kind?: LetterKind;
  template?: Uint8Array;
  outDir: string;
};

/** One valid case to decide and write: its row, its letter number and date, its file name. */
export type BatchJob = {
  row: number;
  input: CaseInput;
  number: string;
  date: string;
  /** File name without extension, e.g. `00002-siti-aminah`. */
  base: string;
};

/**
 * What one case produced: the decision (as one JSON line) and the letter's bytes, or the
 * problems that stopped it. Nothing is written yet: the main thread writes, so two workers
 * never compete for the same folder.
 */
export type BatchJobResult =
  | {
      row: number;
      ok: true;
      outcome: Outcome;
      reasons: string[];
      /** The Decision as compact JSON (one line of keputusan.jsonl). */
      decisionJson: string;
      letter: Uint8Array;
      letterFile: string;
    }
  | { row: number; ok: false; issues: { path: string[]; message: string }[] };

/** Where a batch writes, relative to `--out`: letters in a folder, decisions in one JSONL file. */
export const BATCH_DIRS = { decisions: 'keputusan.jsonl', letters: 'surat' } as const;

/**
 * Decides one case and renders its letter. Never throws: a {@link ValidationError} (or
 * anything else) becomes a result with masked issues.
 */
export async function runBatchJob(
  job: BatchJob,
  settings: BatchJobSettings,
): Promise<BatchJobResult> {
  try {
    const decision = await evaluate(job.input, {
      profile: settings.profile,
      locale: settings.locale,
      ...(settings.asOf ? { asOf: settings.asOf } : {}),
    });
    const letter = await renderLetter({
      case: job.input,
      decision,
      profile: settings.profile,
      locale: settings.locale,
      letter: {
        number: job.number,
        date: job.date,
        ...(settings.signatory ? { signatory: settings.signatory } : {}),
        ...(settings.kind ? { kind: settings.kind } : {}),
        ...(settings.template ? { template: settings.template } : {}),
      },
    });
    return {
      row: job.row,
      ok: true,
      outcome: decision.outcome,
      reasons: decision.reasons.map((r) => r.code),
      decisionJson: JSON.stringify(decision),
      letter,
      letterFile: `${BATCH_DIRS.letters}/${job.base}.docx`,
    };
  } catch (e) {
    if (e instanceof ValidationError) {
      return {
        row: job.row,
        ok: false,
        issues: e.issues.map((i) => ({ path: [...i.path], message: i.message })),
      };
    }
    return {
      row: job.row,
      ok: false,
      issues: [{ path: [], message: maskIdentifiersIn(String((e as Error)?.message ?? e)) }],
    };
  }
}

/** Creates the output folders of a batch run. */
export async function prepareBatchDirs(outDir: string): Promise<void> {
  await mkdir(join(outDir, BATCH_DIRS.letters), { recursive: true });
}
