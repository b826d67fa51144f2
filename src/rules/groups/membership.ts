import type { RuleDefinition } from '../types';

/** Membership: segment, status, already-PBI, and the BPJS roster check some SOPs add. */
export const membershipRules: readonly RuleDefinition[] = [
  {
    id: 'membership.segment-reaktivasi',
    concern: 'membership',
    services: ['reaktivasi'],
    title: {
      id: 'Segmen kepesertaan adalah PBI yang dapat direaktivasi',
      en: 'The membership segment is a PBI segment that can be reactivated',
    },
    reason: 'segment-not-eligible',
    kind: 'eligibility',
    when: { fact: 'segmentAllowed', operator: 'equal', value: false },
    params: ['segment', 'allowedSegments', 'service'],
    // PBI-APBD under the national rule is a reading no source confirms.
    citations: ['p21-pasal-8', 'p3-pasal-20-1', 'penafsiran-apbd'],
    shapedBy: ['segments'],
  },
  {
    id: 'membership.status-nonaktif',
    concern: 'membership',
    services: ['reaktivasi'],
    title: { id: 'Kepesertaan berstatus nonaktif', en: 'The membership is inactive' },
    reason: 'membership-active',
    kind: 'eligibility',
    when: { fact: 'membershipStatus', operator: 'equal', value: 'aktif' },
    params: ['segment'],
    citations: ['p21-pasal-8', 'p3-pasal-20-1'],
  },
  {
    id: 'membership.not-already-pbi',
    concern: 'membership',
    services: ['pendaftaran', 'pengalihan'],
    title: {
      id: 'Pemohon belum menjadi peserta PBI aktif',
      en: 'The applicant is not already an active PBI member',
    },
    reason: 'already-pbi',
    kind: 'eligibility',
    when: { fact: 'activePbi', operator: 'equal', value: true },
    params: ['segment'],
    citations: ['p21-pasal-5', 'p3-pasal-12'],
  },
  {
    id: 'membership.segment-pengalihan',
    concern: 'membership',
    services: ['pengalihan'],
    title: {
      id: 'Pemohon peserta mandiri (PBPU) yang akan dialihkan ke PBI',
      en: 'The applicant is a self-paying (PBPU) member moving to PBI',
    },
    reason: 'segment-not-eligible',
    kind: 'eligibility',
    when: {
      all: [
        { fact: 'segmentAllowed', operator: 'equal', value: false },
        { fact: 'activePbi', operator: 'equal', value: false },
      ],
    },
    params: ['segment', 'allowedSegments', 'service'],
    citations: ['p21-pasal-5', 'p3-syarat-peserta'],
    shapedBy: ['segments'],
  },
  {
    id: 'membership.bpjs-roster',
    concern: 'membership',
    services: ['reaktivasi'],
    title: {
      id: 'BPJS Kesehatan masih mencantumkan pemohon dalam SK kepesertaan',
      en: 'BPJS Kesehatan still lists the applicant in its membership decree',
    },
    reason: 'not-in-bpjs-roster',
    kind: 'eligibility',
    pendingWith: 'membership.bpjs-roster-checked',
    when: { fact: 'inBpjsRoster', operator: 'equal', value: false },
    citations: [],
    enabledBy: 'checkBpjsRoster',
  },
  {
    id: 'membership.bpjs-roster-checked',
    concern: 'membership',
    services: ['reaktivasi'],
    title: {
      id: 'Status di SK kepesertaan BPJS sudah dicek',
      en: 'The BPJS membership roster has been checked',
    },
    reason: 'check-pending',
    kind: 'check',
    when: { fact: 'inBpjsRoster', operator: 'equal', value: null },
    fixedParams: { check: 'bpjs-roster' },
    citations: [],
    enabledBy: 'checkBpjsRoster',
  },
];
