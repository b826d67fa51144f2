import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { defineProfile } from '../../src/profiles/resolve';
import { renderRuleBook } from '../../src/rulebook/render-rule-book';

const codes = async (options: unknown) => {
  try {
    await renderRuleBook(options as never);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => `${i.path.join('.')}:${i.code}`);
  }
  throw new Error('expected a ValidationError');
};

describe('renderRuleBook refuses bad options with a ValidationError', () => {
  it.each([
    [
      'an unknown profile',
      { profile: 'sragen', format: 'md' },
      ['options.profile:unknown-profile'],
    ],
    [
      'an asOf before 2020-01-01',
      { profile: 'magetan', asOf: '2019-12-31', format: 'md' },
      ['options.asOf:as-of-out-of-range'],
    ],
    [
      'an impossible asOf',
      { profile: 'magetan', asOf: '2026-02-30', format: 'md' },
      ['options.asOf:invalid-date'],
    ],
    [
      'an asOf that is not a string',
      { profile: 'magetan', asOf: 20260301, format: 'md' },
      ['options.asOf:invalid-date'],
    ],
    ['an unknown format', { profile: 'magetan', format: 'pdf' }, ['options.format:invalid-option']],
    ['no format', { profile: 'magetan' }, ['options.format:required']],
    [
      'an unknown locale',
      { profile: 'magetan', format: 'md', locale: 'jv' },
      ['options.locale:invalid-option'],
    ],
    ['no profile', { format: 'md' }, ['options.profile:required']],
    ['an invalid profile object', { profile: { id: 'x' }, format: 'md' }, undefined],
  ])('%s', async (_name, options, expected) => {
    const got = await codes(options);
    if (expected) expect(got).toEqual(expected);
    else expect(got.length).toBeGreaterThan(0);
  });

  it('lists every problem at once, in the requested locale', async () => {
    try {
      await renderRuleBook({
        profile: 'x' as never,
        asOf: '2010-01-01',
        format: 'md',
        locale: 'en',
      });
    } catch (e) {
      const err = e as ValidationError;
      expect(err.issues.map((i) => i.code).sort()).toEqual([
        'as-of-out-of-range',
        'unknown-profile',
      ]);
      expect(err.locale).toBe('en');
    }
  });

  it.each([null, undefined, 'magetan', 42])('options %p', async (options) => {
    expect((await codes(options)).length).toBeGreaterThan(0);
  });
});

describe('profiles from defineProfile', () => {
  it('render, with their departures and no built-in examples', async () => {
    const sragen = defineProfile('nasional', {
      id: 'sragen',
      name: 'Dinas Sosial Kabupaten Sragen',
      city: 'Sragen',
      policy: { reaktivasi: { checkBpjsRoster: true } },
    });
    const book = (await renderRuleBook({
      profile: sragen,
      asOf: '2026-03-01',
      format: 'md',
    })) as string;
    expect(book).toContain('# Buku Aturan PBI-JK: Dinas Sosial Kabupaten Sragen');
    expect(book).toContain('`membership.bpjs-roster`');
    expect(book).toContain('perlu telaah Bagian Hukum');
    expect(book).toContain('Profil ini tidak memiliki tabel uji bawaan');
  });
});
