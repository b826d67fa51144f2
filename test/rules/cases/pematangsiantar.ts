import { pendaftaran, pengalihan, reaktivasi } from '../fixtures';
import type { RuleCase } from './types';

const D = (changes = {}) => pendaftaran('12.72', changes);
const P = (changes = {}) => pengalihan('12.72', changes);
const dtksEra = { receivedOn: '2024-06-03' };

/** Pematangsiantar, Standar Pelayanan "Siantar Sehat" (seed 002). */
export const pematangsiantarCases: RuleCase[] = [
  {
    name: 'Pematangsiantar langkah 2: a new registration with the SKTM signed by the Lurah, KK and KTP, padan at Dukcapil and not double, is recommended',
    nameId:
      'Pematangsiantar langkah 2: pendaftaran baru dengan SKTM yang ditandatangani Lurah, KK dan KTP, padan di Dukcapil dan tidak ganda, diberi rekomendasi',
    input: D(),
    outcome: 'eligible',
    reasons: [],
    nextSteps: ['submit-to-bpjs'],
  },
  {
    name: 'Pematangsiantar langkah 2a/2d: a new registration without the SKTM is not received yet',
    nameId: 'Pematangsiantar langkah 2a/2d: pendaftaran baru tanpa SKTM belum diterima',
    input: D({ documents: ['ktp', 'kk'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['sktm'],
    nextSteps: ['complete-documents'],
  },
  {
    name: 'Pematangsiantar Peringatan: a poor family outside DTKS, verified by the kelurahan, is accepted in the DTKS era (regional PBI)',
    nameId:
      'Pematangsiantar Peringatan: keluarga miskin di luar DTKS yang diverifikasi oleh kelurahan diterima pada masa DTKS (PBI daerah)',
    input: D({ ...dtksEra, welfare: { dtks: false, dtsen: undefined, verifiedPoor: true } }),
    outcome: 'eligible',
    reasons: [],
    regime: 'permensos-21-2019',
  },
  {
    name: 'Pematangsiantar: a verified poor family whose DTKS status was never checked is accepted in the DTKS era',
    nameId:
      'Pematangsiantar: keluarga terverifikasi miskin yang status DTKS-nya tidak pernah dicek diterima pada masa DTKS',
    input: D({ ...dtksEra, welfare: { dtks: undefined, dtsen: undefined, verifiedPoor: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Pematangsiantar langkah 3a: a family outside DTKS that is not verified poor is not accepted',
    nameId:
      'Pematangsiantar langkah 3a: keluarga di luar DTKS yang tidak terverifikasi miskin tidak diterima',
    input: D({ ...dtksEra, welfare: { dtks: false, dtsen: undefined, verifiedPoor: false } }),
    outcome: 'ineligible',
    reasons: ['not-in-welfare-registry'],
    nextSteps: ['update-welfare-data'],
  },
  {
    name: 'Pematangsiantar langkah 3c: KK and KTP not padan with Dukcapil — not eligible',
    nameId:
      'Pematangsiantar langkah 3c: KK dan KTP tidak padan dengan Dukcapil, sehingga tidak memenuhi syarat',
    input: D({ verification: { dukcapilMatch: false } }),
    outcome: 'ineligible',
    reasons: ['dukcapil-mismatch'],
  },
  {
    name: 'Pematangsiantar langkah 3d: data double with provincial or central BPJS data — not eligible',
    nameId:
      'Pematangsiantar langkah 3d: data ganda dengan data BPJS provinsi atau pusat, sehingga tidak memenuhi syarat',
    input: D({ verification: { duplicateMembership: true } }),
    outcome: 'ineligible',
    reasons: ['duplicate-membership'],
  },
  {
    name: 'Pematangsiantar from 1 May 2025: the DTSEN rule applies to new registrations (desil 8 refused)',
    nameId:
      'Pematangsiantar sejak 1 Mei 2025: ketentuan DTSEN berlaku untuk pendaftaran baru (desil 8 ditolak)',
    input: D({ welfare: { dtsen: { registered: true, desil: 8 }, verifiedPoor: false } }),
    outcome: 'ineligible',
    reasons: ['welfare-decile-too-high'],
  },
  {
    name: 'Pematangsiantar langkah 2b: a transfer from mandiri with the statement of inability to pay carrying a meterai is recommended',
    nameId:
      'Pematangsiantar langkah 2b: pengalihan dari peserta mandiri dengan surat pernyataan tidak mampu membayar yang bermeterai diberi rekomendasi',
    input: P(),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Pematangsiantar langkah 2b: a statement of inability to pay without meterai is not accepted (and is not counted as missing)',
    nameId:
      'Pematangsiantar langkah 2b: surat pernyataan tidak mampu membayar tanpa meterai tidak diterima (dan tidak dihitung sebagai dokumen yang kurang)',
    input: P({ documents: ['ktp', 'kk', 'surat-pernyataan-tidak-mampu-bayar'] }),
    outcome: 'incomplete',
    reasons: ['document-not-stamped'],
    nextSteps: ['complete-documents'],
  },
  {
    name: 'Pematangsiantar: a statement marked explicitly as not stamped is not accepted',
    nameId:
      'Pematangsiantar: surat pernyataan yang secara tegas ditandai tidak bermeterai tidak diterima',
    input: P({
      documents: ['ktp', 'kk', { kind: 'surat-pernyataan-tidak-mampu-bayar', stamped: false }],
    }),
    outcome: 'incomplete',
    reasons: ['document-not-stamped'],
  },
  {
    name: 'Pematangsiantar: a transfer without the statement of inability to pay is incomplete',
    nameId: 'Pematangsiantar: pengalihan tanpa surat pernyataan tidak mampu membayar belum lengkap',
    input: P({ documents: ['ktp', 'kk'] }),
    outcome: 'incomplete',
    reasons: ['document-missing'],
    missing: ['surat-pernyataan-tidak-mampu-bayar'],
  },
  {
    name: 'Pematangsiantar: the SKTM required for new registrations does not carry over to transfers',
    nameId:
      'Pematangsiantar: SKTM yang diwajibkan untuk pendaftaran baru tidak berlaku untuk pengalihan',
    input: P({
      documents: ['ktp', 'kk', { kind: 'surat-pernyataan-tidak-mampu-bayar', stamped: true }],
    }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Pematangsiantar Peringatan: a mandiri member outside DTKS but verified poor may move to PBI in the DTKS era',
    nameId:
      'Pematangsiantar Peringatan: peserta mandiri di luar DTKS yang terverifikasi miskin dapat beralih ke PBI pada masa DTKS',
    input: P({ ...dtksEra, welfare: { dtks: false, dtsen: undefined, verifiedPoor: true } }),
    outcome: 'eligible',
    reasons: [],
  },
  {
    name: 'Pematangsiantar: a wage earner (PPU) cannot use the mandiri transfer',
    nameId:
      'Pematangsiantar: peserta penerima upah (PPU) tidak dapat menggunakan pengalihan dari peserta mandiri',
    input: P({ membership: { segment: 'PPU' } }),
    outcome: 'ineligible',
    reasons: ['segment-not-eligible'],
  },
  {
    name: 'Pematangsiantar reactivations follow the national rule only (its SOP does not cover reaktivasi)',
    nameId:
      'Pematangsiantar: reaktivasi hanya mengikuti ketentuan nasional (SOP-nya tidak mengatur reaktivasi)',
    input: reaktivasi('12.72'),
    outcome: 'eligible',
    reasons: [],
  },
];
