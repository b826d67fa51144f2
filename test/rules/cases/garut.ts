import { reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const R = (changes = {}) => reaktivasi('32.05', changes);

/** Garut, Standar Pelayanan reaktivasi PBI-JK APBN (seed 004). */
export const garutCases: RuleCase[] = [
  {
    name: 'Garut persyaratan 1–4: a Garut resident in the registry and in the BPJS SK Kepesertaan, with KTP, KK and BPJS card, gets the Surat Rekomendasi',
    input: R(),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'Garut persyaratan 3: a resident of Kabupaten Purbalingga (33.03) is outside Garut’s service area',
    input: reaktivasi('33.03'),
    outcome: 'ineligible',
    reasons: ['outside-service-area'],
  },
  {
    name: 'Garut persyaratan 2: someone no longer in the BPJS SK Kepesertaan is not recommended and is pointed to a new registration',
    input: R({ membership: { inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-bpjs-roster'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Garut persyaratan 2: the SK Kepesertaan has not been checked yet — the check is pending',
    input: R({ membership: { inBpjsRoster: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['bpjs-roster'],
  },
  {
    name: 'Garut (PBI-JK APBN): a PBI-APBD member is not served by this service',
    input: R({ membership: { segment: 'PBI-APBD' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: 'Garut keeps the national "paling lama 6 bulan": received exactly six months after deactivation is inside',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Garut persyaratan 1 in the DTKS era: someone not in DTKS is not recommended',
    input: R({
      receivedOn: '2025-03-03',
      membership: { deactivatedOn: '2025-01-15' },
      welfare: { dtks: false, dtsen: undefined },
      documents: ['ktp', 'kk', 'kartu-jkn'],
    }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
  },
  {
    name: 'Garut: a non-resident APBD member no longer on the roster gets all three regional reasons',
    input: reaktivasi('33.03', { membership: { segment: 'PBI-APBD', inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['outside-service-area', 'not-in-bpjs-roster', 'segment-not-eligible'],
    nextSteps: ['propose-new-registration', 'apply-at-home-office'],
  },
];
