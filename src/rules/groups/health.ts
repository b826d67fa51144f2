import type { RuleDefinition } from '../types';

/** Health: a reactivation needs someone who needs care ("layak membutuhkan layanan kesehatan"). */
export const healthRules: readonly RuleDefinition[] = [
  {
    id: 'health.needs-care',
    concern: 'health',
    services: ['reaktivasi'],
    title: { id: 'Pemohon membutuhkan layanan kesehatan', en: 'The applicant needs health care' },
    reason: 'health-need-not-established',
    kind: 'eligibility',
    pendingWith: 'health.needs-care-checked',
    when: { fact: 'needsCare', operator: 'equal', value: false },
    citations: ['p21-pasal-8', 'p3-pasal-20-1'],
  },
  {
    id: 'health.needs-care-checked',
    concern: 'health',
    services: ['reaktivasi'],
    title: {
      id: 'Kebutuhan layanan kesehatan sudah dinilai',
      en: 'The need for health care has been assessed',
    },
    reason: 'check-pending',
    kind: 'check',
    when: { fact: 'needsCare', operator: 'equal', value: null },
    fixedParams: { check: 'health-need' },
    citations: ['p21-pasal-8', 'p3-pasal-20-1'],
  },
];
