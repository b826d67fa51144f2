import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import { PROFILE_IDS } from '../../src/profiles/index';
import { CaseInput } from '../../src/schemas/case-input';
import { Decision } from '../../src/schemas/decision';
import { pendaftaran, pengalihan, reaktivasi } from '../rules/fixtures';

/** Fixed seeds so a failure can be replayed; change them on purpose to explore further. */
const RUNS = { numRuns: 300 } as const;
const seeded = (seed: number) => ({ ...RUNS, seed });

const REGIONS = ['33.03', '35.20', '12.72', '73.02', '32.05', '33.04'] as const;
const BUILDERS = { reaktivasi, pendaftaran, pengalihan } as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A valid fixture case of any service in any region. */
const fixtureCase = fc
  .tuple(
    fc.constantFrom(...(Object.keys(BUILDERS) as (keyof typeof BUILDERS)[])),
    fc.constantFrom(...REGIONS),
  )
  .map(([service, region]) => BUILDERS[service](region) as unknown as Json);

/** Values an attacker or a broken form might put anywhere. */
const hostile: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(''),
  fc.constant('x'.repeat(5000)),
  fc.constant('Siti\u0000\u0007\uFFFE'),
  fc.constant('{nama} <w:t>&amp;</w:t>'),
  fc.constant('3303014508900001'),
  fc.constant('3303 0145 0890 0001'),
  fc.constant('2026-02-30'),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as Json),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Json),
  fc.constant([] as Json),
  fc.constant([null, 1, 'ktp'] as Json),
  fc.constant({} as Json),
  fc.string({ maxLength: 30 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Every path to a value inside a JSON value (objects and arrays), the root excluded. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return keys.flatMap((k) => {
    const child = (value as Record<string | number, Json>)[k] as Json;
    return [[...prefix, k], ...paths(child, [...prefix, k])];
  });
}

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'add-key'; pick: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: hostile }),
  fc.record({
    op: fc.constant('add-key' as const),
    pick: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'catatan', '3303014508900001'),
    value: hostile,
  }),
);

/** Sets an own property even for `__proto__` (never touching a prototype). */
function setOwn(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Applies mutations to a deep copy of `base`; `pick` chooses a path modulo the paths there are.
 * Inserted values are copied too: fast-check shares constants between runs.
 */
function mutate(base: Json, mutations: readonly Mutation[]): Json {
  let root = structuredClone(base);
  for (const m of mutations) {
    const all = paths(root);
    if (m.op === 'add-key') {
      const objects = [[], ...all].filter((p) => {
        const v = get(root, p);
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      });
      const target = objects[m.pick % objects.length] ?? [];
      setOwn(get(root, target) as object, m.key, structuredClone(m.value));
      continue;
    }
    if (all.length === 0) {
      if (m.op === 'replace') root = structuredClone(m.value);
      continue;
    }
    const path = all[m.pick % all.length] ?? [];
    const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
    const key = path[path.length - 1] as string | number;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else setOwn(parent, key, structuredClone(m.value));
  }
  return root;
}

function get(root: Json, path: readonly (string | number)[]): Json {
  let cur: Json = root;
  for (const k of path) cur = (cur as Record<string | number, Json>)[k] as Json;
  return cur;
}

/** The identifiers of every fixture case (every region's NIK and KK). */
const SECRETS = REGIONS.flatMap((r) => {
  const a = reaktivasi(r).applicant;
  return [a.nik, a.kk];
}).concat(['3303014508900001']);

/** Evaluates and says what came back: a valid Decision, or a ValidationError; anything else fails. */
async function outcomeOf(input: unknown, options: unknown) {
  try {
    const d = await evaluate(input, options as never);
    expect(Decision.safeParse(d).success).toBe(true);
    return { ok: true as const, decision: d };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    expect(e.issues.length).toBeGreaterThan(0);
    return { ok: false as const, error: e };
  }
}

function expectNoSecrets(e: ValidationError) {
  const texts = [e.message, e.stack ?? '', JSON.stringify(e.issues)];
  for (const secret of SECRETS) for (const t of texts) expect(t).not.toContain(secret);
}

const options = fc.record(
  {
    profile: fc.oneof(
      fc.constantFrom(...PROFILE_IDS),
      fc.constant('sragen'),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    locale: fc.oneof(fc.constantFrom('id', 'en'), fc.jsonValue({ maxDepth: 0 })),
    asOf: fc.oneof(
      fc.constantFrom('2019-12-31', '2020-01-01', '2026-01-31', '2026-02-01', '2026-02-30'),
      fc.jsonValue({ maxDepth: 0 }),
    ),
  },
  { requiredKeys: [] },
);

describe('property: every input gives a Decision or a ValidationError', () => {
  it('(a) arbitrary JSON as the case, with arbitrary options', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), options, async (input, opts) => {
        await outcomeOf(input, opts);
      }),
      seeded(20260302),
    );
  });

  it('(a) arbitrary JavaScript values (no functions) as the case and as the options', async () => {
    const anything = fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withBoxedValues: true,
    });
    await fc.assert(
      fc.asyncProperty(anything, fc.oneof(options, anything), async (input, opts) => {
        await outcomeOf(input, opts);
      }),
      seeded(1990_08_05),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('(b) valid cases with fields deleted or replaced by hostile values never leak a NIK or KK', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixtureCase,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...PROFILE_IDS),
        fc.constantFrom('id', 'en'),
        async (base, mutations, profile, locale) => {
          const input = mutate(base, mutations);
          const r = await outcomeOf(input, { profile, locale });
          if (!r.ok) expectNoSecrets(r.error);
        },
      ),
      seeded(33_03),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('property: the locale changes the words, never the decision', () => {
  /** Valid variations: any profile, dates, registry answers, documents. */
  const validCase = fc
    .record({
      base: fixtureCase,
      receivedOn: fc.date({
        min: new Date('2020-06-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      deactivatedDaysBefore: fc.integer({ min: 0, max: 400 }),
      dtks: fc.option(fc.boolean(), { nil: undefined }),
      desil: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      needsCare: fc.option(fc.boolean(), { nil: undefined }),
      documents: fc.subarray([
        'ktp',
        'kia',
        'kk',
        'kartu-jkn',
        'sktm',
        'surat-keterangan-faskes',
        'surat-status-kepesertaan',
      ]),
      stamped: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((v) => {
      const c = structuredClone(v.base) as Record<string, Record<string, unknown>>;
      const receivedOn = v.receivedOn.toISOString().slice(0, 10);
      c.receivedOn = receivedOn as never;
      if (c.membership) {
        const d = new Date(v.receivedOn.getTime() - v.deactivatedDaysBefore * 86_400_000);
        c.membership.deactivatedOn = d.toISOString().slice(0, 10);
      }
      c.welfare = {
        ...(v.dtks !== undefined ? { dtks: v.dtks } : {}),
        ...(v.desil !== undefined ? { dtsen: { registered: true, desil: v.desil } } : {}),
      };
      c.health = v.needsCare !== undefined ? { needsCare: v.needsCare } : {};
      c.documents = [
        ...v.documents,
        ...(v.stamped !== undefined
          ? [{ kind: 'surat-pernyataan-tidak-mampu-bayar', stamped: v.stamped }]
          : []),
      ] as never;
      return c as unknown as Json;
    });

  it('(c) outcome, reason codes, missing documents and next steps are the same in id and en', async () => {
    await fc.assert(
      fc.asyncProperty(validCase, fc.constantFrom(...PROFILE_IDS), async (input, profile) => {
        expect(CaseInput.safeParse(input).success).toBe(true);
        const id = await evaluate(input, { profile, locale: 'id' });
        const en = await evaluate(input, { profile, locale: 'en' });
        const shape = (d: Decision) => ({
          outcome: d.outcome,
          regime: d.regime,
          reasons: d.reasons.map((r) => [r.code, r.kind, r.ruleId, r.params]),
          missingDocuments: d.missingDocuments,
          nextSteps: d.nextSteps.map((s) => s.code),
          passed: d.passed.map((p) => p.ruleId),
        });
        expect(shape(en)).toEqual(shape(id));
      }),
      seeded(2026_02_01),
    );
  });

  it('(c) invalid input gives the same paths and codes in id and en', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixtureCase,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (base, mutations) => {
          const input = mutate(base, mutations);
          const [id, en] = await Promise.all([
            outcomeOf(input, { profile: 'nasional', locale: 'id' }),
            outcomeOf(input, { profile: 'nasional', locale: 'en' }),
          ]);
          expect(en.ok).toBe(id.ok);
          if (!id.ok && !en.ok) {
            const shape = (e: ValidationError) => e.issues.map((i) => [i.path, i.code]);
            expect(shape(en.error)).toEqual(shape(id.error));
          } else if (id.ok && en.ok) {
            expect(en.decision.reasons.map((r) => r.code)).toEqual(
              id.decision.reasons.map((r) => r.code),
            );
          }
        },
      ),
      seeded(2019_12_31),
    );
  });
});

describe('property: CaseInput.safeParse never throws', () => {
  it('(d) for arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (v) => {
        const r = CaseInput.safeParse(v);
        expect(typeof r.success).toBe('boolean');
      }),
      seeded(42),
    );
  });

  it('(d) for mutated valid cases', () => {
    fc.assert(
      fc.property(fixtureCase, fc.array(mutation, { minLength: 1, maxLength: 5 }), (base, ms) => {
        const r = CaseInput.safeParse(mutate(base, ms));
        expect(typeof r.success).toBe('boolean');
      }),
      seeded(7),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
