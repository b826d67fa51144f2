import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { DocumentKind, Segment, Service } from '../../src/schemas/case-input';
import { CASE_FIELD_LABELS, DECISION_FIELD_LABELS } from '../../src/schemas/field-labels';
import { caseInputJsonSchema, decisionJsonSchema } from '../../src/schemas/json-schema';
import { validateCase } from '../../src/validate-case';
import { pendaftaran, reaktivasi } from '../rules/fixtures';
import { specExample } from './helpers';

type Node = {
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: unknown;
  enum?: unknown[];
  pattern?: string;
  items?: Node;
  anyOf?: Node[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  format?: string;
};

/** Follows a path of property names (and `[]` for array items, `|n` for the n-th anyOf branch). */
function at(schema: Node, path: string): Node {
  let node: Node | undefined = schema;
  for (const step of path.split('.').filter(Boolean)) {
    if (step === '[]') node = node?.items;
    else if (step.startsWith('|')) node = node?.anyOf?.[Number(step.slice(1))];
    else node = node?.properties?.[step];
    if (!node) throw new Error(`no schema at ${path} (step ${step})`);
  }
  return node;
}

const caseSchema = caseInputJsonSchema() as Node;
const decisionSchema = decisionJsonSchema() as Node;

describe('caseInputJsonSchema() describes CaseInput for other back offices', () => {
  it('is a draft 2020-12 JSON Schema that survives JSON round-tripping', () => {
    const text = JSON.stringify(caseInputJsonSchema());
    expect(JSON.parse(text)).toEqual(caseInputJsonSchema());
    expect(JSON.parse(text).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each([
    ['the case', '', ['service', 'receivedOn', 'applicant', 'documents']],
    ['the applicant', 'applicant', ['nik', 'kk', 'name', 'birthDate', 'sex', 'address']],
    [
      'the address',
      'applicant.address',
      ['street', 'rt', 'rw', 'village', 'district', 'regencyCode'],
    ],
    ['the membership', 'membership', ['segment', 'status']],
    ['a DTSEN entry', 'welfare.dtsen', ['registered']],
    ['a document object', 'documents.[].|1', ['kind']],
  ])('%s is an object with required fields and no additional properties', (_n, path, req) => {
    const node = at(caseSchema, path);
    expect(node.type).toBe('object');
    expect(node.required).toEqual(req);
    expect(node.additionalProperties).toBe(false);
  });

  it.each([
    ['welfare', 'welfare'],
    ['health', 'health'],
    ['verification', 'verification'],
  ])('%s is a closed object with every field optional', (_n, path) => {
    const node = at(caseSchema, path);
    expect(node.additionalProperties).toBe(false);
    expect(node.required ?? []).toEqual([]);
  });

  it.each([
    ['service', 'service', Service.options],
    ['sex', 'applicant.sex', ['L', 'P']],
    ['segment', 'membership.segment', Segment.options],
    ['status', 'membership.status', ['aktif', 'nonaktif']],
    ['a document given by name', 'documents.[].|0', DocumentKind.options],
    ['a document object kind', 'documents.[].|1.kind', DocumentKind.options],
    [
      'health condition',
      'health.condition',
      ['chronic', 'catastrophic', 'emergency', 'pregnancy', 'other'],
    ],
  ])('%s is an enum of the schema options', (_n, path, options) => {
    expect(at(caseSchema, path).enum).toEqual([...options]);
  });

  const patterns: [string, string, string[], string[]][] = [
    ['NIK', 'applicant.nik', ['3303014508900001'], ['330301450890000', '3303 0145 0890 0001']],
    ['KK', 'applicant.kk', ['3303010101090001'], ['33030101010900011']],
    ['JKN-KIS card number', 'membership.cardNumber', ['0001234567890'], ['000123456789']],
    ['region code', 'applicant.address.regencyCode', ['33.03', '12.72'], ['3303', '33.3']],
    ['received date', 'receivedOn', ['2026-03-02'], ['2026-3-2', '02-03-2026']],
    ['birth date', 'applicant.birthDate', ['1990-08-05'], ['1990/08/05']],
    ['deactivation date', 'membership.deactivatedOn', ['2026-01-15'], ['15-01-2026']],
    ['document issue date', 'documents.[].|1.issuedOn', ['2026-02-20'], ['2026-2-20']],
    ['RT', 'applicant.address.rt', ['002', '2'], ['0002', 'dua']],
    ['phone', 'applicant.phone', ['081234567890', '+6281234567890'], ['0812-3456']],
  ];
  it.each(patterns)('%s carries a pattern a back office can use', (_n, path, good, badValues) => {
    const node = at(caseSchema, path);
    expect(node.type).toBe('string');
    expect(node.pattern).toBeDefined();
    const re = new RegExp(node.pattern ?? '', 'u');
    for (const g of good) expect(re.test(g), g).toBe(true);
    for (const b of badValues) expect(re.test(b), b).toBe(false);
  });

  it.each([
    ['NIK', 'applicant.nik', '^\\d{16}$'],
    ['KK', 'applicant.kk', '^\\d{16}$'],
    ['card number', 'membership.cardNumber', '^\\d{13}$'],
  ])('the %s pattern is exactly %s', (_n, path, pattern) => {
    expect(at(caseSchema, path).pattern).toBe(pattern);
  });

  it.each([
    ['dates are marked format: date', 'receivedOn', { format: 'date' }],
    ['the name has a maximum length', 'applicant.name', { maxLength: 150 }],
    ['the street has a maximum length', 'applicant.address.street', { maxLength: 200 }],
    [
      'desil is an integer 1–10',
      'welfare.dtsen.desil',
      { type: 'integer', minimum: 1, maximum: 10 },
    ],
    ['documents are a list of at most 50', 'documents', { type: 'array', maxItems: 50 }],
  ])('%s', (_n, path, expected) => {
    expect(at(caseSchema, path)).toMatchObject(expected);
  });

  it('names every field of the SPEC example', () => {
    const example = specExample();
    const walk = (value: unknown, node: Node, path: string) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      for (const [k, v] of Object.entries(value)) {
        expect(node.properties, `${path}.${k}`).toHaveProperty(k);
        walk(v, node.properties?.[k] ?? {}, `${path}.${k}`);
      }
    };
    walk(example, caseSchema, '');
  });
});

describe('decisionJsonSchema() describes the Decision evaluate() returns', () => {
  it('is JSON-serialisable', () => {
    expect(JSON.parse(JSON.stringify(decisionJsonSchema()))).toEqual(decisionJsonSchema());
  });

  it('requires every Decision field of SPEC §1.2', () => {
    expect(decisionSchema.type).toBe('object');
    expect([...(decisionSchema.required ?? [])].sort()).toEqual(
      [
        'service',
        'profile',
        'asOf',
        'regime',
        'outcome',
        'reasons',
        'missingDocuments',
        'nextSteps',
        'passed',
        'undecided',
        'rulesetVersion',
        'packageVersion',
        'caseSha256',
      ].sort(),
    );
  });

  it.each([
    ['outcome', 'outcome', ['eligible', 'incomplete', 'ineligible']],
    ['regime', 'regime', ['permensos-21-2019', 'permensos-3-2026']],
    ['reason kind', 'reasons.[].kind', ['eligibility', 'document', 'check', 'warning']],
  ])('%s is an enum', (_n, path, values) => {
    expect(at(decisionSchema, path).enum).toEqual(values);
  });

  it('lists every reason code of SPEC §1.2', () => {
    expect(at(decisionSchema, 'reasons.[].code').enum).toEqual(
      expect.arrayContaining([
        'segment-not-eligible',
        'membership-active',
        'already-pbi',
        'reactivation-window-expired',
        'not-in-welfare-registry',
        'welfare-decile-too-high',
        'health-need-not-established',
        'not-in-bpjs-roster',
        'outside-service-area',
        'dukcapil-mismatch',
        'duplicate-membership',
        'document-missing',
        'document-not-stamped',
        'check-pending',
        'nik-birthdate-mismatch',
      ]),
    );
  });

  it('lists every next-step code of SPEC §1.2', () => {
    expect(at(decisionSchema, 'nextSteps.[].code').enum).toEqual(
      expect.arrayContaining([
        'propose-new-registration',
        'update-welfare-data',
        'obtain-health-letter',
        'complete-documents',
        'complete-checks',
        'submit-to-bpjs',
      ]),
    );
  });

  it.each([
    ['an eligible reactivation', reaktivasi()],
    ['an incomplete reactivation', reaktivasi('33.03', { documents: [] })],
    [
      'an ineligible registration',
      pendaftaran('12.72', { verification: { dukcapilMatch: false } }),
    ],
  ])('every key of the decision for %s is in the schema', async (_n, input) => {
    const decision = await evaluate(input, { profile: 'nasional' });
    expect(Object.keys(decisionSchema.properties ?? {})).toEqual(
      expect.arrayContaining(Object.keys(decision)),
    );
    for (const r of decision.reasons) {
      expect(Object.keys(at(decisionSchema, 'reasons.[]').properties ?? {})).toEqual(
        expect.arrayContaining(Object.keys(r)),
      );
      expect(at(decisionSchema, 'reasons.[].code').enum).toContain(r.code);
    }
  });
});

/** Every field path of a schema, as the label catalogues name them (`.` and `[]`). */
function fieldPaths(node: Node & { oneOf?: Node[] }, path = ''): string[] {
  const out = [path];
  if (path === 'reasons[].params') return out;
  const walk = (n: Node & { oneOf?: Node[] }) => {
    for (const [k, child] of Object.entries(n.properties ?? {}))
      out.push(...fieldPaths(child, path ? `${path}.${k}` : k));
    if (n.items) out.push(...fieldPaths(n.items, `${path}[]`));
    for (const b of [...(n.anyOf ?? []), ...(n.oneOf ?? [])]) walk(b);
  };
  walk(node);
  return out;
}

/** The node at a field path (`.` and `[]`, object branches of a union share its path). */
function fieldAt(schema: Node, path: string): Node & { title?: string; description?: string } {
  const found = (function find(n: Node, p: string): Node | undefined {
    if (p === path) return n;
    for (const [k, c] of Object.entries(n.properties ?? {})) {
      const r = find(c, p ? `${p}.${k}` : k);
      if (r) return r;
    }
    if (n.items) {
      const r = find(n.items, `${p}[]`);
      if (r) return r;
    }
    for (const b of n.anyOf ?? []) {
      for (const [k, c] of Object.entries(b.properties ?? {})) {
        const r = find(c, p ? `${p}.${k}` : k);
        if (r) return r;
      }
    }
    return undefined;
  })(schema, '');
  if (!found) throw new Error(`no field ${path}`);
  return found as Node & { title?: string; description?: string };
}

describe('titles and descriptions per locale, from one label catalogue', () => {
  const schemas = [
    ['CaseInput', caseInputJsonSchema, CASE_FIELD_LABELS],
    ['Decision', decisionJsonSchema, DECISION_FIELD_LABELS],
  ] as const;

  it.each(schemas)('%s: every field has a title and a description in id and en', (_n, make) => {
    for (const locale of ['id', 'en'] as const) {
      const schema = make({ locale }) as Node;
      for (const path of fieldPaths(schema)) {
        const node = fieldAt(schema, path);
        expect(node.title, `${locale} ${path || '(root)'} title`).toMatch(/\S/);
        expect(node.description, `${locale} ${path || '(root)'} description`).toMatch(/\S/);
      }
    }
  });

  it.each(schemas)(
    '%s: the catalogue names exactly the fields of the schema',
    (_n, make, labels) => {
      const paths = fieldPaths(make() as Node).sort();
      expect(Object.keys(labels.id).sort()).toEqual(paths);
      expect(Object.keys(labels.en).sort()).toEqual(paths);
    },
  );

  it.each(schemas)(
    '%s: the schema carries the catalogue’s words in the chosen locale',
    (_n, make, labels) => {
      for (const locale of ['id', 'en'] as const) {
        const schema = make({ locale }) as Node;
        for (const [path, label] of Object.entries(labels[locale])) {
          expect(fieldAt(schema, path)).toMatchObject(label);
        }
      }
    },
  );

  it('writes Bahasa Indonesia by default and English with locale en', () => {
    expect(fieldAt(caseInputJsonSchema() as Node, 'receivedOn').title).toBe(
      'Tanggal permohonan diterima',
    );
    expect(fieldAt(caseInputJsonSchema({ locale: 'en' }) as Node, 'receivedOn').title).toBe(
      'Date received',
    );
    expect(fieldAt(decisionJsonSchema({ locale: 'en' }) as Node, 'outcome').title).toBe('Outcome');
    expect(JSON.stringify(caseInputJsonSchema({ locale: 'en' }))).not.toEqual(
      JSON.stringify(caseInputJsonSchema()),
    );
  });
});

describe('the schema says membership is required for reaktivasi and pengalihan', () => {
  const validator = new Validator(caseInputJsonSchema() as never, '2020-12', false);
  const valid = (x: unknown) => validator.validate(x).valid;

  it('accepts the SPEC example and a pendaftaran without membership', () => {
    expect(valid(specExample())).toBe(true);
    expect(valid(specExample({ service: 'pendaftaran', membership: undefined }))).toBe(true);
  });

  it.each(['reaktivasi', 'pengalihan'])(
    'refuses %s without membership, as validateCase does',
    (service) => {
      const input = specExample({ service, membership: undefined });
      expect(valid(input)).toBe(false);
      expect(validateCase(input).map((i) => i.code)).toEqual(['membership-required']);
      expect(valid(specExample({ service }))).toBe(true);
    },
  );

  it('refuses what the Zod schema refuses on shape alone', () => {
    expect(valid(specExample({ applicant: { nik: '123' } }))).toBe(false);
    expect(valid(specExample({ documents: ['paspor'] as never }))).toBe(false);
    expect(valid(specExample({ hobby: 'catur' }))).toBe(false);
  });
});
