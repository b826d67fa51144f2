import { reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const R = (changes = {}) => reaktivasi('35.20', changes);

/** Magetan, Standar Pelayanan and SOP 188/18/Kept./403.107/2023 (seed 001). */
export const magetanCases: RuleCase[] = [
  {
    name: 'Magetan langkah 5: BPJS still lists the card, the requirements are complete — the Surat Permohonan Reaktivasi is made',
    nameId:
      'Magetan langkah 5: kartu masih tercantum di BPJS dan persyaratan lengkap, sehingga Surat Permohonan Reaktivasi dibuat',
    input: R(),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'Magetan langkah 4: BPJS says the person is no longer registered — the file is returned and a new proposal through the desa/kelurahan SIKS-NG operator is advised',
    nameId:
      'Magetan langkah 4: BPJS menyatakan orang tersebut tidak terdaftar lagi, sehingga berkas dikembalikan dan pemohon disarankan mengajukan usulan baru melalui operator SIKS-NG desa/kelurahan',
    input: R({ membership: { inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-bpjs-roster'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Magetan langkah 3: the BPJS status has not been confirmed yet (Telegram/telephone) — the check is pending',
    nameId:
      'Magetan langkah 3: status di BPJS belum dikonfirmasi (melalui Telegram/telepon), sehingga pengecekan masih tertunda',
    input: R({ membership: { inBpjsRoster: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['bpjs-roster'],
    nextSteps: ['complete-checks'],
  },
  {
    name: 'Magetan keeps the national "paling lama 6 bulan": received exactly six months after deactivation is inside',
    nameId:
      'Magetan mengikuti ketentuan nasional "paling lama 6 bulan": permohonan yang diterima tepat enam bulan setelah penonaktifan masih dalam batas waktu',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Magetan: outside the window and not on the roster — both reasons are given, and one proposal for new registration',
    nameId:
      'Magetan: di luar batas waktu dan tidak tercantum dalam daftar peserta BPJS, sehingga kedua alasan disebutkan dengan satu usulan pendaftaran baru',
    input: R({ membership: { deactivatedOn: '2025-06-15', inBpjsRoster: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-bpjs-roster', 'reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Magetan langkah 2 in the DTKS era: a card holder not found in DTKS (SIKS-NG) is not eligible',
    nameId:
      'Magetan langkah 2 pada masa DTKS: pemegang kartu yang tidak ditemukan dalam DTKS (SIKS-NG) tidak memenuhi syarat',
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
    nameId: 'Magetan persyaratan 3: tanpa fotokopi kartu JKN-KIS, berkas belum lengkap',
    input: R({ documents: ['ktp', 'kk', 'surat-keterangan-faskes'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['kartu-jkn'],
  },
  {
    name: 'Magetan serves applicants from other regencies too (no residency rule in its SOP)',
    nameId:
      'Magetan juga melayani pemohon dari kabupaten lain (SOP-nya tidak mengatur syarat domisili)',
    input: reaktivasi('33.03'),
    outcome: 'eligible',
    reasons: [],
  },
];
