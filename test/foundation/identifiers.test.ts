import { describe, expect, it } from 'vitest';
import { maskId } from '../../src/identifiers/mask';
import { compareNikWithPerson, type Nik, parseNik } from '../../src/identifiers/nik';
import { parseNip } from '../../src/identifiers/nip';
import { isJknCardNumber, parseKk } from '../../src/identifiers/numbers';
import { parseRegionCode, REGIONS } from '../../src/identifiers/region';
import { CaseInput } from '../../src/schemas/case-input';
import { specExample } from './helpers';

describe('parseNik reads PP KK CC DDMMYY SSSS', () => {
  const table: [string, string, Partial<Nik>][] = [
    [
      'a woman from Kalimanah, Purbalingga, born 5 August (day 45)',
      '3303014508900001',
      {
        provinceCode: '33',
        regencyCode: '33.03',
        districtCode: '33.03.01',
        birthDay: 5,
        birthMonth: 8,
        birthYear2: 90,
        sex: 'P',
        serial: '0001',
      },
    ],
    [
      'a man from Magetan born 20 December 1965',
      '3520182012650123',
      {
        provinceCode: '35',
        regencyCode: '35.20',
        districtCode: '35.20.18',
        birthDay: 20,
        birthMonth: 12,
        birthYear2: 65,
        sex: 'L',
        serial: '0123',
      },
    ],
    [
      'a woman from Pematangsiantar born 31 January 2001 (day 71)',
      '1272087101019999',
      {
        regencyCode: '12.72',
        birthDay: 31,
        birthMonth: 1,
        birthYear2: 1,
        sex: 'P',
        serial: '9999',
      },
    ],
    [
      'a man born 29 February 2000',
      '7302102902000001',
      { regencyCode: '73.02', birthDay: 29, birthMonth: 2, birthYear2: 0, sex: 'L' },
    ],
    [
      'a woman born 29 February 2000 (day 69)',
      '3205426902000001',
      { districtCode: '32.05.42', birthDay: 29, birthMonth: 2, sex: 'P' },
    ],
  ];
  it.each(table)('%s', (_name, value, expected) => {
    const r = parseNik(value);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.nik).toMatchObject({ value, ...expected });
  });

  const problems: [string, string, 'format' | 'date'][] = [
    ['15 digits', '330301450890000', 'format'],
    ['17 digits', '33030145089000011', 'format'],
    ['a letter', '33030145089O0001', 'format'],
    ['spaces', '3303 0145 0890 0001', 'format'],
    ['an empty string', '', 'format'],
    ['day 00', '3303010008900001', 'date'],
    ['day 32', '3303013208900001', 'date'],
    ['day 40', '3303014008900001', 'date'],
    ['day 72', '3303017208900001', 'date'],
    ['month 00', '3303010500900001', 'date'],
    ['month 13', '3303010513900001', 'date'],
    ['31 April', '3303013104900001', 'date'],
    ['30 February', '3303013002900001', 'date'],
    ['a woman born 31 June (day 71, month 06)', '3303017106900001', 'date'],
  ];
  it.each(problems)('refuses %s as a %s problem', (_name, value, problem) => {
    expect(parseNik(value)).toEqual({ ok: false, problem });
  });
});

describe('compareNikWithPerson reports the parts that disagree (a warning, never an error)', () => {
  const woman = parseNik('3303014508900001');
  const leap = parseNik('3205426902000001');
  if (!woman.ok || !leap.ok) throw new Error('fixture NIKs must parse');
  const table: [string, Nik, string, 'L' | 'P', string[]][] = [
    ['everything agrees', woman.nik, '1990-08-05', 'P', []],
    ['the day differs', woman.nik, '1990-08-06', 'P', ['day']],
    ['the month differs', woman.nik, '1990-09-05', 'P', ['month']],
    ['the year differs', woman.nik, '1991-08-05', 'P', ['year']],
    ['only the century differs (not visible in a NIK)', woman.nik, '2090-08-05', 'P', []],
    ['the sex differs', woman.nik, '1990-08-05', 'L', ['sex']],
    ['everything differs', woman.nik, '1985-01-01', 'L', ['day', 'month', 'year', 'sex']],
    ['a woman born 29 February 2000', leap.nik, '2000-02-29', 'P', []],
    [
      'a birth date that does not exist compares only the sex',
      woman.nik,
      '1990-02-30',
      'L',
      ['sex'],
    ],
  ];
  it.each(table)('%s', (_name, nik, birthDate, sex, mismatches) => {
    expect(compareNikWithPerson(nik, birthDate, sex)).toEqual(mismatches);
  });
});

describe('parseKk checks 16 digits and reads the area', () => {
  it.each([
    ['the SPEC example', '3303010101090001', { regencyCode: '33.03', districtCode: '33.03.01' }],
    ['a Garut KK', '3205420101090001', { regencyCode: '32.05', districtCode: '32.05.42' }],
  ])('reads %s', (_name, value, expected) => {
    expect(parseKk(value)).toEqual({ value, ...expected });
  });
  it.each([
    ['15 digits', '330301010109000'],
    ['17 digits', '33030101010900011'],
    ['a letter', '33030101010900O1'],
    ['dashes', '3303-0101-0109-0001'],
    ['an empty string', ''],
  ])('refuses %s', (_name, value) => {
    expect(parseKk(value)).toBeUndefined();
  });
});

describe('isJknCardNumber checks 13 digits and infers nothing from the prefix', () => {
  it.each([
    ['the SPEC example', '0001234567890', true],
    ['the bridging library sample', '0000039043765', true],
    ['a card starting with 9', '9999999999999', true],
    ['12 digits', '000123456789', false],
    ['14 digits', '00012345678901', false],
    ['a letter', '000123456789O', false],
    ['a leading space', ' 0001234567890', false],
    ['a NIK (16 digits)', '3303014508900001', false],
  ])('%s → %s', (_name, value, ok) => {
    expect(isJknCardNumber(value)).toBe(ok);
  });

  it.each([
    ['a 0001 prefix with segment PBPU', '0001234567890', 'PBPU'],
    ['a 0000 prefix with segment PBI-APBD', '0000039043765', 'PBI-APBD'],
    ['a 9999 prefix with segment PBI-APBN', '9999999999999', 'PBI-APBN'],
  ])('keeps the segment the officer gave for %s', (_name, cardNumber, segment) => {
    const parsed = CaseInput.parse(specExample({ membership: { cardNumber, segment } }));
    expect(parsed.membership?.segment).toBe(segment);
  });
});

describe('parseNip reads PNS numbers and accepts PPPK numbers leniently', () => {
  it.each([
    [
      'a PNS man born 20 December 1965, appointed March 1986',
      '196512201986031009',
      {
        value: '196512201986031009',
        kind: 'pns',
        birthDate: '1965-12-20',
        sex: 'L',
        serial: '009',
        formatted: '19651220 198603 1 009',
      },
    ],
    [
      'a PNS man born 21 December 1972, appointed February 1993',
      '197212211993021002',
      { kind: 'pns', birthDate: '1972-12-21', sex: 'L', formatted: '19721221 199302 1 002' },
    ],
    [
      'a PNS woman (sex digit 2)',
      '198003152005012004',
      { kind: 'pns', sex: 'P', formatted: '19800315 200501 2 004' },
    ],
    [
      'the printed form with spaces',
      '19651220 198603 1 009',
      { value: '196512201986031009', kind: 'pns', formatted: '19651220 198603 1 009' },
    ],
    [
      'a PPPK number whose digits 13–14 (21) are not a month',
      '198703252022212001',
      {
        kind: 'pppk',
        birthDate: '1987-03-25',
        sex: 'P',
        serial: '001',
        formatted: '19870325 2022 21 2 001',
      },
    ],
    [
      'a PPPK number with 00 in digits 13–14',
      '199001012021001005',
      { kind: 'pppk', sex: 'L', formatted: '19900101 2021 00 1 005' },
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(parseNip(text)).toMatchObject(expected);
  });

  it.each([
    ['an impossible birth date (month 13)', '196513201986031009'],
    ['an impossible birth date (30 February)', '196502301986031009'],
    ['sex digit 3', '196512201986033009'],
    ['sex digit 0', '196512201986030009'],
    ['17 digits', '19651220198603100'],
    ['19 digits', '1965122019860310090'],
    ['a letter', '19651220198603100A'],
    ['dots', '19651220.198603.1.009'],
  ])('refuses %s', (_name, text) => {
    expect(parseNip(text)).toBeUndefined();
  });
});

describe('parseRegionCode reads PP.KK codes', () => {
  it.each([
    ['33.03', 'Purbalingga', 'kabupaten', 'Jawa Tengah'],
    ['35.20', 'Magetan', 'kabupaten', 'Jawa Timur'],
    ['12.72', 'Pematangsiantar', 'kota', 'Sumatera Utara'],
    ['73.02', 'Bulukumba', 'kabupaten', 'Sulawesi Selatan'],
    ['32.05', 'Garut', 'kabupaten', 'Jawa Barat'],
  ])('%s is %s, a %s in %s', (code, name, kind, province) => {
    const r = parseRegionCode(code);
    expect(r).toMatchObject({ code, kind, provinceCode: code.slice(0, 2) });
    expect(r?.known).toEqual({
      code,
      name,
      kind,
      province: { code: code.slice(0, 2), name: province },
    });
    expect(REGIONS[code]?.name).toBe(name);
  });

  it.each([
    ['33.04 (Banyumas) is a well-formed kabupaten pbi-jk does not name', '33.04', 'kabupaten'],
    ['33.71 is a kota (71–99)', '33.71', 'kota'],
    ['11.69 is a kabupaten (01–69)', '11.69', 'kabupaten'],
  ])('%s', (_name, code, kind) => {
    const r = parseRegionCode(code);
    expect(r).toMatchObject({ code, kind });
    expect(r?.known).toBeUndefined();
  });

  it.each([
    ['no dot', '3303'],
    ['one regency digit', '33.3'],
    ['regency 00', '33.00'],
    ['regency 70 (neither kabupaten nor kota)', '33.70'],
    ['province 10', '10.01'],
    ['letters', 'ab.cd'],
    ['a kecamatan code', '33.03.01'],
    ['a leading space', ' 33.03'],
    ['a comma', '33,03'],
    ['empty', ''],
  ])('refuses %s', (_name, code) => {
    expect(parseRegionCode(code)).toBeUndefined();
  });
});

describe('maskId keeps only the last four characters', () => {
  it.each([
    ['a NIK', '3303014508900001', '************0001'],
    ['a KK', '3303010101090001', '************0001'],
    ['a card number', '0001234567890', '*********7890'],
    ['five characters', '12345', '*2345'],
    ['four characters (all hidden)', '1234', '****'],
    ['an empty string', '', ''],
  ])('%s', (_name, value, masked) => {
    expect(maskId(value)).toBe(masked);
    expect(maskId(value)).toHaveLength(value.length);
  });
});
