import type { ProfileInput } from '../schemas/profile';

/**
 * Dinas Sosial Kabupaten Bulukumba — Standar Pelayanan "Layanan Surat Keterangan Reaktivasi PBI
 * BPJS APBN", seed `003_371f532365974598.txt`.
 */
export const bulukumba = {
  id: 'bulukumba',
  name: 'Dinas Sosial Kabupaten Bulukumba',
  region: { code: '73.02', name: 'Bulukumba', kind: 'kabupaten', province: 'Sulawesi Selatan' },
  letterhead: {
    government: 'PEMERINTAH KABUPATEN BULUKUMBA',
    agency: ['DINAS SOSIAL'],
    address: 'Jl. Serikaya No. 11 Bulukumba',
    postalCode: '92511',
    phone: '082190653434',
    email: 'pengaduandinsosbulukumba@gmail.com',
    website: 'dinasosialkabbulukumba.odoo.com',
  },
  city: 'Bulukumba',
  officials: [
    {
      id: 'kepala-dinas',
      position: 'Kepala Dinas Sosial Kabupaten Bulukumba',
      shortPosition: 'Kadis',
    },
    { id: 'sekretaris', position: 'Sekretaris Dinas Sosial', shortPosition: 'Sekdis' },
    {
      id: 'kabid-linjamsos',
      position: 'Kepala Bidang Perlindungan dan Jaminan Sosial',
      shortPosition: 'Kabid Linjamsos',
    },
    { id: 'penyuluh-sosial', position: 'Penyuluh Sosial', shortPosition: 'Penyuluh Sosial' },
  ],
  // Prosedur 5: "ditanda tangani oleh Kabid Linjamsos atau Kepala Dinas Sosial Bulukumba".
  signers: [
    { official: 'kepala-dinas', delegation: 'none' },
    { official: 'kabid-linjamsos', delegation: 'an' },
  ],
  defaultSigner: 'kepala-dinas',
  // Prosedur 6: "paraf hierarki … mulai penyuluh sosial …, Kabid, Sekretaris Dinas Sosial".
  paraf: ['penyuluh-sosial', 'kabid-linjamsos', 'sekretaris'],
  letterNumberPattern: '400.9/{nomor}/Dinsos/{tahun}',
  addressee: { title: 'Kepala Kantor Cabang BPJS Kesehatan Bulukumba', place: 'Bulukumba' },
  tembusan: ['Arsip'],
  sla: { minutes: 30 },
  complaints: [
    { channel: 'Ruang Aduan', contact: 'Layanan Aduan Dinas Sosial Bulukumba' },
    { channel: 'Telp/WA', contact: '085299603035' },
    { channel: 'E-mail', contact: 'pengaduandinsosbulukumba@gmail.com' },
    { channel: 'Facebook', contact: 'Dinas Sosial Dinsos BLK' },
    { channel: 'Instagram', contact: 'dinsosblk' },
    { channel: 'Website', contact: 'dinasosialkabbulukumba.odoo.com' },
    { channel: 'SLRT', contact: 'Sistem Layanan Rujukan Terpadu' },
    { channel: 'SP4N LAPOR!', contact: 'www.lapor.go.id' },
  ],
  sop: {
    title: 'Layanan Surat Keterangan Reaktivasi PBI BPJS APBN',
    seed: '003_371f532365974598.txt',
    covers: ['reaktivasi'],
    product: 'Surat Keterangan Permohonan Reaktivasi PBI BPJS APBN',
    registry: 'dtks',
    legalBasis: [],
  },
  letterTitles: { 'rekomendasi-reaktivasi': 'Surat Keterangan Permohonan Reaktivasi' },
  policy: {
    reaktivasi: {
      segments: ['PBI-APBN'],
      windowBound: 'kurang-dari',
      requirements: { add: ['surat-status-kepesertaan'], waive: [] },
      sopRefs: {
        segments: 'Persyaratan 1 ("Peserta PBI BPJS APBN")',
        'requirements:identitas':
          'Persyaratan 4 ("Foto Copy KTP/KIA (Kartu Identitas Anak)/Akte Kelahiran")',
        windowBound: 'Persyaratan 1 ("non-aktif kurang dari 6 Bulan")',
        requirements:
          'Prosedur 2 ("Surat Keterangan Status Kepesertaan PBI BPJS APBN dari BPJS Kesehatan")',
        'quote:requirements:identitas': 'Foto Copy KTP/KIA (Kartu Identitas Anak)/Akte Kelahiran',
        'quote:segments':
          'Peserta PBI BPJS APBN yang non- aktif kurang dari 6 Bulan dan terdaftar pada Data Terpadu Kesejahteraan Sosial (DTKS)',
        'quote:windowBound':
          'Peserta PBI BPJS APBN yang non- aktif kurang dari 6 Bulan dan terdaftar pada Data Terpadu Kesejahteraan Sosial (DTKS)',
        'quote:requirements':
          'Peserta melaporkan diri ke Dinas Sosial setempat dengan membawa Kartu JKN-KIS, KK, KTP/KIA/Akte Kelahiran dan Surat Keterangan Status Kepesertaan PBI BPJS APBN dari BPJS Kesehatan.',
      },
    },
    pendaftaran: {},
    pengalihan: {},
  },
} satisfies ProfileInput;
