import { type Command, Option } from 'commander';
import { ValidationError } from '../../errors/validation-error';
import { LOCALES, type Locale } from '../../i18n/locale';
import { maskIdentifiersIn } from '../../identifiers/mask';
import type { ProfileId } from '../../profiles/index';
import type { Profile } from '../../schemas/profile';
import { InputError, UsageError } from '../errors';
import { messagesFor } from '../messages';
import { CLI_PROFILE_IDS as PROFILE_IDS } from '../profile-ids';

/** Exit codes of pbi-jk: success, invalid input, wrong usage, internal failure. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 3 } as const;

let quiet = false;

/** `--quiet`, on the program: silences everything but errors. */
export function quietOption(): Option {
  return new Option('-q, --quiet', 'print nothing but errors / hanya cetak kesalahan');
}

/** Reads `--quiet` before each command runs (it may be given before or after the command). */
export function watchQuiet(program: Command): void {
  program.hook('preAction', (_program, action) => {
    quiet = action.optsWithGlobals().quiet === true;
  });
}

/** Whether `--quiet` was given. */
export function isQuiet(): boolean {
  return quiet;
}

/** Prints a status line to stdout, unless `--quiet`. */
export function say(text: string): void {
  if (!quiet) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Prints a warning to stderr (masked), unless `--quiet`. */
export function warn(text: string): void {
  if (!quiet) printError(text);
}

/** `--locale id|en`, on every command. */
export function localeOption(): Option {
  return new Option(
    '--locale <locale>',
    'language of messages and documents / bahasa pesan dan dokumen',
  )
    .choices(LOCALES)
    .default('id');
}

/** `--profile <id>`, one of the built-in profiles (alone: mandatory unless `required` is false). */
export function profileOption(required = true): Option {
  const o = new Option('--profile <id>', 'office profile / profil kantor').choices(PROFILE_IDS);
  return required ? o.makeOptionMandatory() : o;
}

/**
 * Adds `--profile <id>` and `--profile-file <kantor.json>` to a command; read them with
 * {@link resolveProfileOptions}, which requires exactly one.
 */
export function addProfileOptions(command: Command): Command {
  return command.addOption(profileOption(false)).addOption(profileFileOption());
}

/** `--profile-file kantor.json`: `{ "base": "<profile id>", "overrides": { … } }`. */
export function profileFileOption(): Option {
  return new Option(
    '--profile-file <kantor.json>',
    "another office's profile: { base, overrides } as for defineProfile / profil kantor lain",
  ).conflicts('profile');
}

/** The options `--profile` and `--profile-file` set. */
export type ProfileOptions = { profile?: ProfileId; profileFile?: string };

/** A profile from the command line: a built-in id, or a whole profile from `--profile-file`. */
export type CliProfile = { ref: ProfileId | Profile; profile: Profile };

/**
 * Resolves `--profile` or `--profile-file` (exactly one is required: a {@link UsageError}
 * otherwise). A profile file is `{ "base": "<id>", "overrides": { … } }`, validated as
 * `defineProfile` validates; a logo given as a string is a path relative to that file, read into
 * bytes. Loads the profiles (and their schemas) only when a command runs.
 */
export async function resolveProfileOptions(
  o: ProfileOptions,
  locale: Locale,
): Promise<CliProfile> {
  return (await import('../profile-options')).resolveProfileOptions(o, locale);
}

/**
 * For a command that validates one case: turns zod's JIT off, before any schema is loaded (zod
 * reads the setting when a schema is built). The JIT compiles a parser per object schema with
 * `new Function` on its first use, which pays only over many parses: for one case it cost ~25 ms
 * of `pbi-jk evaluate`'s start-up. Results are the same: it is zod's own path wherever eval is
 * not allowed. Used by `letter`; `evaluate`'s action bundle does the same as it loads
 * (actions/evaluate.ts); `batch`, which parses thousands of rows, keeps the JIT.
 */
export async function parseOnlyOnce(): Promise<void> {
  // A module of its own, so that the bundle keeps only zod's `config`, not all of zod's exports.
  (await import('../zod-jitless')).zodJitless();
}

/** `--as-of <YYYY-MM-DD>`: the date at which the law is applied (default: the case's receivedOn). */
export function asOfOption(): Option {
  return new Option('--as-of <date>', 'date the law is applied, YYYY-MM-DD (default: receivedOn)');
}

/** Writes a line to stderr with every long digit run masked. */
export function printError(text: string): void {
  process.stderr.write(`${maskIdentifiersIn(text)}\n`);
}

/** Prints a ValidationError as one `path: message` line per issue (already masked). */
export function printValidationError(e: ValidationError, locale: Locale): void {
  const m = messagesFor(locale);
  const lines = [`${m.invalidInput}:`];
  for (const i of e.issues)
    lines.push(`  ${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`);
  printError(lines.join('\n'));
}

/**
 * Runs a command's body and turns what it throws into an exit code and a masked message:
 * invalid input → 1, wrong usage → 2, anything else → 3 (an internal failure, never blamed on the
 * user). Nothing is ever printed with a full NIK or KK.
 */
export async function runAction(locale: Locale, body: () => Promise<void>): Promise<void> {
  const m = messagesFor(locale);
  try {
    await body();
  } catch (e) {
    if (e instanceof ValidationError || (e as Error)?.name === 'ValidationError') {
      printValidationError(e as ValidationError, locale);
      process.exitCode = EXIT.invalidInput;
    } else if (e instanceof InputError || (e as Error)?.name === 'InputError') {
      // By name too: a command's action may be a bundle of its own, with its own copy of the class.
      printError(`pbi-jk: ${(e as Error).message}`);
      process.exitCode = EXIT.invalidInput;
    } else if (e instanceof UsageError || (e as Error)?.name === 'UsageError') {
      printError(`error: ${(e as Error).message}`);
      process.exitCode = EXIT.usage;
    } else {
      // Not the user's fault: say so, and exit 3.
      printError(`pbi-jk: ${m.internal(String((e as Error)?.message ?? e))}`);
      process.exitCode = EXIT.internal;
    }
  }
}

/** Help text listing examples, shown after the options. */
export function examples(lines: readonly string[]): string {
  return `\nExamples / Contoh:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
