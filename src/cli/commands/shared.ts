import { Option } from 'commander';
import { ValidationError } from '../../errors/validation-error';
import { LOCALES, type Locale } from '../../i18n/locale';
import { maskIdentifiersIn } from '../../identifiers/mask';
import { PROFILE_IDS } from '../../profiles/index';
import { InputError, UsageError } from '../errors';
import { messagesFor } from '../messages';

/** Exit codes of pbi-jk: success, invalid input, wrong usage. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

/** `--locale id|en`, on every command. */
export function localeOption(): Option {
  return new Option(
    '--locale <locale>',
    'language of messages and documents / bahasa pesan dan dokumen',
  )
    .choices(LOCALES)
    .default('id');
}

/** `--profile <id>`, one of the built-in profiles. */
export function profileOption(required = true): Option {
  const o = new Option('--profile <id>', 'office profile / profil kantor').choices(PROFILE_IDS);
  return required ? o.makeOptionMandatory() : o;
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
 * invalid input → 1, wrong usage → 2. Nothing is ever printed with a full NIK or KK.
 */
export async function runAction(locale: Locale, body: () => Promise<void>): Promise<void> {
  const m = messagesFor(locale);
  try {
    await body();
  } catch (e) {
    if (e instanceof ValidationError) {
      printValidationError(e, locale);
      process.exitCode = EXIT.invalidInput;
    } else if (e instanceof InputError) {
      printError(`pbi-jk: ${e.message}`);
      process.exitCode = EXIT.invalidInput;
    } else if (e instanceof UsageError) {
      printError(`error: ${e.message}`);
      process.exitCode = EXIT.usage;
    } else {
      printError(`pbi-jk: ${m.unexpected(String((e as Error)?.message ?? e))}`);
      process.exitCode = EXIT.invalidInput;
    }
  }
}

/** Help text listing examples, shown after the options. */
export function examples(lines: readonly string[]): string {
  return `\nExamples / Contoh:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
