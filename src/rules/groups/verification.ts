import type { RuleDefinition } from '../types';

/** Verification against Dukcapil and BPJS data, for new PBI members. */
export const verificationRules: readonly RuleDefinition[] = [
  {
    id: 'verification.dukcapil',
    concern: 'verification',
    services: ['pendaftaran', 'pengalihan'],
    title: { id: 'NIK dan KK padan dengan data Dukcapil', en: 'NIK and KK match Dukcapil records' },
    reason: 'dukcapil-mismatch',
    kind: 'eligibility',
    pendingWith: 'verification.dukcapil-checked',
    when: { fact: 'dukcapilMatch', operator: 'equal', value: false },
    citations: ['p21-pasal-5', 'p3-syarat-peserta'],
  },
  {
    id: 'verification.dukcapil-checked',
    concern: 'verification',
    services: ['pendaftaran', 'pengalihan'],
    title: { id: 'Kepadanan Dukcapil sudah dicek', en: 'The Dukcapil match has been checked' },
    reason: 'check-pending',
    kind: 'check',
    when: { fact: 'dukcapilMatch', operator: 'equal', value: null },
    fixedParams: { check: 'dukcapil' },
    citations: ['p21-pasal-5', 'p3-syarat-peserta'],
  },
  {
    id: 'verification.no-duplicate',
    concern: 'verification',
    services: ['pendaftaran', 'pengalihan'],
    title: {
      id: 'Tidak ada kepesertaan ganda di data BPJS',
      en: 'There is no duplicate membership in BPJS data',
    },
    reason: 'duplicate-membership',
    kind: 'eligibility',
    pendingWith: 'verification.duplicate-checked',
    when: { fact: 'duplicateMembership', operator: 'equal', value: true },
    citations: ['p21-penghapusan', 'p3-pasal-12'],
  },
  {
    id: 'verification.duplicate-checked',
    concern: 'verification',
    services: ['pendaftaran', 'pengalihan'],
    title: { id: 'Kepesertaan ganda sudah dicek', en: 'Duplicate membership has been checked' },
    reason: 'check-pending',
    kind: 'check',
    when: { fact: 'duplicateMembership', operator: 'equal', value: null },
    fixedParams: { check: 'duplicate' },
    citations: ['p21-penghapusan', 'p3-pasal-12'],
  },
];
