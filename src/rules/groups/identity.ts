import type { RuleDefinition } from '../types';

/** Identity: the NIK's date part against the stated birth date and sex (a warning only). */
export const identityRules: readonly RuleDefinition[] = [
  {
    id: 'identity.nik-matches-person',
    concern: 'identity',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: {
      id: 'Tanggal lahir dan jenis kelamin pada NIK sesuai data pemohon',
      en: "The NIK's birth date and sex match the applicant's",
    },
    reason: 'nik-birthdate-mismatch',
    kind: 'warning',
    when: { fact: 'nikMatchesPerson', operator: 'equal', value: false },
    params: ['nikMismatches'],
    citations: [],
  },
];
