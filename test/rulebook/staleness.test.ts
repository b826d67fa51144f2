import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_MODULE, examplesModuleSource } from '../../scripts/build-examples';
import { buildRulebooks, RULEBOOKS_DIR } from '../../scripts/build-rulebooks';

const FIX = 'regenerate with: npx tsx scripts/build-rulebooks.ts';

describe('generated files are up to date', () => {
  it(`src/rulebook/examples.generated.ts matches the rule test tables (${FIX})`, async () => {
    expect(readFileSync(EXAMPLES_MODULE, 'utf8'), FIX).toBe(await examplesModuleSource());
  });

  it(`docs/rulebooks matches the rule data (${FIX})`, async () => {
    const books = await buildRulebooks();
    expect(readdirSync(RULEBOOKS_DIR).sort(), FIX).toEqual(Object.keys(books).sort());
    for (const [name, content] of Object.entries(books)) {
      if (typeof content === 'string') {
        expect(readFileSync(join(RULEBOOKS_DIR, name), 'utf8'), `${name} is stale; ${FIX}`).toBe(
          content,
        );
      } else {
        const same = Buffer.compare(readFileSync(join(RULEBOOKS_DIR, name)), Buffer.from(content));
        expect(same, `${name} is stale; ${FIX}`).toBe(0);
      }
    }
  });
});
