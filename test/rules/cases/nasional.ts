import { applicant, pendaftaran, pengalihan, reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

// The national baseline, applied to an applicant in Kabupaten Banyumas (33.04).
const R = (changes = {}) => reaktivasi('33.04', changes);
const D = (changes = {}) => pendaftaran('33.04', changes);
const P = (changes = {}) => pengalihan('33.04', changes);
const dtksEra = { welfare: { dtks: true, dtsen: undefined } };

/** National rules (profile `nasional`). */
export const nasionalCases: RuleCase[] = [
  // Reaktivasi — membership
  {
    name: 'A PBI-APBN member deactivated on 15 January 2026 who needs care and brings KTP, KK, JKN card and a health-facility letter is eligible, and the letter goes to BPJS',
    input: R({ membership: { deactivatedOn: '2026-01-15', deactivationDecree: '3/HUK/2026' } }),
    outcome: 'eligible',
    // The January 2026 wave's own conditions are a warning for the officer, never a refusal.
    reasons: ['deactivation-wave'],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
    regime: 'permensos-3-2026',
  },
  {
    name: 'A PBI-APBD (regionally funded) member can be reactivated under the national rule',
    input: R({ membership: { segment: 'PBI-APBD' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'A self-paying (PBPU) member cannot be reactivated as PBI',
    input: R({ membership: { segment: 'PBPU' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: 'An active membership needs no reactivation',
    input: R({ membership: { status: 'aktif', deactivatedOn: undefined } }),
    outcome: 'ineligible',
    // From 10 February 2026 an active membership may be the temporary automatic reactivation.
    reasons: ['membership-active', 'temporary-reactivation'],
  },
  // Reaktivasi — the window ("paling lama 6 bulan", last day included)
  {
    name: 'Received exactly six months after the deactivation decree is still within "paling lama 6 bulan"',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Received six months and one day after the decree is outside the window, and the office proposes a new registration through SIKS-NG',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-01' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Deactivated on 31 August 2025, the window closes on 28 February 2026 (month end clamps)',
    input: R({ receivedOn: '2026-02-28', membership: { deactivatedOn: '2025-08-31' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Deactivated on 31 August 2025, an application received on 1 March 2026 is too late',
    input: R({ receivedOn: '2026-03-01', membership: { deactivatedOn: '2025-08-31' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
  },
  {
    name: 'Deactivated on 31 August 2023, the window closes on 29 February 2024 (leap year)',
    input: R({ ...dtksEra, receivedOn: '2024-02-29', membership: { deactivatedOn: '2023-08-31' } }),
    outcome: 'eligible',
    reasons: [],
    regime: 'permensos-21-2019',
  },
  {
    name: 'Deactivated on 31 August 2023, an application received on 1 March 2024 is too late',
    input: R({ ...dtksEra, receivedOn: '2024-03-01', membership: { deactivatedOn: '2023-08-31' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
  },
  {
    name: 'The deactivation date is not known yet: the officer must check it before deciding',
    input: R({ membership: { deactivatedOn: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['deactivation-date'],
    nextSteps: ['complete-checks'],
  },
  // Reaktivasi — the health-facility letter by regime
  {
    name: 'On 31 January 2026 (Permensos 21/2019) the health-facility letter is not required nationally',
    input: R({
      receivedOn: '2026-01-31',
      documents: ['ktp', 'kk', 'kartu-jkn'],
      membership: { deactivatedOn: '2025-12-01' },
    }),
    outcome: 'eligible',
    reasons: [],
    regime: 'permensos-21-2019',
  },
  {
    name: 'From 1 February 2026 (Permensos 3/2026 Pasal 20(3)) a missing health-facility letter makes the file incomplete and the applicant is sent for one',
    input: R({
      receivedOn: '2026-02-01',
      documents: ['ktp', 'kk', 'kartu-jkn'],
      membership: { deactivatedOn: '2025-12-01' },
    }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['surat-keterangan-faskes'],
    nextSteps: ['obtain-health-letter', 'complete-documents'],
    regime: 'permensos-3-2026',
  },
  {
    name: 'An application received on 2 March 2026 but judged as of 31 January 2026 follows Permensos 21/2019',
    input: R({ documents: ['ktp', 'kk', 'kartu-jkn'] }),
    asOf: '2026-01-31',
    outcome: 'eligible',
    reasons: [],
    regime: 'permensos-21-2019',
  },
  // Reaktivasi — health need
  {
    name: 'Someone who does not need health care is not reactivated ("layak membutuhkan layanan kesehatan")',
    input: R({ health: { needsCare: false, condition: undefined } }),
    outcome: 'ineligible',
    reasons: ['health-need-not-established'],
  },
  {
    name: 'The health need has not been assessed yet: the file waits for that check',
    input: R({ health: undefined }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['health-need'],
  },
  // Welfare — DTSEN era (from 1 May 2025)
  {
    name: 'Not in DTSEN and not verified poor: not eligible, and the family is sent to register in DTSEN',
    input: R({ welfare: { dtks: undefined, dtsen: { registered: false }, verifiedPoor: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
    nextSteps: ['update-welfare-data', 'dinsos-keterangan-masih-layak'],
  },
  {
    name: 'Not in DTSEN but verified poor by field verification: eligible',
    input: R({ welfare: { dtks: undefined, dtsen: { registered: false }, verifiedPoor: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'DTSEN desil 5 is within the limit (desil 1–5)',
    input: R({ welfare: { dtsen: { registered: true, desil: 5 } } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'DTSEN desil 6 is above the limit when the family is not verified poor',
    input: R({ welfare: { dtsen: { registered: true, desil: 6 } } }),
    outcome: 'ineligible',
    reasons: ['welfare-decile-too-high'],
    nextSteps: ['update-welfare-data', 'dinsos-keterangan-masih-layak'],
  },
  {
    name: 'DTSEN desil 6 but verified poor: eligible',
    input: R({ welfare: { dtsen: { registered: true, desil: 6 }, verifiedPoor: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Registered in DTSEN but the desil is not known yet: a DTSEN check is pending',
    input: R({ welfare: { dtsen: { registered: true, desil: undefined } } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['dtsen'],
  },
  {
    name: 'DTSEN not checked yet: a DTSEN check is pending (a DTKS entry alone no longer counts)',
    input: R({ welfare: { dtks: true, dtsen: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['dtsen'],
  },
  // Welfare — the DTKS → DTSEN boundary
  {
    name: 'On 30 April 2025 the registry is DTKS: a family in DTKS without DTSEN data is eligible',
    input: R({
      ...dtksEra,
      receivedOn: '2025-04-30',
      membership: { deactivatedOn: '2025-01-15' },
      documents: ['ktp', 'kk', 'kartu-jkn'],
    }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'On 1 May 2025 the registry is DTSEN: the same family needs a DTSEN check',
    input: R({
      ...dtksEra,
      receivedOn: '2025-05-01',
      membership: { deactivatedOn: '2025-01-15' },
      documents: ['ktp', 'kk', 'kartu-jkn'],
    }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['dtsen'],
  },
  {
    name: 'In the DTKS era a family not in DTKS is not eligible nationally, even when verified poor',
    input: R({
      welfare: { dtks: false, dtsen: undefined, verifiedPoor: true },
      receivedOn: '2025-03-03',
      membership: { deactivatedOn: '2025-01-15' },
      documents: ['ktp', 'kk', 'kartu-jkn'],
    }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
  },
  {
    name: 'In the DTKS era, DTKS not checked yet: a DTKS check is pending',
    input: R({
      welfare: undefined,
      receivedOn: '2025-03-03',
      membership: { deactivatedOn: '2025-01-15' },
      documents: ['ktp', 'kk', 'kartu-jkn'],
    }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['dtks'],
  },
  // Documents and identity
  {
    name: 'A KIA (children’s identity card) meets the identity requirement',
    input: R({ documents: ['kia', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'An akta kelahiran meets the identity requirement',
    input: R({ documents: ['akta-kelahiran', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Without any identity document (KTP, KIA or akta) the file is incomplete',
    input: R({ documents: ['kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['identitas'],
    nextSteps: ['complete-documents'],
  },
  {
    name: 'A NIK whose date part says 6 August instead of 5 August is only a warning: the outcome stays eligible',
    input: R({ applicant: { nik: '3304014608900001' } }),
    outcome: 'eligible',
    reasons: ['nik-birthdate-mismatch'],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'A NIK coded for a man (day without +40) for a woman applicant is a warning',
    input: R({ applicant: { nik: '3304010508900001' } }),
    outcome: 'eligible',
    reasons: ['nik-birthdate-mismatch'],
  },
  {
    name: 'Dukcapil and duplicate checks do not apply to reactivation',
    input: R({ verification: { dukcapilMatch: false, duplicateMembership: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'The BPJS roster and residency are not checked by the national rule',
    input: patch3(R({ membership: { inBpjsRoster: false } })),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'A file with several problems lists every one of them, not only the first',
    input: R({
      membership: { segment: 'PBPU', deactivatedOn: '2025-01-02' },
      welfare: { dtsen: { registered: false }, verifiedPoor: false },
      health: { needsCare: false },
      documents: ['ktp'],
    }),
    outcome: 'ineligible',
    reasons: [
      'segment-not-eligible',
      'reactivation-window-expired',
      'not-in-welfare-registry',
      'health-need-not-established',
      'document-missing',
      'document-missing',
      'document-missing',
    ],
    missing: ['kk', 'kartu-jkn', 'surat-keterangan-faskes'],
    // Ineligible: only the routes of the eligibility reasons; completing the file cannot help.
    nextSteps: [
      'propose-new-registration',
      'update-welfare-data',
      'apply-pengalihan',
      'dinsos-keterangan-masih-layak',
    ],
  },
  // Pendaftaran
  {
    name: 'A new registration with DTSEN desil 2, matched at Dukcapil, no duplicate, KTP and KK is eligible',
    input: D({ documents: ['ktp', 'kk'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Someone already an active PBI-APBN member cannot register again (and is not also refused for the segment)',
    input: D({ membership: { segment: 'PBI-APBN', status: 'aktif' } }),
    outcome: 'ineligible',
    reasons: ['already-pbi'],
  },
  {
    name: 'A former PBI member whose membership is inactive may register as new',
    input: D({
      membership: { segment: 'PBI-APBN', status: 'nonaktif', deactivatedOn: '2025-01-15' },
    }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'NIK/KK not matching Dukcapil records: not eligible',
    input: D({ verification: { dukcapilMatch: false } }),
    outcome: 'ineligible',
    reasons: ['dukcapil-mismatch'],
  },
  {
    name: 'A duplicate membership in BPJS data: not eligible',
    input: D({ verification: { duplicateMembership: true } }),
    outcome: 'ineligible',
    reasons: ['duplicate-membership'],
  },
  {
    name: 'Dukcapil and duplicate checks not yet made: both are pending',
    input: D({ verification: undefined }),
    outcome: 'incomplete',
    reasons: ['check-pending', 'check-pending'],
    checks: ['dukcapil', 'duplicate'],
    nextSteps: ['complete-checks'],
  },
  {
    name: 'A new registration in DTSEN desil 7 is not eligible',
    input: D({ welfare: { dtsen: { registered: true, desil: 7 } } }),
    outcome: 'ineligible',
    reasons: ['welfare-decile-too-high'],
  },
  {
    name: 'In the DTKS era only DTKS counts for a new registration: a verified poor family outside DTKS is refused nationally',
    input: D({
      receivedOn: '2024-06-03',
      welfare: { dtks: false, dtsen: undefined, verifiedPoor: true },
    }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
    regime: 'permensos-21-2019',
  },
  {
    name: 'A new registration without the KK is incomplete; no SKTM is required nationally',
    input: D({ documents: ['ktp'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['kk'],
  },
  // Pengalihan
  {
    name: 'A self-paying (PBPU) member in DTSEN desil 4 with KTP and KK can move to PBI',
    input: P({ documents: ['ktp', 'kk'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'A wage-earner (PPU) member cannot move to PBI through pengalihan',
    input: P({ membership: { segment: 'PPU' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: 'An active PBI-APBD member asking for pengalihan is already PBI (and not also refused for the segment)',
    input: P({ membership: { segment: 'PBI-APBD', status: 'aktif' } }),
    outcome: 'ineligible',
    reasons: ['already-pbi'],
  },
  {
    name: 'Nationally the statement of inability to pay need not carry a meterai',
    input: P({ documents: ['ktp', 'kk', 'surat-pernyataan-tidak-mampu-bayar'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Pengalihan follows the national new-registration checks: a Dukcapil mismatch refuses it',
    input: P({ verification: { dukcapilMatch: false } }),
    outcome: 'ineligible',
    reasons: ['dukcapil-mismatch'],
  },
];

/** Moves the applicant to Kabupaten Garut (a region no national rule restricts). */
function patch3(input: ReturnType<typeof R>) {
  return { ...input, applicant: applicant('32.05') };
}
