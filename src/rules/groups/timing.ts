import type { RuleDefinition } from '../types';

/** Timing: the reactivation window counted from the deactivation decree. */
export const timingRules: readonly RuleDefinition[] = [
  {
    id: 'timing.reactivation-window',
    concern: 'timing',
    services: ['reaktivasi'],
    title: {
      id: 'Permohonan diterima dalam batas waktu reaktivasi sejak SK penonaktifan',
      en: 'The application was received within the reactivation window after the deactivation decree',
    },
    reason: 'reactivation-window-expired',
    kind: 'eligibility',
    pendingWith: 'timing.deactivation-date-known',
    when: {
      all: [
        { fact: 'membershipStatus', operator: 'equal', value: 'nonaktif' },
        { fact: 'daysPastWindow', operator: 'greaterThan', value: 0 },
      ],
    },
    params: ['deactivatedOn', 'windowClosesOn', 'windowMonths', 'windowBound'],
    citations: ['p21-pasal-8', 'p3-pasal-20-batas'],
    shapedBy: ['windowBound', 'windowMonths'],
  },
  {
    id: 'timing.deactivation-date-known',
    concern: 'timing',
    services: ['reaktivasi'],
    title: {
      id: 'Tanggal SK penonaktifan diketahui',
      en: 'The date of the deactivation decree is known',
    },
    reason: 'check-pending',
    kind: 'check',
    when: {
      all: [
        { fact: 'membershipStatus', operator: 'equal', value: 'nonaktif' },
        { fact: 'deactivatedOn', operator: 'equal', value: null },
      ],
    },
    fixedParams: { check: 'deactivation-date' },
    citations: ['p21-pasal-8', 'p3-pasal-20-batas'],
  },
];
