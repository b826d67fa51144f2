/**
 * Generates the shipped letter templates from their TypeScript source (src/templates):
 * `templates/<kind>.docx` for offices to download and restyle, and
 * `src/templates/generated.ts` (base64) so the core reads template bytes without Node built-ins.
 *
 * Run: `npx tsx scripts/build-templates.ts` (the build runs it before tsup). A test fails when
 * the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LETTER_KINDS } from '../src/letters/letter-kinds';
import { renderGeneratedModule } from '../src/templates/generated-module';
import { packAllTemplates } from '../src/templates/pack-template';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bytes = await packAllTemplates();

mkdirSync(join(root, 'templates'), { recursive: true });
for (const kind of LETTER_KINDS) {
  writeFileSync(join(root, 'templates', `${kind}.docx`), bytes[kind]);
}
writeFileSync(join(root, 'src/templates/generated.ts'), renderGeneratedModule(bytes));
console.log(`templates: wrote ${LETTER_KINDS.length} .docx files and src/templates/generated.ts`);
