import { reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const R = (changes = {}) => reaktivasi('33.03', changes);
const ALL_DOCS = ['ktp', 'kk', 'kartu-jkn', 'surat-status-kepesertaan', 'surat-keterangan-faskes'];

/** Purbalingga, SOP AP 460/053/2022 (seed 000). */
export const purbalinggaCases: RuleCase[] = [
  {
    name: 'Purbalingga langkah 2a: deleted less than 6 months ago with the BPJS status letter, KTP, KK, KIS card and the RS/Puskesmas letter — the Surat Re-aktivasi is issued the same day',
    input: R({ documents: ALL_DOCS }),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: "Purbalingga: received exactly six months after deactivation is not 'kurang dari 6 bulan'",
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Purbalingga: received one day short of six months is still "kurang dari 6 bulan"',
    input: R({ receivedOn: '2026-03-01', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Purbalingga langkah 2a: without the keterangan from BPJS (surat status kepesertaan) no letter is issued yet (2b)',
    input: R({ documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['surat-status-kepesertaan'],
    nextSteps: ['complete-documents'],
  },
  {
    name: 'Purbalingga Peringatan: the RS/Puskesmas letter is required even under Permensos 21/2019 (received 1 December 2025)',
    input: R({
      receivedOn: '2025-12-01',
      membership: { deactivatedOn: '2025-10-01' },
      documents: ['ktp', 'kk', 'kartu-jkn', 'surat-status-kepesertaan'],
    }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['surat-keterangan-faskes'],
    nextSteps: ['obtain-health-letter', 'complete-documents'],
    regime: 'permensos-21-2019',
  },
  {
    name: 'Purbalingga langkah 3 in the DTKS era: a family not in DTKS is not given the letter',
    input: R({
      receivedOn: '2025-03-03',
      membership: { deactivatedOn: '2025-01-15' },
      welfare: { dtks: false, dtsen: undefined },
      documents: ALL_DOCS,
    }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
    nextSteps: ['update-welfare-data'],
  },
  {
    name: 'Purbalingga does not ask the BPJS roster: a case BPJS no longer lists is still decided on the window',
    input: R({ membership: { inBpjsRoster: false } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Purbalingga: a KIS PBI funded by the region (PBI-APBD) may be reactivated',
    input: R({ membership: { segment: 'PBI-APBD' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Purbalingga: a file missing both extra SOP documents lists both',
    input: R({ documents: ['ktp', 'kk', 'kartu-jkn'] }),
    outcome: 'incomplete',
    reasons: ['document-missing', 'document-missing'],
    missing: ['surat-status-kepesertaan', 'surat-keterangan-faskes'],
    nextSteps: ['obtain-health-letter', 'complete-documents'],
  },
];
