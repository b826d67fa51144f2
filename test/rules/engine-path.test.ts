import { describe, expect, it } from 'vitest';
import { JSONPath, noPath } from '../../src/rules/no-jsonpath';
import { RULES } from '../../src/rules/ruleset';

/** Every object in a rule condition, depth first. */
function* nodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}

// The build replaces jsonpath-plus with src/rules/no-jsonpath.ts (tsup.config.ts): sound only
// while no condition asks the engine to follow a `path`.
describe('json-rules-engine without jsonpath-plus', () => {
  it('no rule condition has a `path`', () => {
    const withPath = RULES.filter((r) => [...nodes(r.when)].some((n) => 'path' in n));
    expect(withPath.map((r) => r.id)).toEqual([]);
  });

  it('the stand-in and the resolver refuse a path instead of returning nothing', () => {
    expect(() => noPath()).toThrow(/path/);
    expect(() => JSONPath()).toThrow(/path/);
  });
});
