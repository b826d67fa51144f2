import type { ProfileInput } from '../schemas/profile';

/**
 * The national baseline (Permensos 21/2019, then Permensos 3/2026) with no regional overlay.
 * Its office fields are blanks to fill in: derive a real office with `defineProfile`.
 */
export const nasional = {
  id: 'nasional',
  name: 'Dinas Sosial Kabupaten/Kota',
  letterhead: {
    government: 'PEMERINTAH KABUPATEN/KOTA ……………………',
    agency: ['DINAS SOSIAL'],
  },
  city: '……………………',
  officials: [{ id: 'kepala-dinas', position: 'Kepala Dinas Sosial', shortPosition: 'Kadis' }],
  signers: [{ official: 'kepala-dinas', delegation: 'none' }],
  defaultSigner: 'kepala-dinas',
  letterNumberPattern: '400.9/{nomor}/{tahun}',
  addressee: { title: 'Kepala Kantor Cabang BPJS Kesehatan ……………………', place: '……………………' },
  tembusan: [],
  sla: { workingDays: 1 },
  policy: { reaktivasi: {}, pendaftaran: {}, pengalihan: {} },
} satisfies ProfileInput;
