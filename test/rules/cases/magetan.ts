import { reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const R = (changes = {}) => reaktivasi('35.20', changes);

/** Magetan, Standar Pelayanan and SOP 188/18/Kept./403.107/2023 (seed 001). */
export const magetanCases: RuleCase[] = [
  {
    name: 'Magetan langkah 5: BPJS still lists the card, the requirements are complete — the Surat Permohonan Reaktivasi is made',
    input: R(),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'Magetan langkah 4: BPJS says the person is no longer registered — the file is returned and a new proposal through the desa/kelurahan SIKS-NG operator is advised',
    input: R({ membership: { inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-bpjs-roster'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Magetan langkah 3: the BPJS status has not been confirmed yet (Telegram/telephone) — the check is pending',
    input: R({ membership: { inBpjsRoster: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['bpjs-roster'],
    nextSteps: ['complete-checks'],
  },
  {
    name: 'Magetan keeps the national "paling lama 6 bulan": received exactly six months after deactivation is inside',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Magetan: outside the window and not on the roster — both reasons are given, and one proposal for new registration',
    input: R({ membership: { deactivatedOn: '2025-06-15', inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-bpjs-roster', 'reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Magetan langkah 2 in the DTKS era: a card holder not found in DTKS (SIKS-NG) is not eligible',
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
    name: 'Magetan persyaratan 3: without the photocopy of the JKN-KIS card the file is incomplete',
    input: R({ documents: ['ktp', 'kk', 'surat-keterangan-faskes'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['kartu-jkn'],
  },
  {
    name: 'Magetan serves applicants from other regencies too (no residency rule in its SOP)',
    input: reaktivasi('33.03'),
    outcome: 'eligible',
    reasons: [],
  },
];
