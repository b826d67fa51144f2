import { reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const R = (changes = {}) => reaktivasi('73.02', changes);

/** Bulukumba, Standar Pelayanan reaktivasi PBI BPJS APBN (seed 003). */
export const bulukumbaCases: RuleCase[] = [
  {
    name: 'Bulukumba persyaratan 1–4: a PBI APBN member inactive less than 6 months, in the registry, with card, KK, KIA and the status letter from BPJS is given the Surat Keterangan',
    input: R({
      documents: ['kia', 'kk', 'kartu-jkn', 'surat-status-kepesertaan', 'surat-keterangan-faskes'],
    }),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'Bulukumba persyaratan 1: a PBI APBD member is not served by this APBN-only service',
    input: R({ membership: { segment: 'PBI-APBD' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: "Bulukumba persyaratan 1: inactive exactly six months is not 'kurang dari 6 Bulan'",
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Bulukumba prosedur 2: without the Surat Keterangan Status Kepesertaan from BPJS the file is incomplete',
    input: R({ documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['surat-status-kepesertaan'],
  },
  {
    name: 'Bulukumba persyaratan 4: an akta kelahiran alone meets the identity requirement (KTP/KIA/Akte Kelahiran)',
    input: R({
      documents: [
        'akta-kelahiran',
        'kk',
        'kartu-jkn',
        'surat-status-kepesertaan',
        'surat-keterangan-faskes',
      ],
    }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Bulukumba prosedur 3 in the DTKS era: a participant not found in DTKS is not eligible',
    input: R({
      receivedOn: '2025-03-03',
      membership: { deactivatedOn: '2025-01-15' },
      welfare: { dtks: false, dtsen: undefined },
      documents: ['ktp', 'kk', 'kartu-jkn', 'surat-status-kepesertaan'],
    }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
  },
  {
    name: 'Bulukumba: an APBD member past the window gets both reasons',
    input: R({ membership: { segment: 'PBI-APBD', deactivatedOn: '2025-06-01' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible', 'reactivation-window-expired'],
  },
];
