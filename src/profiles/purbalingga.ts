import type { ProfileInput } from '../schemas/profile';

/**
 * Dinsosdaldukkbp3a Kabupaten Purbalingga — SOP AP 460/053/2022 "Rekomendasi Reaktifasi atau
 * Pengaktifan KIS PBI" (Desember 2021), seed `000_6ad60223d011c6bf.txt`.
 */
export const purbalingga = {
  id: 'purbalingga',
  name: 'Dinas Sosial, Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Purbalingga',
  region: { code: '33.03', name: 'Purbalingga', kind: 'kabupaten', province: 'Jawa Tengah' },
  letterhead: {
    government: 'PEMERINTAH KABUPATEN PURBALINGGA',
    agency: [
      'DINAS SOSIAL, PENGENDALIAN PENDUDUK,',
      'KELUARGA BERENCANA, PEMBERDAYAAN PEREMPUAN',
      'DAN PERLINDUNGAN ANAK',
    ],
  },
  city: 'Purbalingga',
  officials: [
    {
      id: 'kepala-dinas',
      // As the SOP writes it ("KEPALA DINSOSDALDUKKBP3A KABUPATEN PURBALINGGA"): the acronym in capitals.
      position: 'Kepala DINSOSDALDUKKBP3A Kabupaten Purbalingga',
      shortPosition: 'Kadin',
      name: 'ENI SOSIATMAN, S.Sos, M.Si',
      nip: '196512201986031009',
    },
    { id: 'sekretaris', position: 'Sekretaris', shortPosition: 'Sekdin' },
    {
      id: 'kabid-pemberdayaan-sosial',
      position: 'Kepala Bidang Pemberdayaan Sosial',
      shortPosition: 'Kabid',
    },
  ],
  // SOP langkah 5: "pengesahan … dari Sekretaris Dinas Sosial atau Kepala Dinas Sosial".
  signers: [
    { official: 'kepala-dinas', delegation: 'none' },
    { official: 'sekretaris', delegation: 'an' },
  ],
  defaultSigner: 'kepala-dinas',
  letterNumberPattern: '460/{nomor}/{tahun}',
  addressee: { title: 'Kepala Kantor Cabang BPJS Kesehatan Purbalingga', place: 'Purbalingga' },
  tembusan: ['Arsip'],
  sla: { minutes: 40 },
  // SOP langkah 1: the applicant asks BPJS about their status; not a Dinsos complaint channel.
  statusEnquiry: [{ channel: 'BPJS Kesehatan Care Center', contact: '165' }],
  complaints: [],
  sop: {
    number: 'SOP AP 460/053/2022',
    issued: 'Desember 2021',
    title: 'Rekomendasi Reaktifasi atau Pengaktifan KIS PBI',
    seed: '000_6ad60223d011c6bf.txt',
    covers: ['reaktivasi'],
    product: 'Surat Re-aktivasi KIS PBI',
    registry: 'dtks',
    legalBasis: [
      {
        instrument: 'UU No. 40 Tahun 2004',
        title: 'Sistem Jaminan Sosial Nasional',
        ref: 'uu-40-2004',
      },
      { instrument: 'UU Nomor 25 Tahun 2009', title: 'Pelayanan Publik', ref: 'uu-25-2009' },
      { instrument: 'UU Nomor 11 Tahun 2009', title: 'Kesejahteraan Sosial', ref: 'uu-11-2009' },
      {
        instrument: 'Peraturan Presiden Nomor 64 Tahun 2020',
        title: 'Jaminan Kesehatan',
        ref: 'perpres-64-2020',
      },
      {
        instrument: 'Peraturan Pemerintah Nomor 101 Tahun 2012',
        title: 'Penerima Bantuan Iuran Jaminan Kesehatan',
        ref: 'pp-101-2012',
      },
      {
        instrument: 'Permensos Nomor 5 Tahun 2016',
        title: 'Penerima Bantuan Iuran Jaminan Sosial',
        ref: 'permensos-5-2016',
      },
      {
        instrument: 'Permensos No. 21 Tahun 2019',
        title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
        ref: 'permensos-21-2019',
      },
    ],
  },
  letterTitles: { 'rekomendasi-reaktivasi': 'Surat Re-aktivasi KIS PBI' },
  policy: {
    reaktivasi: {
      identityNamed: ['ktp'],
      windowBound: 'kurang-dari',
      requirements: { add: ['surat-status-kepesertaan', 'surat-keterangan-faskes'], waive: [] },
      sopRefs: {
        identityNamed: 'Peringatan ("Fc KK, Fc KTP, Kartu KIS")',
        windowBound: 'Langkah 2a ("kurang dari 6 bulan sejak penetapan penghapusan")',
        requirements: 'Langkah 2a dan Peringatan',
        'requirements:identitas':
          'Peringatan ("persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS")',
        'requirements:kk': 'Peringatan ("persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS")',
        'requirements:kartu-jkn':
          'Peringatan ("persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS")',
        'requirements:surat-status-kepesertaan':
          'Langkah 2a ("membawa bukti keterangan dari BPJS pada SK tertentu")',
        'requirements:surat-keterangan-faskes':
          'Peringatan ("Surat dari RS atau Puskesmas harus dibawa")',
        'quote:identityNamed':
          'Surat dari RS atau Puskesmas harus dibawa dan persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS.',
        'quote:requirements:identitas':
          'Surat dari RS atau Puskesmas harus dibawa dan persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS.',
        'quote:requirements:kk':
          'Surat dari RS atau Puskesmas harus dibawa dan persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS.',
        'quote:requirements:kartu-jkn':
          'Surat dari RS atau Puskesmas harus dibawa dan persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS.',
        'quote:windowBound':
          'Diterbitkan Surat Re-aktivasi pada hari itu apabila dipenuhi syarat utama, yaitu KIS PBI Jaminan Kesehatan kurang dari 6 bulan sejak penetapan penghapusan dikeluarkan',
        'quote:requirements':
          'Surat dari RS atau Puskesmas harus dibawa dan persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS.',
        'quote:requirements:surat-status-kepesertaan':
          'membawa bukti keterangan dari BPJS pada SK tertentu, Fotocopi KTP, Fotocopi KK, Fotocopi Kartu KIS PBI',
        'quote:requirements:surat-keterangan-faskes':
          'Surat dari RS atau Puskesmas harus dibawa dan persyaratan dokumen pendukung Fc KK, Fc KTP, Kartu KIS.',
      },
    },
    pendaftaran: {},
    pengalihan: {},
  },
} satisfies ProfileInput;
