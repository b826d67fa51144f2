import type { RuleDefinition } from '../types';

/** Residency: offices whose SOP serves their own residents only. */
export const residencyRules: readonly RuleDefinition[] = [
  {
    id: 'residency.service-area',
    concern: 'residency',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: {
      id: 'Pemohon beralamat di wilayah layanan dinas',
      en: "The applicant lives in the office's service area",
    },
    reason: 'outside-service-area',
    kind: 'eligibility',
    when: { fact: 'regencyCode', operator: 'notEqual', value: { fact: 'serviceRegionCode' } },
    params: ['regencyCode', 'serviceRegionCode'],
    citations: [],
    enabledBy: 'residentsOnly',
  },
];
