import { reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const R = (changes = {}) => reaktivasi('73.02', changes);

/** Bulukumba, Standar Pelayanan reaktivasi PBI BPJS APBN (seed 003). */
export const bulukumbaCases: RuleCase[] = [
  {
    name: 'Bulukumba persyaratan 1–4: a PBI APBN member inactive less than 6 months, in the registry, with card, KK, KIA and the status letter from BPJS is given the Surat Keterangan',
    nameId:
      'Bulukumba persyaratan 1–4: peserta PBI APBN yang nonaktif kurang dari 6 bulan, terdaftar dalam DTSEN, dan membawa kartu, KK, KIA serta surat keterangan status kepesertaan dari BPJS diberi Surat Keterangan',
    input: R({
      documents: ['kia', 'kk', 'kartu-jkn', 'surat-status-kepesertaan', 'surat-keterangan-faskes'],
    }),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'Bulukumba persyaratan 1: a PBI APBD member is not served by this APBN-only service',
    nameId:
      'Bulukumba persyaratan 1: peserta PBI APBD tidak dilayani, karena layanan ini khusus untuk PBI APBN',
    input: R({ membership: { segment: 'PBI-APBD' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: "Bulukumba persyaratan 1: inactive exactly six months is not 'kurang dari 6 Bulan'",
    nameId:
      "Bulukumba persyaratan 1: nonaktif tepat enam bulan tidak termasuk 'kurang dari 6 Bulan'",
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Bulukumba prosedur 2: without the Surat Keterangan Status Kepesertaan from BPJS the file is incomplete',
    nameId:
      'Bulukumba prosedur 2: tanpa Surat Keterangan Status Kepesertaan dari BPJS, berkas belum lengkap',
    input: R({ documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['surat-status-kepesertaan'],
  },
  {
    name: 'Bulukumba persyaratan 4: an akta kelahiran alone meets the identity requirement (KTP/KIA/Akte Kelahiran)',
    nameId:
      'Bulukumba persyaratan 4: akta kelahiran saja sudah memenuhi syarat identitas (KTP/KIA/Akte Kelahiran)',
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
    nameId:
      'Bulukumba prosedur 3 pada masa DTKS: peserta yang tidak ditemukan dalam DTKS tidak memenuhi syarat',
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
    nameId: 'Bulukumba: peserta APBD yang melewati batas waktu reaktivasi mendapat kedua alasan',
    input: R({ membership: { segment: 'PBI-APBD', deactivatedOn: '2025-06-01' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible', 'reactivation-window-expired'],
  },
];
