/**
 * What `pbi-jk` loads at start-up (issue 12): `--help` and every command's `--help` load commander
 * and the option lists only, `evaluate` loads the rules but no Word, spreadsheet or worker code.
 * The timing itself is measured by bench/startup.mjs, never here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LETTER_KINDS as CLI_LETTER_KINDS } from '../../src/cli/letter-kinds';
import { CLI_PROFILE_IDS } from '../../src/cli/profile-ids';
import { PROFILE_IDS } from '../../src/profiles/index';
import { LetterKind } from '../../src/schemas/profile';
import { CASES, CLI, ROOT } from './helpers';

// A module hook that prints every module Node loads (one URL a line, on stderr).
const TRACE = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(
  'export async function load(url, context, next) { process._rawDebug("LOAD " + url); return next(url, context); }'
));`,
)}`;

/** The files (ESM and the CommonJS they import) that `node dist/cli.js …args` loads. */
function loaded(args: readonly string[]): { files: string[]; code: number | null } {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npx tsup` (npm test builds it)');
  const r = spawnSync(process.execPath, ['--import', TRACE, CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  const files = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOAD file:'))
    .map((l) => fileURLToPath(l.slice('LOAD '.length)));
  return { files: [...new Set(files)], code: r.status };
}

/** Names that only the code of a heavy part carries (class and function names survive the build). */
const MARKERS = {
  zod: 'ZodType',
  rules: 'RuleResult',
  letters: 'prepareLetter',
  spreadsheet: 'readXlsx',
  workers: 'worker_threads',
} as const;

function partsIn(files: readonly string[]): string[] {
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  return Object.entries(MARKERS)
    .filter(([, marker]) => text.includes(marker))
    .map(([part]) => part);
}

describe('start-up', () => {
  it('the option lists of the CLI are the library lists', () => {
    // The same members (the CLI lists them in its own order in --help).
    expect([...CLI_PROFILE_IDS].sort()).toEqual([...PROFILE_IDS].sort());
    expect([...CLI_LETTER_KINDS].sort()).toEqual([...LetterKind.options].sort());
  });

  it('every marker names code the CLI build really carries', () => {
    // Otherwise the checks below could not fail.
    const dir = dirname(CLI);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dir, f));
    expect(partsIn(files).sort()).toEqual(Object.keys(MARKERS).sort());
  });

  it.each([
    [['--help']],
    [['evaluate', '--help']],
    [['letter', '--help']],
    [['batch', '--help']],
    [['rules', '--help']],
    [['template', 'export', '--help']],
    [['verify', '--help']],
    [['desk', '--help']],
    [['demo', '--help']],
  ])('pbi-jk %s loads no rules, schemas, letters, spreadsheet reader or workers', (args) => {
    const run = loaded(args);
    expect(run.code).toBe(0);
    expect(run.files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(partsIn(run.files)).toEqual([]);
  });

  it('pbi-jk evaluate loads the rules but no letters, spreadsheet reader or workers', () => {
    const run = loaded([
      'evaluate',
      `${CASES}/magetan/01-reaktivasi-memenuhi-syarat.json`,
      '--profile',
      'magetan',
    ]);
    expect(run.code).toBe(0);
    expect(run.files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(partsIn(run.files).sort()).toEqual(['rules', 'zod']);
  });
});
