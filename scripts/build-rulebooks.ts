/**
 * Generates the rule books under docs/rulebooks: `<profile>.<id|en>.md` and `.docx` for every
 * built-in profile at a fixed reference date, after regenerating the worked examples
 * (src/rulebook/examples.generated.ts) from the rule test tables. test/rulebook fails when
 * either is stale.
 *
 * Run: npx tsx scripts/build-rulebooks.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../src/i18n/locale';
import { PROFILE_IDS, type ProfileId } from '../src/profiles/index';
import { writeExamplesModule } from './build-examples';

/** The reference date of the generated rule books (fixed, so the files change only with the data). */
export const RULEBOOKS_AS_OF = '2026-03-01';

/** Where the generated rule books live. */
export const RULEBOOKS_DIR = fileURLToPath(new URL('../docs/rulebooks', import.meta.url));

/** The file name of one generated rule book. */
export const rulebookFile = (profile: ProfileId, locale: Locale, format: 'md' | 'docx' = 'md') =>
  `${profile}.${locale}.${format}`;

/** Renders every generated rule book, Markdown and .docx: file name → text or bytes. */
export async function buildRulebooks(): Promise<Record<string, string | Uint8Array>> {
  // Imported late so that a freshly written examples module is the one rendered.
  const { renderRuleBook } = await import('../src/rulebook/render-rule-book');
  const out: Record<string, string | Uint8Array> = {};
  for (const profile of PROFILE_IDS) {
    for (const locale of LOCALES) {
      const options = { profile, locale, asOf: RULEBOOKS_AS_OF } as const;
      out[rulebookFile(profile, locale)] = await renderRuleBook({ ...options, format: 'md' });
      out[rulebookFile(profile, locale, 'docx')] = await renderRuleBook({
        ...options,
        format: 'docx',
      });
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeExamplesModule();
  mkdirSync(RULEBOOKS_DIR, { recursive: true });
  for (const [name, text] of Object.entries(await buildRulebooks())) {
    writeFileSync(join(RULEBOOKS_DIR, name), text);
  }
  console.log(`wrote src/rulebook/examples.generated.ts and ${RULEBOOKS_DIR}`);
}
