/**
 * validateCase (SPEC §1): the issues evaluate would reject a case with, without deciding it;
 * ValidationError.is and formatIssue (re-render an issue in another locale from its params).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  formatIssue,
  ValidationError,
  type ValidationIssue,
} from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import type { Locale } from '../../src/i18n/locale';
import { validateCase } from '../../src/validate-case';
import type { Patch } from '../rules/fixtures';
import { NIK, specExample } from './helpers';

/** Invalid cases, each named by what is wrong with it. */
const INVALID: [string, unknown][] = [
  ['not an object at all', null],
  ['an empty object', {}],
  ['a NIK of 15 digits', specExample({ applicant: { nik: NIK.slice(1) } })],
  ['a NIK whose date part is day 32', specExample({ applicant: { nik: '3303013208900001' } })],
  ['a birth date after the date received', specExample({ applicant: { birthDate: '2026-03-03' } })],
  ['30 February as the date received', specExample({ receivedOn: '2026-02-30' })],
  ['reaktivasi without membership', specExample({ membership: undefined })],
  ['pengalihan without membership', specExample({ service: 'pengalihan', membership: undefined })],
  ['an unknown document kind', specExample({ documents: ['ktp', 'paspor'] as never })],
  ['an unknown service', specExample({ service: 'mutasi' })],
  ['an unknown key', specExample({ hobby: 'catur' })],
  ['a desil of 11', specExample({ welfare: { dtsen: { registered: true, desil: 11 } } })],
  [
    'a received date before 2020, the first day the rules cover',
    specExample({
      receivedOn: '2019-12-31',
      applicant: { birthDate: '1990-08-05' },
      membership: { deactivatedOn: '2019-11-01' },
    }),
  ],
  [
    'several problems at once',
    specExample({ applicant: { nik: '12', kk: 'x' }, documents: 'ktp' } as Patch),
  ],
];

async function rejectionOf(input: unknown, locale: Locale): Promise<ValidationError> {
  try {
    await evaluate(input, { profile: 'purbalingga', locale });
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('evaluate accepted an invalid case');
}

describe('validateCase', () => {
  it('gives [] for the SPEC example and for a valid pendaftaran without membership', () => {
    expect(validateCase(specExample())).toEqual([]);
    expect(validateCase(specExample({ service: 'pendaftaran', membership: undefined }))).toEqual(
      [],
    );
  });

  it.each(INVALID)('gives exactly the issues evaluate rejects with: %s', async (_name, input) => {
    for (const locale of ['id', 'en'] as const) {
      const issues = validateCase(input, { locale });
      expect(issues.length).toBeGreaterThan(0);
      expect(issues).toEqual([...(await rejectionOf(input, locale)).issues]);
    }
  });

  it('writes messages in the requested locale, Bahasa Indonesia by default', () => {
    const input = specExample({ membership: undefined });
    expect(validateCase(input)[0]?.message).toMatch(/wajib diisi untuk layanan reaktivasi/);
    expect(validateCase(input, { locale: 'en' })[0]?.message).toMatch(
      /required for the reaktivasi service/,
    );
  });

  it('names membership as required for reaktivasi and pengalihan, not for pendaftaran', () => {
    for (const service of ['reaktivasi', 'pengalihan']) {
      const issues = validateCase(specExample({ service, membership: undefined }));
      expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['membership', 'membership-required'],
      ]);
    }
  });

  it('never throws, never prints a full NIK, and refuses an unknown locale as evaluate does', () => {
    const issues = validateCase(specExample({ applicant: { nik: `${NIK}9` } }), {
      locale: 'fr' as Locale,
    });
    expect(issues.map((i) => i.code)).toEqual(['invalid-option', 'nik-format']);
    expect(JSON.stringify(issues)).not.toContain(NIK);
    expect(validateCase(undefined, null as never)).not.toEqual([]);
  });

  it('has the types SPEC §1 gives it', () => {
    expectTypeOf(validateCase).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateCase).parameter(1).toEqualTypeOf<{ locale?: Locale } | undefined>();
    expectTypeOf(validateCase).returns.toEqualTypeOf<ValidationIssue[]>();
  });
});

describe('issue params and formatIssue', () => {
  it('keeps the params of each issue, so the message can be written again in English', () => {
    const [issue] = validateCase(specExample({ documents: ['paspor'] as never }));
    expect(issue?.code).toBe('unknown-document');
    expect(issue?.params.value).toBe('paspor');
    expect(issue?.message).toMatch(/jenis dokumen "paspor" tidak dikenal/);
    if (!issue) throw new Error('no issue');
    expect(formatIssue(issue, 'en')).toMatch(/^unknown document kind "paspor"; choose one of: ktp/);
    expect(formatIssue(issue, 'id')).toBe(issue.message);
  });

  it('re-renders every issue of every invalid case the same way evaluate writes it in that locale', async () => {
    for (const [, input] of INVALID) {
      const inId = validateCase(input, { locale: 'id' });
      const inEn = (await rejectionOf(input, 'en')).issues;
      expect(inId.map((i) => formatIssue(i, 'en'))).toEqual(inEn.map((i) => i.message));
    }
  });

  it('keeps identifiers masked in params and in a re-rendered message', () => {
    const issues = validateCase(specExample({ applicant: { kk: `${NIK}12` } }));
    expect(JSON.stringify(issues)).not.toContain(NIK);
    for (const i of issues) expect(formatIssue(i, 'en')).not.toContain(NIK);
  });
});

describe('ValidationError.is', () => {
  it('recognises a ValidationError, and one that lost its class but kept the brand', async () => {
    const e = await rejectionOf(null, 'id');
    expect(ValidationError.is(e)).toBe(true);
    // What another build's error looks like from here: a different class with the same brand.
    const foreign = Object.create(Object.getPrototypeOf(e)) as object;
    class OtherBuildError extends Error {}
    Object.defineProperty(OtherBuildError.prototype, Symbol.for('pbi-jk.ValidationError'), {
      value: true,
    });
    expect(ValidationError.is(new OtherBuildError('x'))).toBe(true);
    expect(ValidationError.is(foreign)).toBe(true);
  });

  it('says false for other errors and values, and the brand never shows in JSON', () => {
    for (const x of [new Error('x'), new TypeError('x'), null, undefined, 'ValidationError', {}])
      expect(ValidationError.is(x)).toBe(false);
    expect(ValidationError.is({ name: 'ValidationError', issues: [] })).toBe(false);
    expect(JSON.stringify(new ValidationError([{ path: [], code: 'required' }]))).not.toContain(
      'pbi-jk',
    );
  });

  it('narrows unknown to ValidationError', () => {
    expectTypeOf(ValidationError.is).guards.toEqualTypeOf<ValidationError>();
    const e: unknown = new ValidationError([]);
    if (ValidationError.is(e)) expectTypeOf(e.issues).toEqualTypeOf<readonly ValidationIssue[]>();
  });
});
