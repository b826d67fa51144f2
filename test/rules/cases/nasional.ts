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
    nameId:
      'Peserta PBI-APBN yang dinonaktifkan pada 15 Januari 2026, membutuhkan layanan kesehatan, dan membawa KTP, KK, kartu JKN serta surat keterangan fasilitas kesehatan memenuhi syarat, dan suratnya diteruskan ke BPJS',
    input: R({ membership: { deactivatedOn: '2026-01-15', deactivationDecree: '3/HUK/2026' } }),
    outcome: 'eligible',
    // The January 2026 wave's own conditions are a warning for the officer, never a refusal.
    reasons: ['deactivation-wave'],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
    regime: 'permensos-3-2026',
  },
  {
    name: 'A PBI-APBD (regionally funded) member can be reactivated under the national rule',
    nameId:
      'Peserta PBI-APBD (dibiayai daerah) dapat diaktifkan kembali menurut ketentuan nasional',
    input: R({ membership: { segment: 'PBI-APBD' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'A self-paying (PBPU) member cannot be reactivated as PBI',
    nameId: 'Peserta mandiri (PBPU) tidak dapat diaktifkan kembali sebagai PBI',
    input: R({ membership: { segment: 'PBPU' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: 'An active membership needs no reactivation',
    nameId: 'Kepesertaan yang masih aktif tidak perlu diaktifkan kembali',
    input: R({ membership: { status: 'aktif', deactivatedOn: undefined } }),
    outcome: 'ineligible',
    // From 10 February 2026 an active membership may be the temporary automatic reactivation.
    reasons: ['membership-active', 'temporary-reactivation'],
  },
  // Reaktivasi — the window ("paling lama 6 bulan", last day included)
  {
    name: 'Received exactly six months after the deactivation decree is still within "paling lama 6 bulan"',
    nameId:
      'Permohonan yang diterima tepat enam bulan setelah keputusan penonaktifan masih termasuk "paling lama 6 bulan"',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-02' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Received six months and one day after the decree is outside the window, and the office proposes a new registration through SIKS-NG',
    nameId:
      'Permohonan yang diterima enam bulan lebih satu hari setelah keputusan penonaktifan berada di luar batas waktu, dan kantor mengusulkan pendaftaran baru melalui SIKS-NG',
    input: R({ receivedOn: '2026-03-02', membership: { deactivatedOn: '2025-09-01' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
    nextSteps: ['propose-new-registration'],
  },
  {
    name: 'Deactivated on 31 August 2025, the window closes on 28 February 2026 (month end clamps)',
    nameId:
      'Dinonaktifkan pada 31 Agustus 2025, batas waktunya berakhir pada 28 Februari 2026 (dibulatkan ke akhir bulan)',
    input: R({ receivedOn: '2026-02-28', membership: { deactivatedOn: '2025-08-31' } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Deactivated on 31 August 2025, an application received on 1 March 2026 is too late',
    nameId:
      'Dinonaktifkan pada 31 Agustus 2025, permohonan yang diterima pada 1 Maret 2026 sudah terlambat',
    input: R({ receivedOn: '2026-03-01', membership: { deactivatedOn: '2025-08-31' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
  },
  {
    name: 'Deactivated on 31 August 2023, the window closes on 29 February 2024 (leap year)',
    nameId:
      'Dinonaktifkan pada 31 Agustus 2023, batas waktunya berakhir pada 29 Februari 2024 (tahun kabisat)',
    input: R({ ...dtksEra, receivedOn: '2024-02-29', membership: { deactivatedOn: '2023-08-31' } }),
    outcome: 'eligible',
    reasons: [],
    regime: 'permensos-21-2019',
  },
  {
    name: 'Deactivated on 31 August 2023, an application received on 1 March 2024 is too late',
    nameId:
      'Dinonaktifkan pada 31 Agustus 2023, permohonan yang diterima pada 1 Maret 2024 sudah terlambat',
    input: R({ ...dtksEra, receivedOn: '2024-03-01', membership: { deactivatedOn: '2023-08-31' } }),
    outcome: 'ineligible',
    reasons: ['reactivation-window-expired'],
  },
  {
    name: 'The deactivation date is not known yet: the officer must check it before deciding',
    nameId: 'Tanggal penonaktifan belum diketahui: petugas harus mengeceknya sebelum memutus',
    input: R({ membership: { deactivatedOn: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['deactivation-date'],
    nextSteps: ['complete-checks'],
  },
  // Reaktivasi — the health-facility letter by regime
  {
    name: 'On 31 January 2026 (Permensos 21/2019) the health-facility letter is not required nationally',
    nameId:
      'Pada 31 Januari 2026 (Permensos 21/2019) surat keterangan fasilitas kesehatan tidak diwajibkan secara nasional',
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
    nameId:
      'Sejak 1 Februari 2026 (Permensos 3/2026 Pasal 20 ayat (3)) berkas tanpa surat keterangan fasilitas kesehatan belum lengkap, dan pemohon diarahkan untuk memintanya',
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
    nameId:
      'Permohonan yang diterima pada 2 Maret 2026 tetapi dinilai per 31 Januari 2026 mengikuti Permensos 21/2019',
    input: R({ documents: ['ktp', 'kk', 'kartu-jkn'] }),
    asOf: '2026-01-31',
    outcome: 'eligible',
    reasons: [],
    regime: 'permensos-21-2019',
  },
  // Reaktivasi — health need
  {
    name: 'Someone who does not need health care is not reactivated ("layak membutuhkan layanan kesehatan")',
    nameId:
      'Orang yang tidak membutuhkan layanan kesehatan tidak diaktifkan kembali ("layak membutuhkan layanan kesehatan")',
    input: R({ health: { needsCare: false, condition: undefined } }),
    outcome: 'ineligible',
    reasons: ['health-need-not-established'],
  },
  {
    name: 'The health need has not been assessed yet: the file waits for that check',
    nameId: 'Kebutuhan layanan kesehatan belum dinilai: berkas menunggu pengecekan tersebut',
    input: R({ health: undefined }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['health-need'],
  },
  // Welfare — DTSEN era (from 1 May 2025)
  {
    name: 'Not in DTSEN and not verified poor: not eligible, and the family is sent to register in DTSEN',
    nameId:
      'Tidak terdaftar dalam DTSEN dan tidak terverifikasi miskin: tidak memenuhi syarat, dan keluarga diarahkan untuk mendaftar ke DTSEN',
    input: R({ welfare: { dtks: undefined, dtsen: { registered: false }, verifiedPoor: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
    nextSteps: ['update-welfare-data', 'dinsos-keterangan-masih-layak'],
  },
  {
    name: 'Not in DTSEN but verified poor by field verification: eligible',
    nameId:
      'Tidak terdaftar dalam DTSEN tetapi terverifikasi miskin melalui verifikasi lapangan: memenuhi syarat',
    input: R({ welfare: { dtks: undefined, dtsen: { registered: false }, verifiedPoor: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'DTSEN desil 5 is within the limit (desil 1–5)',
    nameId: 'Desil 5 DTSEN masih dalam batas (desil 1–5)',
    input: R({ welfare: { dtsen: { registered: true, desil: 5 } } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'DTSEN desil 6 is above the limit when the family is not verified poor',
    nameId: 'Desil 6 DTSEN melewati batas bila keluarga tidak terverifikasi miskin',
    input: R({ welfare: { dtsen: { registered: true, desil: 6 } } }),
    outcome: 'ineligible',
    reasons: ['welfare-decile-too-high'],
    nextSteps: ['update-welfare-data', 'dinsos-keterangan-masih-layak'],
  },
  {
    name: 'DTSEN desil 6 but verified poor: eligible',
    nameId: 'Desil 6 DTSEN tetapi terverifikasi miskin: memenuhi syarat',
    input: R({ welfare: { dtsen: { registered: true, desil: 6 }, verifiedPoor: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Registered in DTSEN but the desil is not known yet: a DTSEN check is pending',
    nameId:
      'Terdaftar dalam DTSEN tetapi desilnya belum diketahui: pengecekan DTSEN masih tertunda',
    input: R({ welfare: { dtsen: { registered: true, desil: undefined } } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['dtsen'],
  },
  {
    name: 'DTSEN not checked yet: a DTSEN check is pending (a DTKS entry alone no longer counts)',
    nameId:
      'DTSEN belum dicek: pengecekan DTSEN masih tertunda (terdaftar dalam DTKS saja tidak lagi cukup)',
    input: R({ welfare: { dtks: true, dtsen: undefined } }),
    outcome: 'incomplete',
    reasons: ['check-pending'],
    checks: ['dtsen'],
  },
  // Welfare — the DTKS → DTSEN boundary
  {
    name: 'On 30 April 2025 the registry is DTKS: a family in DTKS without DTSEN data is eligible',
    nameId:
      'Pada 30 April 2025 data yang berlaku adalah DTKS: keluarga yang terdaftar dalam DTKS tanpa data DTSEN memenuhi syarat',
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
    nameId:
      'Pada 1 Mei 2025 data yang berlaku adalah DTSEN: keluarga yang sama perlu dicek di DTSEN',
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
    nameId:
      'Pada masa DTKS, keluarga yang tidak terdaftar dalam DTKS tidak memenuhi syarat nasional, walaupun terverifikasi miskin',
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
    nameId: 'Pada masa DTKS, DTKS belum dicek: pengecekan DTKS masih tertunda',
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
    nameId: 'KIA (Kartu Identitas Anak) memenuhi syarat identitas',
    input: R({ documents: ['kia', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'An akta kelahiran meets the identity requirement',
    nameId: 'Akta kelahiran memenuhi syarat identitas',
    input: R({ documents: ['akta-kelahiran', 'kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Without any identity document (KTP, KIA or akta) the file is incomplete',
    nameId: 'Tanpa dokumen identitas apa pun (KTP, KIA atau akta kelahiran) berkas belum lengkap',
    input: R({ documents: ['kk', 'kartu-jkn', 'surat-keterangan-faskes'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['identitas'],
    nextSteps: ['complete-documents'],
  },
  {
    name: 'A NIK whose date part says 6 August instead of 5 August is only a warning: the outcome stays eligible',
    nameId:
      'NIK yang bagian tanggalnya menyebut 6 Agustus, bukan 5 Agustus, hanya menjadi peringatan: hasilnya tetap memenuhi syarat',
    input: R({ applicant: { nik: '3304014608900001' } }),
    outcome: 'eligible',
    reasons: ['nik-birthdate-mismatch'],
    nextSteps: ['submit-to-bpjs', 'village-siks-ng-route'],
  },
  {
    name: 'A NIK coded for a man (day without +40) for a woman applicant is a warning',
    nameId:
      'NIK berkode laki-laki (tanggal lahir tanpa tambahan 40) pada pemohon perempuan menjadi peringatan',
    input: R({ applicant: { nik: '3304010508900001' } }),
    outcome: 'eligible',
    reasons: ['nik-birthdate-mismatch'],
  },
  {
    name: 'Dukcapil and duplicate checks do not apply to reactivation',
    nameId: 'Pengecekan Dukcapil dan kepesertaan ganda tidak berlaku untuk reaktivasi',
    input: R({ verification: { dukcapilMatch: false, duplicateMembership: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'The BPJS roster and residency are not checked by the national rule',
    nameId: 'Daftar peserta BPJS dan domisili tidak diperiksa menurut ketentuan nasional',
    input: patch3(R({ membership: { inBpjsRoster: false } })),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'A file with several problems lists every one of them, not only the first',
    nameId: 'Berkas dengan beberapa masalah menyebutkan semuanya, tidak hanya yang pertama',
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
    nameId:
      'Pendaftaran baru dengan desil 2 DTSEN, data padan di Dukcapil, tanpa kepesertaan ganda, dengan KTP dan KK memenuhi syarat',
    input: D({ documents: ['ktp', 'kk'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Someone already an active PBI-APBN member cannot register again (and is not also refused for the segment)',
    nameId:
      'Orang yang sudah menjadi peserta PBI-APBN aktif tidak dapat mendaftar lagi (dan tidak ditolak pula karena segmennya)',
    input: D({ membership: { segment: 'PBI-APBN', status: 'aktif' } }),
    outcome: 'ineligible',
    reasons: ['already-pbi'],
  },
  {
    name: 'A former PBI member whose membership is inactive may register as new',
    nameId: 'Mantan peserta PBI yang kepesertaannya nonaktif dapat mendaftar sebagai peserta baru',
    input: D({
      membership: { segment: 'PBI-APBN', status: 'nonaktif', deactivatedOn: '2025-01-15' },
    }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'NIK/KK not matching Dukcapil records: not eligible',
    nameId: 'NIK/KK tidak padan dengan data Dukcapil: tidak memenuhi syarat',
    input: D({ verification: { dukcapilMatch: false } }),
    outcome: 'ineligible',
    reasons: ['dukcapil-mismatch'],
  },
  {
    name: 'A duplicate membership in BPJS data: not eligible',
    nameId: 'Kepesertaan ganda dalam data BPJS: tidak memenuhi syarat',
    input: D({ verification: { duplicateMembership: true } }),
    outcome: 'ineligible',
    reasons: ['duplicate-membership'],
  },
  {
    name: 'Dukcapil and duplicate checks not yet made: both are pending',
    nameId: 'Pengecekan Dukcapil dan kepesertaan ganda belum dilakukan: keduanya masih tertunda',
    input: D({ verification: undefined }),
    outcome: 'incomplete',
    reasons: ['check-pending', 'check-pending'],
    checks: ['dukcapil', 'duplicate'],
    nextSteps: ['complete-checks'],
  },
  {
    name: 'A new registration in DTSEN desil 7 is not eligible',
    nameId: 'Pendaftaran baru dengan desil 7 DTSEN tidak memenuhi syarat',
    input: D({ welfare: { dtsen: { registered: true, desil: 7 } } }),
    outcome: 'ineligible',
    reasons: ['welfare-decile-too-high'],
  },
  {
    name: 'In the DTKS era only DTKS counts for a new registration: a verified poor family outside DTKS is refused nationally',
    nameId:
      'Pada masa DTKS hanya DTKS yang berlaku untuk pendaftaran baru: keluarga terverifikasi miskin di luar DTKS ditolak menurut ketentuan nasional',
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
    nameId: 'Pendaftaran baru tanpa KK belum lengkap; SKTM tidak diwajibkan secara nasional',
    input: D({ documents: ['ktp'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['kk'],
  },
  // Pengalihan
  {
    name: 'A self-paying (PBPU) member in DTSEN desil 4 with KTP and KK can move to PBI',
    nameId:
      'Peserta mandiri (PBPU) dengan desil 4 DTSEN yang membawa KTP dan KK dapat beralih ke PBI',
    input: P({ documents: ['ktp', 'kk'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'A wage-earner (PPU) member cannot move to PBI through pengalihan',
    nameId: 'Peserta penerima upah (PPU) tidak dapat beralih ke PBI melalui pengalihan',
    input: P({ membership: { segment: 'PPU' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: 'An active PBI-APBD member asking for pengalihan is already PBI (and not also refused for the segment)',
    nameId:
      'Peserta PBI-APBD aktif yang mengajukan pengalihan sudah menjadi PBI (dan tidak ditolak pula karena segmennya)',
    input: P({ membership: { segment: 'PBI-APBD', status: 'aktif' } }),
    outcome: 'ineligible',
    reasons: ['already-pbi'],
  },
  {
    name: 'Nationally the statement of inability to pay need not carry a meterai',
    nameId: 'Secara nasional, surat pernyataan tidak mampu membayar tidak harus bermeterai',
    input: P({ documents: ['ktp', 'kk', 'surat-pernyataan-tidak-mampu-bayar'] }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Pengalihan follows the national new-registration checks: a Dukcapil mismatch refuses it',
    nameId:
      'Pengalihan mengikuti pengecekan nasional untuk pendaftaran baru: data yang tidak padan di Dukcapil membuat pengalihan ditolak',
    input: P({ verification: { dukcapilMatch: false } }),
    outcome: 'ineligible',
    reasons: ['dukcapil-mismatch'],
  },
];

/** Moves the applicant to Kabupaten Garut (a region no national rule restricts). */
function patch3(input: ReturnType<typeof R>) {
  return { ...input, applicant: applicant('32.05') };
}
