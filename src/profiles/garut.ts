import type { ProfileInput } from '../schemas/profile';

/**
 * Dinas Sosial Kabupaten Garut — Standar Pelayanan "Reaktivasi Penerima Bantuan Iuran Jaminan
 * Kesehatan (PBI-JK) APBN", seed `004_b7c803d3a36473fa.txt`.
 */
export const garut = {
  id: 'garut',
  name: 'Dinas Sosial Kabupaten Garut',
  region: { code: '32.05', name: 'Garut', kind: 'kabupaten', province: 'Jawa Barat' },
  letterhead: {
    government: 'PEMERINTAH KABUPATEN GARUT',
    agency: ['DINAS SOSIAL'],
    phone: '081311115125',
  },
  city: 'Garut',
  officials: [
    { id: 'kepala-dinas', position: 'Kepala Dinas Sosial Kabupaten Garut', shortPosition: 'Kadis' },
    { id: 'sekretaris', position: 'Sekretaris Dinas Sosial', shortPosition: 'Sekretaris' },
    {
      id: 'kabid-pemberdayaan-sosial',
      position: 'Kepala Bidang Pemberdayaan Sosial',
      shortPosition: 'Kabid Dayasos',
    },
  ],
  // Assumption: the Garut standar pelayanan names no signatory; the Kepala Dinas signs by default
  // (docs/legal-notes.md lists this for the office to confirm).
  signers: [{ official: 'kepala-dinas', delegation: 'none' }],
  defaultSigner: 'kepala-dinas',
  letterNumberPattern: '400.9/{nomor}/Dinsos/{tahun}',
  addressee: { title: 'Kepala Kantor Cabang BPJS Kesehatan Garut', place: 'Garut' },
  tembusan: ['Arsip'],
  sla: { workingDays: 1 },
  complaints: [
    { channel: 'Luring', contact: 'Meja pengaduan Dinas Sosial (Bidang Pemberdayaan Sosial)' },
    { channel: 'Hotline Layanan dan Pengaduan', contact: '081311115125' },
    { channel: 'SP4N LAPOR!', contact: 'www.lapor.go.id' },
  ],
  sop: {
    title: 'Reaktivasi Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK) APBN',
    seed: '004_b7c803d3a36473fa.txt',
    covers: ['reaktivasi'],
    registry: 'dtks',
    legalBasis: [
      {
        instrument: 'UU RI No. 40 Tahun 2004',
        title: 'Sistem Jaminan Sosial Nasional',
        ref: 'uu-40-2004',
      },
      { instrument: 'UU RI No. 11 Tahun 2009', title: 'Kesejahteraan Sosial', ref: 'uu-11-2009' },
      {
        instrument: 'Undang-undang Nomor 24 Tahun 2011',
        title: 'Badan Penyelenggara Jaminan Sosial',
        ref: 'uu-24-2011',
      },
      {
        instrument: 'Peraturan Presiden Nomor 15 Tahun 2010',
        title: 'Percepatan Penanggulangan Kemiskinan',
        ref: 'perpres-15-2010',
      },
    ],
  },
  letterTitles: { 'rekomendasi-reaktivasi': 'Surat Rekomendasi Permohonan Reaktivasi' },
  policy: {
    reaktivasi: {
      identityNamed: ['ktp'],
      segments: ['PBI-APBN'],
      checkBpjsRoster: true,
      residentsOnly: true,
      sopRefs: {
        identityNamed: 'Persyaratan 3 ("Foto Copy KTP warga asal Kabupaten Garut")',
        segments: 'Judul layanan ("Reaktivasi PBI-JK APBN")',
        checkBpjsRoster: 'Persyaratan 2 ("terdaftar dalam SK Kepesertaan BPJS")',
        residentsOnly: 'Persyaratan 3 ("Foto Copy KTP warga asal Kabupaten Garut")',
        'requirements:identitas':
          'Persyaratan 3 ("Foto Copy KTP warga asal Kabupaten Garut dan Kartu Keluarga")',
        'requirements:kk':
          'Persyaratan 3 ("Foto Copy KTP warga asal Kabupaten Garut dan Kartu Keluarga")',
        'quote:identityNamed': 'Foto Copy KTP warga asal Kabupaten Garut dan Kartu Keluarga',
        'quote:segments': 'Reaktivasi Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK) APBN',
        'quote:checkBpjsRoster': 'Masyarakat terdaftar dalam SK Kepesertaan BPJS',
        'quote:residentsOnly': 'Foto Copy KTP warga asal Kabupaten Garut dan Kartu Keluarga',
        'quote:requirements:identitas':
          'Foto Copy KTP warga asal Kabupaten Garut dan Kartu Keluarga',
        'quote:requirements:kk': 'Foto Copy KTP warga asal Kabupaten Garut dan Kartu Keluarga',
      },
    },
    pendaftaran: {},
    pengalihan: {},
  },
} satisfies ProfileInput;
