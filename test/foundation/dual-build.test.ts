/**
 * The ESM and CommonJS builds an app may both load (SPEC §1, §6): a ValidationError thrown by one
 * is recognised by the other's ValidationError.is, and the subpath entries share the root's
 * classes. Drives dist/ (npm test builds it first).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const built = ['index.js', 'index.cjs', 'rules.js', 'rules.cjs'].every((f) =>
  existsSync(join(DIST, f)),
);
if (!built) console.warn('dual-build tests skipped: dist/ is not built (run `npx tsup`)');

type Build = {
  evaluate: (input: unknown, options: unknown) => Promise<unknown>;
  validateCase: (input: unknown) => unknown[];
  ValidationError: { new (...args: never[]): Error; is(e: unknown): boolean };
};

async function rejection(build: Build): Promise<unknown> {
  try {
    await build.evaluate(null, { profile: 'magetan' });
  } catch (e) {
    return e;
  }
  throw new Error('evaluate(null) did not reject');
}

describe.skipIf(!built)('the ESM and CommonJS builds', () => {
  const require = createRequire(import.meta.url);
  const load = async () => ({
    esm: (await import(pathToFileURL(join(DIST, 'index.js')).href)) as Build,
    cjs: require(join(DIST, 'index.cjs')) as Build,
    esmRules: (await import(pathToFileURL(join(DIST, 'rules.js')).href)) as Build,
    cjsRules: require(join(DIST, 'rules.cjs')) as Build,
  });

  it('are two classes, so instanceof fails across them, but ValidationError.is recognises both', async () => {
    const { esm, cjs } = await load();
    expect(esm.ValidationError).not.toBe(cjs.ValidationError);
    const fromEsm = await rejection(esm);
    const fromCjs = await rejection(cjs);
    expect(fromCjs instanceof esm.ValidationError).toBe(false);
    expect(fromEsm instanceof cjs.ValidationError).toBe(false);
    for (const build of [esm, cjs]) {
      expect(build.ValidationError.is(fromEsm)).toBe(true);
      expect(build.ValidationError.is(fromCjs)).toBe(true);
      expect(build.ValidationError.is(new Error('not ours'))).toBe(false);
    }
  });

  it('share one ValidationError between the root and pbi-jk/rules within each build', async () => {
    const { esm, cjs, esmRules, cjsRules } = await load();
    expect(esmRules.ValidationError).toBe(esm.ValidationError);
    expect(cjsRules.ValidationError).toBe(cjs.ValidationError);
    expect(await rejection(esmRules)).toBeInstanceOf(esm.ValidationError);
  });

  it('give the same issues from validateCase in both builds', async () => {
    const { esm, cjs } = await load();
    const input = { service: 'reaktivasi', documents: ['paspor'] };
    expect(cjs.validateCase(input)).toEqual(esm.validateCase(input));
    expect(esm.validateCase(input).length).toBeGreaterThan(0);
  });
});
