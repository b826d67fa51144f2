import type { ProfileInput } from '../schemas/profile';

/**
 * Dinas Sosial Kabupaten Magetan — Standar Pelayanan and SOP "Reaktifasi Kartu JKN-KIS",
 * No. Dokumen 188/18/Kept./403.107/2023 (05 Juni 2023), seed `001_156b21e35085b28b.txt`.
 */
export const magetan = {
  id: 'magetan',
  name: 'Dinas Sosial Kabupaten Magetan',
  region: { code: '35.20', name: 'Magetan', kind: 'kabupaten', province: 'Jawa Timur' },
  letterhead: {
    government: 'PEMERINTAH KABUPATEN MAGETAN',
    agency: ['DINAS SOSIAL'],
    address: 'Jalan Mayjend Sungkono No. 12 Magetan, Jawa Timur',
    postalCode: '63319',
    phone: '(0351) 895021',
    email: 'dinsos@magetan.go.id',
    website: 'dinsos.magetan.go.id',
  },
  city: 'Magetan',
  dateLeadingZero: true,
  officials: [
    {
      id: 'kepala-dinas',
      position: 'Kepala Dinas Sosial Kabupaten Magetan',
      shortPosition: 'Kadis',
      name: 'PARMINTO BUDI UTOMO, S.Sos., M.AP.',
      rank: 'Pembina Utama Muda',
      grade: 'IV/c',
      nip: '197212211993021002',
    },
    {
      id: 'kabid-linjamsos',
      position: 'Kepala Bidang Perlindungan dan Jaminan Sosial',
      shortPosition: 'Kabid Linjamsos',
    },
  ],
  // SOP langkah 6: "ditandatangani oleh Kepala Dinas Sosial Kabupaten Magetan atau Kabid Linjamsos".
  signers: [
    { official: 'kepala-dinas', delegation: 'none' },
    { official: 'kabid-linjamsos', delegation: 'an' },
  ],
  defaultSigner: 'kepala-dinas',
  letterNumberPattern: '400.9/{nomor}/403.107/{tahun}',
  addressee: { title: 'Kepala Kantor Cabang BPJS Kesehatan Kabupaten Magetan', place: 'Magetan' },
  tembusan: ['Arsip'],
  sla: { minutes: 60 },
  complaints: [
    { channel: 'Website', contact: 'dinsos.magetan.go.id' },
    { channel: 'Instagram', contact: 'dinsos_magetan' },
    { channel: 'E-mail', contact: 'dinsos@magetan.go.id' },
    { channel: 'Telepon', contact: '(0351) 895021' },
    { channel: 'Aplikasi WhatsApp', contact: 'WhatsApp Dinas Sosial' },
    { channel: 'SP4N LAPOR!', contact: 'www.lapor.go.id' },
  ],
  sop: {
    number: '188/18/Kept./403.107/2023',
    issued: '05 Juni 2023',
    title: 'Reaktifasi Kartu JKN-KIS',
    seed: '001_156b21e35085b28b.txt',
    covers: ['reaktivasi'],
    product: 'Surat Permohonan reaktivasi peserta JKN-KIS',
    registry: 'dtks',
    legalBasis: [
      {
        instrument: 'Peraturan Menteri Sosial Nomor 5 Tahun 2019',
        title: 'Pengelolaan Data Terpadu Kesejahteraan Sosial',
        ref: 'permensos-5-2019',
      },
      {
        instrument: 'Peraturan Menteri Sosial Nomor 3 Tahun 2021',
        title: 'Pengelolaan Data Terpadu Kesejahteraan Sosial',
        ref: 'permensos-3-2021',
      },
      {
        instrument: 'Peraturan Menteri Sosial Nomor 21 Tahun 2019',
        title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
        ref: 'permensos-21-2019',
      },
    ],
  },
  letterTitles: { 'rekomendasi-reaktivasi': 'Surat Permohonan Reaktivasi' },
  policy: {
    reaktivasi: {
      identityNamed: ['ktp'],
      checkBpjsRoster: true,
      sopRefs: {
        identityNamed: 'Persyaratan Pelayanan 3 ("Fotocopi Kartu JKN-KIS, KTP, dan KK")',
        'requirements:identitas':
          'Persyaratan Pelayanan 3 ("Menunjukkan Fotocopi Kartu JKN-KIS, KTP, dan KK")',
        'requirements:kk':
          'Persyaratan Pelayanan 3 ("Menunjukkan Fotocopi Kartu JKN-KIS, KTP, dan KK")',
        'requirements:kartu-jkn':
          'Persyaratan Pelayanan 3 ("Menunjukkan Fotocopi Kartu JKN-KIS, KTP, dan KK")',
        'quote:identityNamed': 'Menunjukkan Fotocopi Kartu JKN-KIS, KTP, dan KK',
        'quote:requirements:identitas': 'Menunjukkan Fotocopi Kartu JKN-KIS, KTP, dan KK',
        'quote:requirements:kk': 'Menunjukkan Fotocopi Kartu JKN-KIS, KTP, dan KK',
        'quote:requirements:kartu-jkn': 'Menunjukkan Fotocopi Kartu JKN-KIS, KTP, dan KK',
        checkBpjsRoster:
          'Uraian kegiatan 3–5 ("Apabila hasil cek data di BPJS sudah tidak terdaftar maka berkas dikembalikan")',
        'quote:checkBpjsRoster':
          'Apabila hasil cek data di BPJS sudah tidak terdaftar maka berkas dikembalikan dan disarankan untuk diusulkan kembali melalui operator SIKS-NG Desa/Kelurahan',
      },
    },
    pendaftaran: {},
    pengalihan: {},
  },
} satisfies ProfileInput;
