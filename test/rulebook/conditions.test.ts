import { describe, expect, it, vi } from 'vitest';
import {
  conditionFacts,
  conditionIsPhrased,
  describeCondition,
} from '../../src/rulebook/conditions';
import { RULES } from '../../src/rules/ruleset';
import type { Condition } from '../../src/rules/types';

describe('plain-language conditions are generated from the rule JSON', () => {
  it('states a leaf as a clause of law, from the phrase template of its fact', () => {
    expect(
      describeCondition({ fact: 'membershipStatus', operator: 'equal', value: 'aktif' }, 'id'),
    ).toBe('Kepesertaan pemohon berstatus aktif');
    expect(
      describeCondition({ fact: 'membershipStatus', operator: 'equal', value: 'aktif' }, 'en'),
    ).toBe('The membership is active');
    expect(
      describeCondition({ fact: 'daysPastWindow', operator: 'greaterThan', value: 0 }, 'id'),
    ).toBe('Permohonan diterima setelah batas waktu reaktivasi berakhir');
  });

  it('tells "not checked yet" apart from "no"', () => {
    const no = describeCondition({ fact: 'needsCare', operator: 'equal', value: false }, 'id');
    const unknown = describeCondition({ fact: 'needsCare', operator: 'equal', value: null }, 'id');
    expect(no).toBe('Pemohon tidak membutuhkan layanan kesehatan');
    expect(unknown).toBe('Kebutuhan layanan kesehatan pemohon belum dinilai');
    expect(
      describeCondition({ fact: 'inBpjsRoster', operator: 'notEqual', value: true }, 'id'),
    ).toBe(
      'BPJS Kesehatan tidak lagi mencantumkan pemohon dalam SK kepesertaan atau status pemohon dalam SK kepesertaan BPJS belum dicek',
    );
  });

  it('joins all/any with dan/atau, brackets a group of the other kind, reads a negated part as "kecuali bila"', () => {
    const c: Condition = {
      all: [
        { fact: 'dtks', operator: 'equal', value: false },
        {
          not: {
            any: [
              { fact: 'verifiedPoor', operator: 'equal', value: true },
              { fact: 'desil', operator: 'greaterThan', value: { fact: 'desilLimit' } },
            ],
          },
        },
      ],
    };
    expect(describeCondition(c, 'id')).toBe(
      'Pemohon tidak terdaftar di DTKS, kecuali bila pemohon terverifikasi miskin atau rentan miskin (verifikasi lapangan/SKTM) atau desil DTSEN pemohon melebihi batas desil DTSEN yang berhak',
    );
    expect(conditionFacts(c)).toEqual(['dtks', 'verifiedPoor', 'desil', 'desilLimit']);
  });

  it('names documents, and "none of" alternatives in one clause', () => {
    expect(
      describeCondition({ fact: 'documentKinds', operator: 'doesNotContain', value: 'kk' }, 'id'),
    ).toBe('KK tidak dilampirkan');
    const identitas = RULES.find((r) => r.id === 'documents.identitas');
    expect(describeCondition(identitas?.when as Condition, 'id')).toBe(
      'Tidak ada KTP, KIA maupun akta kelahiran yang dilampirkan',
    );
  });

  it('no rule reads like code: every leaf has a phrase, never "sama dengan" or "lebih besar dari"', () => {
    for (const rule of RULES) {
      for (const locale of ['id', 'en'] as const) {
        expect(conditionIsPhrased(rule.when, locale), `${rule.id} (${locale})`).toBe(true);
        const s = describeCondition(rule.when, locale);
        expect(s).not.toMatch(/sama dengan|lebih besar dari|equals|greater than|\[/);
      }
    }
  });

  it('the rule book follows the rule JSON: change a condition and the book says the new thing', async () => {
    vi.resetModules();
    vi.doMock('../../src/rules/groups/health', async (orig) => {
      const mod = (await orig()) as typeof import('../../src/rules/groups/health');
      return {
        healthRules: mod.healthRules.map((r) =>
          r.id === 'health.needs-care'
            ? { ...r, when: { fact: 'needsCare', operator: 'notEqual', value: true } }
            : r,
        ),
      };
    });
    const { renderRuleBook } = await import('../../src/rulebook/render-rule-book');
    const book = (await renderRuleBook({
      profile: 'nasional',
      asOf: '2026-03-01',
      format: 'md',
    })) as string;
    expect(book).toContain(
      '**Alasan diberikan bila:** Pemohon tidak membutuhkan layanan kesehatan atau kebutuhan layanan kesehatan pemohon belum dinilai',
    );
    expect(book).not.toContain(
      '**Alasan diberikan bila:** Pemohon tidak membutuhkan layanan kesehatan\n',
    );
    vi.doUnmock('../../src/rules/groups/health');
    vi.resetModules();
    const fresh = await import('../../src/rulebook/render-rule-book');
    const original = (await fresh.renderRuleBook({
      profile: 'nasional',
      asOf: '2026-03-01',
      format: 'md',
    })) as string;
    expect(original).toContain(
      '**Alasan diberikan bila:** Pemohon tidak membutuhkan layanan kesehatan\n',
    );
  });
});
