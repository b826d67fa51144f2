import type { ProfileInput } from '../schemas/profile';

/**
 * Dinas Sosial P3A Kota Pematangsiantar — Standar Pelayanan "Pengurusan BPJS Kesehatan JKN KIS
 * melalui Aplikasi 'Siantar Sehat'" (2022), seed `002_535e5cc640931429.txt`.
 */
export const pematangsiantar = {
  id: 'pematangsiantar',
  name: 'Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak Kota Pematangsiantar',
  region: { code: '12.72', name: 'Pematangsiantar', kind: 'kota', province: 'Sumatera Utara' },
  letterhead: {
    government: 'PEMERINTAH KOTA PEMATANGSIANTAR',
    agency: ['DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN', 'PERLINDUNGAN ANAK'],
  },
  city: 'Pematangsiantar',
  officials: [
    {
      id: 'kepala-dinas',
      position: 'Kepala Dinas Sosial P3A Kota Pematangsiantar',
      shortPosition: 'Kadis',
      name: 'PARIAMAN SILAEN, SH',
      rank: 'Pembina Utama Muda',
      grade: 'IV/c',
      nip: '196409221990031001',
    },
    { id: 'sekretaris', position: 'Sekretaris Dinas', shortPosition: 'Sekdis' },
    { id: 'kabid-sosial', position: 'Kepala Bidang Sosial', shortPosition: 'Kabid Sosial' },
  ],
  signers: [{ official: 'kepala-dinas', delegation: 'none' }],
  defaultSigner: 'kepala-dinas',
  // SOP langkah 6–7: paraf hierarki Kabid Sosial, Sekretaris Dinas, then the Kepala Dinas signs.
  paraf: ['kabid-sosial', 'sekretaris'],
  letterNumberPattern: '400.9/{nomor}/Dinsos-P3A/{tahun}',
  addressee: {
    title: 'Kepala Kantor Cabang BPJS Kesehatan Pematangsiantar',
    place: 'Pematangsiantar',
  },
  // The SOP sends no copy to the Wali Kota ("Dicatat dan disimpan sebagai arsip dokumen").
  tembusan: ['Arsip'],
  // Catatan 2–3: pendaftaran goes to BPJS collectively once a month, pengalihan every working day.
  sla: { minutes: 75, cadence: { pendaftaran: 'monthly', pengalihan: 'daily' } },
  complaints: [],
  sop: {
    title: 'Pengurusan BPJS Kesehatan JKN KIS melalui Aplikasi "Siantar Sehat"',
    issued: '2022',
    seed: '002_535e5cc640931429.txt',
    // Pendaftaran and pengalihan only: reaktivasi follows the national rule alone.
    covers: ['pendaftaran', 'pengalihan'],
    product: 'Surat Rekomendasi Pengurusan BPJS Kesehatan JKN-KIS dan Pengalihan BPJS Mandiri',
    registry: 'dtks',
    legalBasis: [
      {
        instrument: 'UU No. 40 Tahun 2004',
        title: 'Sistem Jaminan Sosial Nasional',
        ref: 'uu-40-2004',
      },
      {
        instrument: 'Peraturan Pemerintah No. 101 Tahun 2012',
        title: 'Penerima Bantuan Iuran Jaminan Kesehatan',
        ref: 'pp-101-2012',
      },
      {
        instrument: 'Peraturan Presiden No. 64 Tahun 2020',
        title: 'Jaminan Kesehatan',
        ref: 'perpres-64-2020',
      },
      {
        instrument: 'Permensos No. 21 Tahun 2019',
        title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
        ref: 'permensos-21-2019',
      },
      {
        instrument: 'Peraturan Daerah No. 1 Tahun 2017',
        title: 'Pembentukan Perangkat Daerah Kota Pematangsiantar',
      },
      {
        instrument: 'Peraturan Wali Kota No. 04 Tahun 2017',
        title:
          'Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Daerah Kota Pematangsiantar',
      },
      {
        instrument: 'Peraturan Daerah No. 4 Tahun 2021',
        title: 'Anggaran Pendapatan dan Belanja Daerah Kota Pematangsiantar Tahun Anggaran 2022',
      },
      {
        instrument: 'Peraturan Kepala Daerah No. 910/Sekda-Tahun 2022',
        title:
          'Perubahan Anggaran Pendapatan dan Belanja Daerah Kota Pematangsiantar Tahun Anggaran 2022',
      },
    ],
  },
  letterTitles: {
    'rekomendasi-pendaftaran': 'Surat Rekomendasi Pengurusan BPJS Kesehatan JKN-KIS',
    'rekomendasi-pengalihan': 'Surat Rekomendasi Pengalihan BPJS Kesehatan Mandiri ke PBI JKN-KIS',
  },
  policy: {
    reaktivasi: {},
    pendaftaran: {
      identityNamed: ['ktp'],
      acceptVerifiedPoor: true,
      requirements: { add: ['sktm'], waive: [] },
      sopRefs: {
        acceptVerifiedPoor: 'Peringatan ("Warga Miskin DTKS dan Non DTKS") dan langkah 3a',
        identityNamed: 'Langkah 2c ("Fotocopy KK dan KTP")',
        requirements: 'Langkah 2a ("SKTM dari Kelurahan yang ditanda-tangani oleh Lurah")',
        'quote:identityNamed': 'Fotocopy KK dan KTP',
        'quote:acceptVerifiedPoor':
          'PERINGATAN: Pihak Kelurahan/Petugas Kelurahan wajib memasukkan Warga Miskin DTKS dan Non DTKS untuk menjadi PBI-PBPU melalui Aplikasi',
        'quote:requirements':
          'Diterima pada hari itu apabila dipenuhi persyaratan yaitu SKTM dari Kelurahan yang ditanda-tangani oleh Lurah (DTKS)',
      },
    },
    pengalihan: {
      identityNamed: ['ktp'],
      acceptVerifiedPoor: true,
      requirements: { add: ['surat-pernyataan-tidak-mampu-bayar'], waive: [] },
      requireStamp: true,
      sopRefs: {
        acceptVerifiedPoor: 'Peringatan ("Warga Miskin DTKS dan Non DTKS") dan langkah 3a',
        identityNamed: 'Langkah 2c ("Fotocopy KK dan KTP")',
        requirements:
          'Langkah 2b ("Surat Keterangan tidak mampu bayar (BPJS Kesehatan Mandiri) pakai Materai")',
        requireStamp: 'Langkah 2b ("pakai Materai")',
        'quote:identityNamed': 'Fotocopy KK dan KTP',
        'quote:acceptVerifiedPoor':
          'PERINGATAN: Pihak Kelurahan/Petugas Kelurahan wajib memasukkan Warga Miskin DTKS dan Non DTKS untuk menjadi PBI-PBPU melalui Aplikasi',
        'quote:requirements':
          'Surat Keterangan tidak mampu bayar (BPJS Kesehatan Mandiri) pakai Materai',
        'quote:requireStamp':
          'Surat Keterangan tidak mampu bayar (BPJS Kesehatan Mandiri) pakai Materai',
      },
    },
  },
} satisfies ProfileInput;
