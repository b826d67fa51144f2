import { dayBefore, LEGAL_DATES } from '../law';
import type { RuleDefinition } from '../types';

const notVerifiedPoor = { fact: 'verifiedPoor', operator: 'notEqual', value: true } as const;
const notAcceptedAsVerifiedPoor = {
  not: {
    all: [
      { fact: 'acceptVerifiedPoor', operator: 'equal', value: true },
      { fact: 'verifiedPoor', operator: 'equal', value: true },
    ],
  },
} as const;

/**
 * Welfare: DTKS until 2025-04-30; from 2025-05-01 DTSEN desil ≤ the dated limit, or a field
 * verification that the family is poor.
 */
export const welfareRules: readonly RuleDefinition[] = [
  {
    id: 'welfare.dtks',
    concern: 'welfare',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: { id: 'Pemohon terdaftar di DTKS', en: 'The applicant is registered in DTKS' },
    reason: 'not-in-welfare-registry',
    kind: 'eligibility',
    pendingWith: 'welfare.dtks-checked',
    when: { all: [{ fact: 'dtks', operator: 'equal', value: false }, notAcceptedAsVerifiedPoor] },
    params: ['registry'],
    citations: ['p21-pasal-5'],
    validTo: dayBefore('dtsenApplies'),
    shapedBy: ['acceptVerifiedPoor'],
  },
  {
    id: 'welfare.dtks-checked',
    concern: 'welfare',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: { id: 'Status DTKS sudah dicek', en: 'DTKS status has been checked' },
    reason: 'check-pending',
    kind: 'check',
    when: { all: [{ fact: 'dtks', operator: 'equal', value: null }, notAcceptedAsVerifiedPoor] },
    fixedParams: { check: 'dtks' },
    citations: ['p21-pasal-5'],
    validTo: dayBefore('dtsenApplies'),
  },
  {
    id: 'welfare.dtsen',
    concern: 'welfare',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: {
      id: 'Pemohon terdaftar di DTSEN atau terverifikasi miskin',
      en: 'The applicant is registered in DTSEN or verified as poor',
    },
    reason: 'not-in-welfare-registry',
    kind: 'eligibility',
    pendingWith: 'welfare.dtsen-checked',
    when: { all: [{ fact: 'dtsenRegistered', operator: 'equal', value: false }, notVerifiedPoor] },
    params: ['registry'],
    citations: ['inpres-4-2025-dtsen', 'p3-pasal-4', 'p3-syarat-peserta'],
    validFrom: LEGAL_DATES.dtsenApplies.date,
  },
  {
    id: 'welfare.dtsen-decile',
    concern: 'welfare',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: {
      id: 'Desil DTSEN tidak melebihi batas, atau pemohon terverifikasi miskin',
      en: 'The DTSEN decile is within the limit, or the applicant is verified as poor',
    },
    reason: 'welfare-decile-too-high',
    kind: 'eligibility',
    pendingWith: 'welfare.dtsen-checked',
    when: {
      all: [
        { fact: 'dtsenRegistered', operator: 'equal', value: true },
        { fact: 'desil', operator: 'greaterThan', value: { fact: 'desilLimit' } },
        notVerifiedPoor,
      ],
    },
    params: ['desil', 'desilLimit'],
    citations: ['kemensos-desil', 'p3-syarat-peserta'],
    validFrom: LEGAL_DATES.dtsenApplies.date,
  },
  {
    id: 'welfare.dtsen-checked',
    concern: 'welfare',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: {
      id: 'Status dan desil DTSEN sudah dicek',
      en: 'DTSEN status and decile have been checked',
    },
    reason: 'check-pending',
    kind: 'check',
    when: {
      all: [
        notVerifiedPoor,
        {
          any: [
            { fact: 'dtsenRegistered', operator: 'equal', value: null },
            {
              all: [
                { fact: 'dtsenRegistered', operator: 'equal', value: true },
                { fact: 'desil', operator: 'equal', value: null },
              ],
            },
          ],
        },
      ],
    },
    fixedParams: { check: 'dtsen' },
    citations: ['inpres-4-2025-dtsen', 'p3-pasal-4'],
    validFrom: LEGAL_DATES.dtsenApplies.date,
  },
];
