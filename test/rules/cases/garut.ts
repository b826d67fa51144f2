import { reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const R = (changes = {}) => reaktivasi('32.05', changes);

/** Garut, Standar Pelayanan reaktivasi PBI-JK APBN (seed 004). */
export const garutCases: RuleCase[] = [
  {
    name: 'Garut persyaratan 1–4: a Garut resident in the registry and in the BPJS SK Kepesertaan, with KTP, KK and BPJS card, gets the Surat Rekomendasi',
    nameId:
      'Garut persyaratan 1–4: penduduk Garut yang terdaftar dalam DTSEN dan tercantum dalam SK Kepesertaan BPJS, dengan KTP, KK dan kartu BPJS, diberi Surat Rekomendasi',
    input: R(),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'Garut persyaratan 3: a resident of Kabupaten Purbalingga (33.03) is outside Garut’s service area',
    nameId:
      'Garut persyaratan 3: penduduk Kabupaten Purbalingga (33.03) berada di luar wilayah layanan Garut',
    input: reaktivasi('33.03'),
    outcome: 'ineligible',
    reasons: ['outside-service-area'],
  },
  {
    name: 'Garut persyaratan 2: someone no longer in the BPJS SK Kepesertaan is not recommended and is pointed to a new registration',
    nameId:
      'Garut persyaratan 2: orang yang tidak lagi tercantum dalam SK Kepesertaan BPJS tidak diberi rekomendasi dan diarahkan ke pendaftaran baru',
    input: R({ membership: { inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-bpjs-roster'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Garut persyaratan 2: the SK Kepesertaan has not been checked yet — the check is pending',
    nameId: 'Garut persyaratan 2: SK Kepesertaan belum dicek, sehingga pengecekan masih tertunda',
    input: R({ membership: { inBpjsRoster: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['bpjs-roster'],
  },
  {
    name: 'Garut (PBI-JK APBN): a PBI-APBD member is not served by this service',
    nameId: 'Garut (PBI-JK APBN): peserta PBI-APBD tidak dilayani oleh layanan ini',
    input: R({ membership: { segment: 'PBI-APBD' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: 'Garut keeps the national "paling lama 6 bulan": received exactly six months after deactivation is inside',
    nameId:
      'Garut mengikuti ketentuan nasional "paling lama 6 bulan": permohonan yang diterima tepat enam bulan setelah penonaktifan masih dalam batas waktu',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Garut persyaratan 1 in the DTKS era: someone not in DTKS is not recommended',
    nameId:
      'Garut persyaratan 1 pada masa DTKS: orang yang tidak terdaftar dalam DTKS tidak diberi rekomendasi',
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
    nameId:
      'Garut: peserta APBD yang bukan penduduk Garut dan tidak lagi tercantum dalam daftar peserta BPJS mendapat ketiga alasan daerah',
    input: reaktivasi('33.03', { membership: { segment: 'PBI-APBD', inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['outside-service-area', 'not-in-bpjs-roster', 'segment-not-eligible'],
    nextSteps: ['propose-new-registration', 'apply-at-home-office'],
  },
];
