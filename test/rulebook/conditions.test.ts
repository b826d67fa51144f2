import { describe, expect, it, vi } from 'vitest';
import { conditionFacts, describeCondition } from '../../src/rulebook/conditions';
import { RULES } from '../../src/rules/ruleset';
import type { Condition } from '../../src/rules/types';

describe('plain-language conditions are generated from the rule JSON', () => {
  it('states a leaf with the fact label, the operator word and the value', () => {
    expect(
      describeCondition({ fact: 'membershipStatus', operator: 'equal', value: 'aktif' }, 'id'),
    ).toBe('status kepesertaan sama dengan "aktif"');
    expect(
      describeCondition({ fact: 'membershipStatus', operator: 'equal', value: 'aktif' }, 'en'),
    ).toBe('membership status equals "aktif"');
  });

  it('joins all/any with DAN/ATAU, brackets nested groups, negates with TIDAK BENAR bahwa', () => {
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
      'terdaftar di DTKS sama dengan "tidak" DAN TIDAK BENAR bahwa (hasil verifikasi lapangan/SKTM: miskin atau rentan miskin sama dengan "ya" ATAU desil DTSEN lebih besar dari batas desil DTSEN)',
    );
    expect(conditionFacts(c)).toEqual(['dtks', 'verifiedPoor', 'desil', 'desilLimit']);
  });

  it('names documents and unknown facts in words', () => {
    expect(
      describeCondition({ fact: 'documentKinds', operator: 'doesNotContain', value: 'kk' }, 'id'),
    ).toBe('dokumen yang dilampirkan tidak memuat KK');
    expect(describeCondition({ fact: 'needsCare', operator: 'equal', value: null }, 'en')).toBe(
      'needs health care is unknown (not yet checked)',
    );
  });

  it('every rule has a statement in both languages that names each fact it reads', async () => {
    const { FACT_LABELS } = await import('../../src/rules/facts');
    for (const rule of RULES) {
      for (const locale of ['id', 'en'] as const) {
        const s = describeCondition(rule.when, locale);
        for (const f of conditionFacts(rule.when)) expect(s).toContain(FACT_LABELS[f][locale]);
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
      '**Alasan diberikan bila:** membutuhkan layanan kesehatan tidak sama dengan "ya"',
    );
    expect(book).not.toContain(
      '**Alasan diberikan bila:** membutuhkan layanan kesehatan sama dengan "tidak"',
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
      '**Alasan diberikan bila:** membutuhkan layanan kesehatan sama dengan "tidak"',
    );
  });
});
