import type { Localized } from '../i18n/locale';

/** A field's name for people, and one sentence on what to enter or what it means. */
export type FieldLabel = { title: string; description: string };

/**
 * Every field of {@link CaseInput} by path: properties joined by `.`, `[]` for a list's items,
 * `''` for the case as a whole. The JSON Schema and a form built from it read the same labels.
 */
export type CaseField =
  | ''
  | 'service'
  | 'receivedOn'
  | 'applicant'
  | 'applicant.nik'
  | 'applicant.kk'
  | 'applicant.name'
  | 'applicant.birthPlace'
  | 'applicant.birthDate'
  | 'applicant.sex'
  | 'applicant.address'
  | 'applicant.address.street'
  | 'applicant.address.rt'
  | 'applicant.address.rw'
  | 'applicant.address.village'
  | 'applicant.address.district'
  | 'applicant.address.regencyCode'
  | 'applicant.phone'
  | 'applicant.motherPbiDeleted'
  | 'membership'
  | 'membership.cardNumber'
  | 'membership.segment'
  | 'membership.status'
  | 'membership.deactivatedOn'
  | 'membership.deactivationDecree'
  | 'membership.inBpjsRoster'
  | 'welfare'
  | 'welfare.dtks'
  | 'welfare.dtsen'
  | 'welfare.dtsen.registered'
  | 'welfare.dtsen.desil'
  | 'welfare.verifiedPoor'
  | 'health'
  | 'health.needsCare'
  | 'health.condition'
  | 'verification'
  | 'verification.dukcapilMatch'
  | 'verification.duplicateMembership'
  | 'documents'
  | 'documents[]'
  | 'documents[].kind'
  | 'documents[].stamped'
  | 'documents[].issuedOn';

/**
 * Every field of {@link Decision} by path, as for {@link CaseField}. A reason's `params` is one
 * field: its keys depend on the reason code.
 */
export type DecisionField =
  | ''
  | 'service'
  | 'profile'
  | 'asOf'
  | 'regime'
  | 'outcome'
  | 'reasons'
  | 'reasons[]'
  | 'reasons[].code'
  | 'reasons[].kind'
  | 'reasons[].ruleId'
  | 'reasons[].message'
  | 'reasons[].params'
  | 'reasons[].legalBasis'
  | 'reasons[].legalBasis[]'
  | 'reasons[].legalBasis[].instrument'
  | 'reasons[].legalBasis[].article'
  | 'reasons[].legalBasis[].title'
  | 'reasons[].legalBasis[].source'
  | 'reasons[].legalBasis[].verified'
  | 'missingDocuments'
  | 'missingDocuments[]'
  | 'nextSteps'
  | 'nextSteps[]'
  | 'nextSteps[].code'
  | 'nextSteps[].message'
  | 'nextSteps[].service'
  | 'passed'
  | 'passed[]'
  | 'passed[].ruleId'
  | 'passed[].title'
  | 'undecided'
  | 'undecided[]'
  | 'undecided[].ruleId'
  | 'undecided[].title'
  | 'undecided[].check'
  | 'rulesetVersion'
  | 'packageVersion'
  | 'caseSha256';

/**
 * Titles and descriptions of every CaseInput field, per locale: what `caseInputJsonSchema`
 * writes into the schema and what a form shows beside each input. A field without a label in
 * either language is a type error.
 *
 * @example CASE_FIELD_LABELS.en['applicant.nik'].title // 'NIK'
 */
export const CASE_FIELD_LABELS: Localized<Readonly<Record<CaseField, FieldLabel>>> = {
  id: {
    '': {
      title: 'Permohonan PBI-JK',
      description: 'Satu permohonan yang diterima di loket Dinas Sosial.',
    },
    service: {
      title: 'Layanan',
      description:
        'reaktivasi (mengaktifkan kembali kepesertaan PBI yang dinonaktifkan), pendaftaran (peserta baru), atau pengalihan (dari peserta mandiri/PBPU ke PBI).',
    },
    receivedOn: {
      title: 'Tanggal permohonan diterima',
      description:
        'Tanggal Dinas Sosial menerima permohonan (TTTT-BB-HH); batas waktu reaktivasi dihitung dari tanggal ini.',
    },
    applicant: { title: 'Pemohon', description: 'Orang yang dimohonkan kepesertaan PBI-JK.' },
    'applicant.nik': {
      title: 'NIK',
      description:
        'Nomor Induk Kependudukan, 16 digit sesuai KTP/KK; tanggal lahir perempuan ditambah 40.',
    },
    'applicant.kk': { title: 'Nomor KK', description: 'Nomor Kartu Keluarga, 16 digit.' },
    'applicant.name': {
      title: 'Nama lengkap',
      description: 'Nama sesuai KTP atau KK, paling banyak 150 karakter.',
    },
    'applicant.birthPlace': {
      title: 'Tempat lahir',
      description: 'Tempat lahir sesuai KTP atau KK (boleh kosong).',
    },
    'applicant.birthDate': {
      title: 'Tanggal lahir',
      description: 'Tanggal lahir (TTTT-BB-HH); tidak boleh sesudah tanggal permohonan diterima.',
    },
    'applicant.sex': { title: 'Jenis kelamin', description: 'L (laki-laki) atau P (perempuan).' },
    'applicant.address': { title: 'Alamat', description: 'Alamat sesuai Kartu Keluarga.' },
    'applicant.address.street': {
      title: 'Jalan',
      description: 'Nama jalan, nomor rumah, atau dusun.',
    },
    'applicant.address.rt': { title: 'RT', description: 'Nomor Rukun Tetangga, 1 sampai 3 digit.' },
    'applicant.address.rw': { title: 'RW', description: 'Nomor Rukun Warga, 1 sampai 3 digit.' },
    'applicant.address.village': {
      title: 'Desa/kelurahan',
      description: 'Nama desa atau kelurahan.',
    },
    'applicant.address.district': { title: 'Kecamatan', description: 'Nama kecamatan.' },
    'applicant.address.regencyCode': {
      title: 'Kode kabupaten/kota',
      description: 'Kode wilayah Kemendagri kabupaten/kota berbentuk PP.KK, misalnya 33.03.',
    },
    'applicant.motherPbiDeleted': {
      title: 'Kepesertaan PBI ibu dihapus',
      description:
        'Untuk bayi: kepesertaan PBI-JK ibunya telah dihapus (boleh kosong; hanya peringatan bagi petugas).',
    },
    'applicant.phone': {
      title: 'Nomor telepon',
      description: 'Nomor telepon atau WhatsApp pemohon (boleh kosong).',
    },
    membership: {
      title: 'Kepesertaan JKN-KIS',
      description:
        'Data kepesertaan menurut BPJS Kesehatan; wajib untuk reaktivasi dan pengalihan, kosongkan untuk orang yang belum pernah terdaftar.',
    },
    'membership.cardNumber': {
      title: 'Nomor kartu JKN-KIS',
      description: 'Nomor kartu JKN-KIS, 13 digit (boleh kosong untuk pendaftaran).',
    },
    'membership.segment': {
      title: 'Segmen kepesertaan',
      description:
        'PBI-APBN, PBI-APBD, PBPU (mandiri), PPU (pekerja penerima upah), BP (bukan pekerja), atau NONE.',
    },
    'membership.status': {
      title: 'Status kepesertaan',
      description: 'aktif atau nonaktif menurut BPJS Kesehatan.',
    },
    'membership.deactivatedOn': {
      title: 'Tanggal penonaktifan',
      description:
        'Tanggal SK penonaktifan/penghapusan (TTTT-BB-HH); tidak boleh sesudah tanggal permohonan diterima.',
    },
    'membership.deactivationDecree': {
      title: 'Nomor SK penonaktifan',
      description: 'Nomor SK penonaktifan/penghapusan (boleh kosong).',
    },
    'membership.inBpjsRoster': {
      title: 'Masih dalam SK kepesertaan BPJS',
      description:
        'BPJS Kesehatan menyatakan orang ini masih tercantum dalam SK kepesertaan; kosongkan bila belum dicek.',
    },
    welfare: {
      title: 'Data kesejahteraan',
      description: 'Hasil pengecekan data kesejahteraan sosial; kosongkan isian yang belum dicek.',
    },
    'welfare.dtks': {
      title: 'Terdaftar di DTKS',
      description: 'Terdaftar dalam Data Terpadu Kesejahteraan Sosial.',
    },
    'welfare.dtsen': { title: 'DTSEN', description: 'Data Tunggal Sosial dan Ekonomi Nasional.' },
    'welfare.dtsen.registered': {
      title: 'Terdaftar di DTSEN',
      description: 'Terdaftar dalam DTSEN.',
    },
    'welfare.dtsen.desil': {
      title: 'Desil DTSEN',
      description:
        'Peringkat kesejahteraan 1 (termiskin) sampai 10; kosongkan bila belum diketahui.',
    },
    'welfare.verifiedPoor': {
      title: 'Terverifikasi miskin',
      description: 'Verifikasi lapangan atau SKTM menyatakan miskin atau rentan miskin.',
    },
    health: {
      title: 'Kebutuhan layanan kesehatan',
      description:
        'Apakah pemohon membutuhkan layanan kesehatan; jenis kondisinya tidak pernah dicetak di surat.',
    },
    'health.needsCare': {
      title: 'Membutuhkan layanan kesehatan',
      description:
        'Pemohon sedang membutuhkan layanan kesehatan (misalnya menurut surat keterangan faskes).',
    },
    'health.condition': {
      title: 'Jenis kondisi',
      description:
        'chronic (kronis), catastrophic (katastropik), emergency (darurat), pregnancy (kehamilan), atau other (lainnya); data pribadi spesifik, tidak dicetak.',
    },
    verification: {
      title: 'Pengecekan petugas',
      description: 'Hasil pengecekan terhadap data Dukcapil dan BPJS; kosongkan yang belum dicek.',
    },
    'verification.dukcapilMatch': {
      title: 'Padan dengan Dukcapil',
      description: 'NIK dan identitas pemohon padan dengan data Dukcapil.',
    },
    'verification.duplicateMembership': {
      title: 'Kepesertaan ganda',
      description: 'Pemohon tercatat lebih dari satu kali sebagai peserta JKN-KIS.',
    },
    documents: {
      title: 'Dokumen',
      description: 'Dokumen pendukung yang dibawa pemohon, paling banyak 50.',
    },
    'documents[]': {
      title: 'Dokumen',
      description:
        'Jenis dokumen, atau jenis dokumen beserta keterangannya (bermeterai, tanggal terbit).',
    },
    'documents[].kind': {
      title: 'Jenis dokumen',
      description:
        'ktp, kia, akta-kelahiran, kk, kartu-jkn, surat-status-kepesertaan, surat-keterangan-faskes, sktm, atau surat-pernyataan-tidak-mampu-bayar.',
    },
    'documents[].stamped': { title: 'Bermeterai', description: 'Dokumen dibubuhi meterai.' },
    'documents[].issuedOn': {
      title: 'Tanggal terbit',
      description: 'Tanggal dokumen diterbitkan (TTTT-BB-HH).',
    },
  },
  en: {
    '': {
      title: 'PBI-JK application',
      description: 'One application received at the Dinas Sosial desk.',
    },
    service: {
      title: 'Service',
      description:
        'reaktivasi (reactivate a PBI membership that was deactivated), pendaftaran (new member), or pengalihan (move from self-paying PBPU to PBI).',
    },
    receivedOn: {
      title: 'Date received',
      description:
        'Date the office received the application (YYYY-MM-DD); the reactivation deadline is counted from it.',
    },
    applicant: {
      title: 'Applicant',
      description: 'The person the PBI-JK membership is applied for.',
    },
    'applicant.nik': {
      title: 'NIK',
      description:
        'National identity number, 16 digits as on the KTP/KK; women have 40 added to the day of birth.',
    },
    'applicant.kk': {
      title: 'KK number',
      description: 'Family card (Kartu Keluarga) number, 16 digits.',
    },
    'applicant.name': {
      title: 'Full name',
      description: 'Name as on the KTP or KK, at most 150 characters.',
    },
    'applicant.birthPlace': {
      title: 'Place of birth',
      description: 'Place of birth as on the KTP or KK (optional).',
    },
    'applicant.birthDate': {
      title: 'Date of birth',
      description: 'Date of birth (YYYY-MM-DD); cannot be after the date received.',
    },
    'applicant.sex': { title: 'Sex', description: 'L (male) or P (female).' },
    'applicant.address': { title: 'Address', description: 'Address as on the family card.' },
    'applicant.address.street': { title: 'Street', description: 'Street, house number or hamlet.' },
    'applicant.address.rt': {
      title: 'RT',
      description: 'Neighbourhood (Rukun Tetangga) number, 1 to 3 digits.',
    },
    'applicant.address.rw': {
      title: 'RW',
      description: 'Community (Rukun Warga) number, 1 to 3 digits.',
    },
    'applicant.address.village': {
      title: 'Village',
      description: 'Name of the desa or kelurahan.',
    },
    'applicant.address.district': { title: 'District', description: 'Name of the kecamatan.' },
    'applicant.address.regencyCode': {
      title: 'Regency/city code',
      description: 'Kemendagri code of the regency or city, written PP.KK, e.g. 33.03.',
    },
    'applicant.motherPbiDeleted': {
      title: "Mother's PBI membership deleted",
      description:
        "For a baby: the mother's PBI-JK membership was deleted (optional; only a warning for the officer).",
    },
    'applicant.phone': {
      title: 'Phone number',
      description: "The applicant's phone or WhatsApp number (optional).",
    },
    membership: {
      title: 'JKN-KIS membership',
      description:
        'Membership as BPJS Kesehatan shows it; required for reaktivasi and pengalihan, left out for someone never enrolled.',
    },
    'membership.cardNumber': {
      title: 'JKN-KIS card number',
      description: 'JKN-KIS card number, 13 digits (optional for pendaftaran).',
    },
    'membership.segment': {
      title: 'Membership segment',
      description:
        'PBI-APBN, PBI-APBD, PBPU (self-paying), PPU (wage earner), BP (non-worker), or NONE.',
    },
    'membership.status': {
      title: 'Membership status',
      description: 'aktif (active) or nonaktif (inactive) at BPJS.',
    },
    'membership.deactivatedOn': {
      title: 'Deactivation date',
      description:
        'Date of the deactivation or removal decree (YYYY-MM-DD); cannot be after the date received.',
    },
    'membership.deactivationDecree': {
      title: 'Deactivation decree number',
      description: 'Number of the deactivation or removal decree (optional).',
    },
    'membership.inBpjsRoster': {
      title: 'Still in the BPJS roster',
      description:
        'BPJS Kesehatan confirms the person is still listed in its membership decree; leave out if not yet checked.',
    },
    welfare: {
      title: 'Welfare data',
      description: 'What the welfare registries say; leave out what was not checked.',
    },
    'welfare.dtks': {
      title: 'In DTKS',
      description: 'Registered in the integrated social welfare data (DTKS).',
    },
    'welfare.dtsen': {
      title: 'DTSEN',
      description: 'The single national social and economic data (DTSEN).',
    },
    'welfare.dtsen.registered': { title: 'In DTSEN', description: 'Registered in DTSEN.' },
    'welfare.dtsen.desil': {
      title: 'DTSEN decile',
      description: 'Welfare rank from 1 (poorest) to 10; leave out if not known.',
    },
    'welfare.verifiedPoor': {
      title: 'Verified poor',
      description: 'A field verification or an SKTM says poor or vulnerable to poverty.',
    },
    health: {
      title: 'Health need',
      description:
        'Whether the applicant needs health care; the condition is never printed in a letter.',
    },
    'health.needsCare': {
      title: 'Needs health care',
      description:
        'The applicant needs health care now (e.g. according to a letter from a health facility).',
    },
    'health.condition': {
      title: 'Condition',
      description:
        'chronic, catastrophic, emergency, pregnancy or other; specific personal data, never printed.',
    },
    verification: {
      title: "Officer's checks",
      description: 'Checks against Dukcapil and BPJS data; leave out what was not checked.',
    },
    'verification.dukcapilMatch': {
      title: 'Matches Dukcapil',
      description: "The NIK and the applicant's identity match the Dukcapil population data.",
    },
    'verification.duplicateMembership': {
      title: 'Duplicate membership',
      description: 'The applicant is registered more than once as a JKN-KIS member.',
    },
    documents: {
      title: 'Documents',
      description: 'Supporting documents the applicant brought, at most 50.',
    },
    'documents[]': {
      title: 'Document',
      description:
        'A document kind, or a kind with what is known about it (stamped, date of issue).',
    },
    'documents[].kind': {
      title: 'Document kind',
      description:
        'ktp, kia, akta-kelahiran, kk, kartu-jkn, surat-status-kepesertaan, surat-keterangan-faskes, sktm, or surat-pernyataan-tidak-mampu-bayar.',
    },
    'documents[].stamped': {
      title: 'Stamped',
      description: 'The document carries a meterai (duty stamp).',
    },
    'documents[].issuedOn': {
      title: 'Date of issue',
      description: 'Date the document was issued (YYYY-MM-DD).',
    },
  },
};

/**
 * Titles and descriptions of every Decision field, per locale: what `decisionJsonSchema` writes
 * into the schema and what an app shows beside a decision's parts.
 *
 * @example DECISION_FIELD_LABELS.id.outcome.title // 'Hasil'
 */
export const DECISION_FIELD_LABELS: Localized<Readonly<Record<DecisionField, FieldLabel>>> = {
  id: {
    '': { title: 'Keputusan PBI-JK', description: 'Jawaban evaluate atas satu permohonan.' },
    service: { title: 'Layanan', description: 'Layanan yang dimohonkan.' },
    profile: { title: 'Profil kantor', description: 'Profil Dinas Sosial yang aturannya dipakai.' },
    asOf: {
      title: 'Tanggal acuan',
      description: 'Tanggal berlakunya hukum yang diterapkan (TTTT-BB-HH).',
    },
    regime: {
      title: 'Rezim aturan',
      description: 'Peraturan Menteri Sosial yang berlaku pada tanggal acuan.',
    },
    outcome: {
      title: 'Hasil',
      description:
        'eligible (memenuhi syarat), incomplete (belum lengkap), atau ineligible (tidak memenuhi syarat).',
    },
    reasons: {
      title: 'Alasan',
      description:
        'Setiap aturan yang tidak terpenuhi dan setiap peringatan, tidak hanya yang pertama.',
    },
    'reasons[]': {
      title: 'Alasan',
      description: 'Satu aturan yang tidak terpenuhi, atau satu peringatan.',
    },
    'reasons[].code': {
      title: 'Kode alasan',
      description: 'Kode tetap alasan; aplikasi bercabang pada kode ini.',
    },
    'reasons[].kind': {
      title: 'Jenis alasan',
      description:
        'eligibility (kelayakan), document (dokumen), check (pengecekan), atau warning (peringatan).',
    },
    'reasons[].ruleId': { title: 'Aturan', description: 'Id aturan yang memberikan alasan ini.' },
    'reasons[].message': {
      title: 'Pesan',
      description: 'Alasan dalam bahasa yang diminta, untuk petugas.',
    },
    'reasons[].params': {
      title: 'Data alasan',
      description: 'Data yang dipakai untuk menulis pesan; kuncinya bergantung pada kode alasan.',
    },
    'reasons[].legalBasis': {
      title: 'Dasar hukum',
      description: 'Sumber hukum tempat alasan ini bersandar.',
    },
    'reasons[].legalBasis[]': { title: 'Rujukan', description: 'Satu sumber hukum.' },
    'reasons[].legalBasis[].instrument': {
      title: 'Peraturan',
      description: 'Id peraturan atau SOP yang dirujuk.',
    },
    'reasons[].legalBasis[].article': {
      title: 'Pasal',
      description: 'Pasal atau bagian yang dirujuk.',
    },
    'reasons[].legalBasis[].title': { title: 'Judul', description: 'Judul peraturan atau SOP.' },
    'reasons[].legalBasis[].source': {
      title: 'Sumber',
      description: 'Tempat teks peraturan dapat dibaca.',
    },
    'reasons[].legalBasis[].verified': {
      title: 'Terverifikasi',
      description: 'Benar hanya bila rujukan diperiksa terhadap teks asli atau SOP kantor.',
    },
    missingDocuments: {
      title: 'Dokumen kurang',
      description: 'Persyaratan dokumen yang belum dipenuhi.',
    },
    'missingDocuments[]': {
      title: 'Persyaratan',
      description: 'Id persyaratan dokumen, misalnya kk atau identitas.',
    },
    nextSteps: {
      title: 'Langkah berikutnya',
      description: 'Yang dilakukan pemohon atau petugas selanjutnya.',
    },
    'nextSteps[]': { title: 'Langkah', description: 'Satu langkah berikutnya.' },
    'nextSteps[].code': { title: 'Kode langkah', description: 'Kode tetap langkah berikutnya.' },
    'nextSteps[].message': {
      title: 'Pesan',
      description: 'Langkah berikutnya dalam bahasa yang diminta, untuk petugas.',
    },
    'nextSteps[].service': {
      title: 'Layanan',
      description: 'Layanan yang disarankan, bila langkahnya permohonan baru.',
    },
    passed: {
      title: 'Aturan terpenuhi',
      description: 'Aturan yang terpenuhi berdasarkan fakta yang semuanya diketahui.',
    },
    'passed[]': { title: 'Aturan', description: 'Satu aturan yang terpenuhi.' },
    'passed[].ruleId': { title: 'Aturan', description: 'Id aturan.' },
    'passed[].title': { title: 'Judul', description: 'Judul aturan dalam bahasa yang diminta.' },
    undecided: {
      title: 'Belum dapat diputuskan',
      description: 'Aturan yang belum dapat diputuskan karena suatu fakta belum diisi.',
    },
    'undecided[]': { title: 'Aturan', description: 'Satu aturan yang belum dapat diputuskan.' },
    'undecided[].ruleId': { title: 'Aturan', description: 'Id aturan.' },
    'undecided[].title': { title: 'Judul', description: 'Judul aturan dalam bahasa yang diminta.' },
    'undecided[].check': {
      title: 'Pengecekan',
      description: 'Pengecekan yang ditunggu aturan ini.',
    },
    rulesetVersion: { title: 'Versi aturan', description: 'Versi kumpulan aturan yang dipakai.' },
    packageVersion: { title: 'Versi pbi-jk', description: 'Versi pbi-jk yang membuat keputusan.' },
    caseSha256: {
      title: 'SHA-256 permohonan',
      description: 'SHA-256 (heksadesimal) JSON kanonis permohonan: kunci terurut, tanpa spasi.',
    },
  },
  en: {
    '': { title: 'PBI-JK decision', description: 'What evaluate answers for one application.' },
    service: { title: 'Service', description: 'The service applied for.' },
    profile: {
      title: 'Office profile',
      description: 'The Dinas Sosial profile whose rules were applied.',
    },
    asOf: {
      title: 'Reference date',
      description: 'The date at which the law was applied (YYYY-MM-DD).',
    },
    regime: {
      title: 'Regime',
      description: 'The Minister of Social Affairs regulation in force at the reference date.',
    },
    outcome: {
      title: 'Outcome',
      description: 'eligible, incomplete (documents or checks missing), or ineligible.',
    },
    reasons: {
      title: 'Reasons',
      description: 'Every rule that did not pass, and every warning; never only the first.',
    },
    'reasons[]': { title: 'Reason', description: 'One rule that did not pass, or one warning.' },
    'reasons[].code': {
      title: 'Reason code',
      description: 'Stable code of the reason; apps branch on it.',
    },
    'reasons[].kind': {
      title: 'Reason kind',
      description: 'eligibility, document, check or warning.',
    },
    'reasons[].ruleId': { title: 'Rule', description: 'Id of the rule that gave this reason.' },
    'reasons[].message': {
      title: 'Message',
      description: 'The reason in the requested language, for the officer.',
    },
    'reasons[].params': {
      title: 'Reason data',
      description: 'The data the message is written from; its keys depend on the reason code.',
    },
    'reasons[].legalBasis': {
      title: 'Legal basis',
      description: 'The legal sources the reason rests on.',
    },
    'reasons[].legalBasis[]': { title: 'Citation', description: 'One legal source.' },
    'reasons[].legalBasis[].instrument': {
      title: 'Instrument',
      description: 'Id of the regulation or SOP cited.',
    },
    'reasons[].legalBasis[].article': {
      title: 'Article',
      description: 'The article or section cited.',
    },
    'reasons[].legalBasis[].title': {
      title: 'Title',
      description: 'Title of the regulation or SOP.',
    },
    'reasons[].legalBasis[].source': {
      title: 'Source',
      description: 'Where the text can be read.',
    },
    'reasons[].legalBasis[].verified': {
      title: 'Verified',
      description:
        'True only when the citation was checked against the primary text or the office SOP.',
    },
    missingDocuments: {
      title: 'Missing documents',
      description: 'Document requirements not yet met.',
    },
    'missingDocuments[]': {
      title: 'Requirement',
      description: 'Id of a document requirement, e.g. kk or identitas.',
    },
    nextSteps: { title: 'Next steps', description: 'What the applicant or the officer does next.' },
    'nextSteps[]': { title: 'Next step', description: 'One next step.' },
    'nextSteps[].code': { title: 'Step code', description: 'Stable code of the next step.' },
    'nextSteps[].message': {
      title: 'Message',
      description: 'The next step in the requested language, for the officer.',
    },
    'nextSteps[].service': {
      title: 'Service',
      description: 'The service to apply for, when the step is a new application.',
    },
    passed: {
      title: 'Rules passed',
      description: 'Rules that held, decided on facts that were all known.',
    },
    'passed[]': { title: 'Rule', description: 'One rule that held.' },
    'passed[].ruleId': { title: 'Rule', description: 'Id of the rule.' },
    'passed[].title': {
      title: 'Title',
      description: 'Title of the rule in the requested language.',
    },
    undecided: {
      title: 'Undecided',
      description: 'Rules that could not be decided because a fact was not provided.',
    },
    'undecided[]': { title: 'Rule', description: 'One rule that could not be decided.' },
    'undecided[].ruleId': { title: 'Rule', description: 'Id of the rule.' },
    'undecided[].title': {
      title: 'Title',
      description: 'Title of the rule in the requested language.',
    },
    'undecided[].check': { title: 'Check', description: 'The check this rule waits for.' },
    rulesetVersion: { title: 'Ruleset version', description: 'Version of the rules applied.' },
    packageVersion: {
      title: 'pbi-jk version',
      description: 'The pbi-jk version that made the decision.',
    },
    caseSha256: {
      title: 'Case SHA-256',
      description: 'SHA-256 (hex) of the canonical JSON of the case: keys sorted, no spaces.',
    },
  },
};
