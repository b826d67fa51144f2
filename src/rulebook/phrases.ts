/**
 * Phrase templates for the rule book's conditions: for every fact, in Indonesian and English, the
 * clause that states it ("pemohon tidak membutuhkan layanan kesehatan"), so a condition reads as a
 * sentence of law instead of "lebih besar dari 0" or "sama dengan tidak". Keyed by every
 * {@link FactName}: a fact without phrases fails the type check. "Not checked yet" (`null`) has
 * its own clause, distinct from "no".
 */
import type { Locale } from '../i18n/locale';
import type { FactName } from '../rules/facts';

/** A yes/no fact that may also be unknown (`null`, not checked yet). */
export type FlagPhrase = {
  kind: 'flag';
  /** The fact as a noun, when another fact is compared with it. */
  noun: string;
  yes: string;
  no: string;
  /** The fact has not been checked yet (`null`). */
  unknown: string;
  /** "No, or not checked yet" in one clause, where the generic "no atau unknown" reads badly. */
  notYes?: string;
  /** "Yes, or not checked yet" in one clause. */
  notNo?: string;
};

/** A fact holding one value (a code, a status, a date); `v` is the value already in words. */
export type ValuePhrase = {
  kind: 'value';
  noun: string;
  is: (v: string) => string;
  isNot: (v: string) => string;
  unknown: string;
  /** The fact has a value (compared with `null` by `notEqual`), where "… sudah diketahui" misleads. */
  known?: string;
};

/** A number compared with a threshold; `v` is the threshold in words. */
export type NumberPhrase = {
  kind: 'number';
  noun: string;
  above: (v: string) => string;
  atMost: (v: string) => string;
  unknown: string;
};

/** A set of items (documents); `x` names one item, `xs` several joined for "none of". */
export type SetPhrase = {
  kind: 'set';
  noun: string;
  has: (x: string) => string;
  lacks: (x: string) => string;
  /** None of the items is there: "tidak ada KTP, KIA maupun akta kelahiran". */
  noneOf: (xs: readonly string[]) => string;
  unknown: string;
};

/** How one fact is put in words. */
export type FactPhrase = FlagPhrase | ValuePhrase | NumberPhrase | SetPhrase;

const flag = (
  noun: string,
  yes: string,
  no: string,
  unknown: string,
  notYes?: string,
  notNo?: string,
): FlagPhrase => ({
  kind: 'flag',
  noun,
  yes,
  no,
  unknown,
  ...(notYes ? { notYes } : {}),
  ...(notNo ? { notNo } : {}),
});
const value = (
  noun: string,
  is: (v: string) => string,
  isNot: (v: string) => string,
  unknown: string,
): ValuePhrase => ({ kind: 'value', noun, is, isNot, unknown });

const listId = (xs: readonly string[], last: string) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${last} ${xs.at(-1)}`;
const listEn = listId;

const STATUS_EN: Readonly<Record<string, string>> = { aktif: 'active', nonaktif: 'inactive' };

/** The phrases of every fact, in Bahasa Indonesia. */
const ID: { readonly [F in FactName]: FactPhrase } = {
  service: value(
    'layanan yang diminta',
    (v) => `layanan yang diminta adalah ${v}`,
    (v) => `layanan yang diminta bukan ${v}`,
    'layanan yang diminta belum diketahui',
  ),
  segment: value(
    'segmen kepesertaan pemohon',
    (v) => `pemohon terdaftar pada segmen ${v}`,
    (v) => `pemohon tidak terdaftar pada segmen ${v}`,
    'segmen kepesertaan pemohon belum dicek',
  ),
  membershipStatus: value(
    'status kepesertaan',
    (v) => `kepesertaan pemohon berstatus ${v}`,
    (v) => `kepesertaan pemohon tidak berstatus ${v}`,
    'status kepesertaan pemohon belum dicek',
  ),
  segmentAllowed: flag(
    'segmen yang dilayani',
    'segmen kepesertaan pemohon termasuk segmen yang dilayani',
    'segmen kepesertaan pemohon bukan segmen yang dilayani layanan ini',
    'segmen kepesertaan pemohon belum dicek',
  ),
  allowedSegments: value(
    'segmen yang dilayani',
    (v) => `segmen yang dilayani adalah ${v}`,
    (v) => `segmen yang dilayani bukan ${v}`,
    'segmen yang dilayani tidak ditetapkan',
  ),
  activePbi: flag(
    'kepesertaan PBI aktif',
    'pemohon sudah menjadi peserta PBI yang aktif',
    'pemohon belum menjadi peserta PBI yang aktif',
    'belum diketahui apakah pemohon sudah menjadi peserta PBI yang aktif',
  ),
  deactivatedOn: value(
    'tanggal SK penonaktifan',
    (v) => `SK penonaktifan bertanggal ${v}`,
    (v) => `SK penonaktifan tidak bertanggal ${v}`,
    'tanggal SK penonaktifan belum diketahui',
  ),
  windowMonths: value(
    'batas waktu reaktivasi',
    (v) => `batas waktu reaktivasi ${v} bulan`,
    (v) => `batas waktu reaktivasi bukan ${v} bulan`,
    'batas waktu reaktivasi tidak ditetapkan',
  ),
  windowBound: value(
    'cara menghitung akhir batas waktu',
    (v) => `batas waktu dihitung "${v}"`,
    (v) => `batas waktu tidak dihitung "${v}"`,
    'cara menghitung akhir batas waktu tidak ditetapkan',
  ),
  windowClosesOn: value(
    'hari terakhir batas waktu reaktivasi',
    (v) => `batas waktu reaktivasi berakhir pada ${v}`,
    (v) => `batas waktu reaktivasi tidak berakhir pada ${v}`,
    'hari terakhir batas waktu reaktivasi belum dapat dihitung',
  ),
  daysPastWindow: {
    kind: 'number',
    noun: 'keterlambatan permohonan',
    above: (v) =>
      v === '0'
        ? 'permohonan diterima setelah batas waktu reaktivasi berakhir'
        : `permohonan diterima lebih dari ${v} hari setelah batas waktu reaktivasi berakhir`,
    atMost: (v) =>
      v === '0'
        ? 'permohonan diterima paling lambat pada hari terakhir batas waktu reaktivasi'
        : `permohonan diterima paling lambat ${v} hari setelah batas waktu reaktivasi berakhir`,
    unknown: 'belum dapat dihitung apakah permohonan diterima dalam batas waktu reaktivasi',
  },
  registry: value(
    'data kesejahteraan acuan',
    (v) => `data kesejahteraan acuan adalah ${v}`,
    (v) => `data kesejahteraan acuan bukan ${v}`,
    'data kesejahteraan acuan tidak ditetapkan',
  ),
  dtks: flag(
    'status DTKS',
    'pemohon terdaftar di DTKS',
    'pemohon tidak terdaftar di DTKS',
    'status DTKS pemohon belum dicek',
  ),
  dtsenRegistered: flag(
    'status DTSEN',
    'pemohon terdaftar di DTSEN',
    'pemohon tidak terdaftar di DTSEN',
    'status DTSEN pemohon belum dicek',
  ),
  desil: {
    kind: 'number',
    noun: 'desil DTSEN pemohon',
    above: (v) => `desil DTSEN pemohon melebihi ${v}`,
    atMost: (v) => `desil DTSEN pemohon tidak melebihi ${v}`,
    unknown: 'desil DTSEN pemohon belum diketahui',
  },
  desilLimit: value(
    'batas desil DTSEN yang berhak',
    (v) => `batas desil DTSEN yang berhak adalah desil ${v}`,
    (v) => `batas desil DTSEN yang berhak bukan desil ${v}`,
    'batas desil DTSEN belum ditetapkan',
  ),
  verifiedPoor: flag(
    'hasil verifikasi lapangan',
    'pemohon terverifikasi miskin atau rentan miskin (verifikasi lapangan/SKTM)',
    'hasil verifikasi lapangan menyatakan pemohon tidak miskin',
    'verifikasi lapangan belum dilakukan',
    'pemohon tidak terverifikasi miskin (verifikasi lapangan menyatakan tidak miskin, atau belum dilakukan)',
  ),
  acceptVerifiedPoor: flag(
    'penerimaan warga miskin non-DTKS',
    'dinas menerima warga miskin non-DTKS yang terverifikasi',
    'dinas tidak menerima warga miskin non-DTKS',
    'tidak ditetapkan apakah dinas menerima warga miskin non-DTKS',
  ),
  needsCare: flag(
    'kebutuhan layanan kesehatan',
    'pemohon membutuhkan layanan kesehatan',
    'pemohon tidak membutuhkan layanan kesehatan',
    'kebutuhan layanan kesehatan pemohon belum dinilai',
  ),
  inBpjsRoster: flag(
    'SK kepesertaan BPJS',
    'BPJS Kesehatan masih mencantumkan pemohon dalam SK kepesertaan',
    'BPJS Kesehatan tidak lagi mencantumkan pemohon dalam SK kepesertaan',
    'status pemohon dalam SK kepesertaan BPJS belum dicek',
  ),
  regencyCode: value(
    'kabupaten/kota alamat pemohon',
    (v) => `pemohon beralamat di ${v}`,
    (v) => `pemohon tidak beralamat di ${v}`,
    'kabupaten/kota alamat pemohon belum diketahui',
  ),
  serviceRegionCode: value(
    'wilayah layanan dinas',
    (v) => `wilayah layanan dinas adalah ${v}`,
    (v) => `wilayah layanan dinas bukan ${v}`,
    'wilayah layanan dinas tidak ditetapkan',
  ),
  dukcapilMatch: flag(
    'data Dukcapil',
    'NIK dan KK padan dengan data Dukcapil',
    'NIK dan KK tidak padan dengan data Dukcapil',
    'kepadanan NIK dan KK dengan data Dukcapil belum dicek',
  ),
  duplicateMembership: flag(
    'kepesertaan ganda',
    'pemohon tercatat ganda dalam data kepesertaan BPJS',
    'pemohon tidak tercatat ganda dalam data kepesertaan BPJS',
    'kepesertaan ganda belum dicek',
  ),
  documentKinds: {
    kind: 'set',
    noun: 'dokumen yang dilampirkan',
    has: (x) => `${x} dilampirkan`,
    lacks: (x) => `${x} tidak dilampirkan`,
    noneOf: (xs) => `tidak ada ${listId(xs, 'maupun')} yang dilampirkan`,
    unknown: 'dokumen yang dilampirkan belum dicatat',
  },
  stampedDocumentKinds: {
    kind: 'set',
    noun: 'dokumen bermeterai',
    has: (x) => `${x} bermeterai`,
    lacks: (x) => `${x} tidak bermeterai`,
    noneOf: (xs) => `tidak ada ${listId(xs, 'maupun')} yang bermeterai`,
    unknown: 'meterai pada dokumen belum dicek',
  },
  nikMatchesPerson: flag(
    'data NIK',
    'tanggal lahir dan jenis kelamin yang terkandung dalam NIK sesuai dengan data pemohon',
    'tanggal lahir atau jenis kelamin yang terkandung dalam NIK tidak sesuai dengan data pemohon',
    'kesesuaian NIK dengan data pemohon belum dapat dicek',
  ),
  nikMismatches: value(
    'bagian NIK yang tidak sesuai',
    (v) => `bagian NIK yang tidak sesuai adalah ${v}`,
    (v) => `bagian NIK yang tidak sesuai bukan ${v}`,
    'bagian NIK yang tidak sesuai belum diketahui',
  ),
  deactivationWave: {
    ...value(
      'gelombang penonaktifan massal',
      (v) => `penonaktifan ini termasuk gelombang ${v}`,
      (v) => `penonaktifan ini tidak termasuk gelombang ${v}`,
      'penonaktifan ini tidak termasuk gelombang penonaktifan massal yang dikenal',
    ),
    known:
      'penonaktifan ini termasuk gelombang penonaktifan massal yang diberi syarat reaktivasi tersendiri',
  },
  infant: flag(
    'umur pemohon',
    'pemohon berusia di bawah 1 tahun',
    'pemohon berusia 1 tahun atau lebih',
    'umur pemohon belum diketahui',
  ),
  motherPbiDeleted: flag(
    'kepesertaan PBI ibu pemohon',
    'kepesertaan PBI ibu pemohon telah dihapus',
    'kepesertaan PBI ibu pemohon tidak dihapus',
    'belum diketahui apakah kepesertaan PBI ibu pemohon dihapus',
    undefined,
    'kepesertaan PBI ibu pemohon telah dihapus, atau hal itu belum diketahui',
  ),
};

/** The phrases of every fact, in English. */
const EN: { readonly [F in FactName]: FactPhrase } = {
  service: value(
    'the service asked for',
    (v) => `the service asked for is ${v}`,
    (v) => `the service asked for is not ${v}`,
    'the service asked for is not known',
  ),
  segment: value(
    "the applicant's membership segment",
    (v) => `the applicant is a member in segment ${v}`,
    (v) => `the applicant is not a member in segment ${v}`,
    "the applicant's membership segment has not been checked yet",
  ),
  membershipStatus: value(
    'the membership status',
    (v) => `the membership is ${STATUS_EN[v] ?? v}`,
    (v) => `the membership is not ${STATUS_EN[v] ?? v}`,
    'the membership status has not been checked yet',
  ),
  segmentAllowed: flag(
    'the segments served',
    "the applicant's segment is one the service serves",
    "the applicant's segment is not one this service serves",
    "the applicant's segment has not been checked yet",
  ),
  allowedSegments: value(
    'the segments served',
    (v) => `the segments served are ${v}`,
    (v) => `the segments served are not ${v}`,
    'the segments served are not set',
  ),
  activePbi: flag(
    'an active PBI membership',
    'the applicant is already an active PBI member',
    'the applicant is not yet an active PBI member',
    'it is not yet known whether the applicant is an active PBI member',
  ),
  deactivatedOn: value(
    'the date of the deactivation decree',
    (v) => `the deactivation decree is dated ${v}`,
    (v) => `the deactivation decree is not dated ${v}`,
    'the date of the deactivation decree is not known yet',
  ),
  windowMonths: value(
    'the reactivation window',
    (v) => `the reactivation window is ${v} months`,
    (v) => `the reactivation window is not ${v} months`,
    'the reactivation window is not set',
  ),
  windowBound: value(
    'how the window ends',
    (v) => `the window is counted "${v}"`,
    (v) => `the window is not counted "${v}"`,
    'how the window ends is not set',
  ),
  windowClosesOn: value(
    'the last day of the reactivation window',
    (v) => `the reactivation window closes on ${v}`,
    (v) => `the reactivation window does not close on ${v}`,
    'the last day of the reactivation window cannot be worked out yet',
  ),
  daysPastWindow: {
    kind: 'number',
    noun: 'how late the application is',
    above: (v) =>
      v === '0'
        ? 'the application was received after the reactivation window closed'
        : `the application was received more than ${v} days after the reactivation window closed`,
    atMost: (v) =>
      v === '0'
        ? 'the application was received on or before the last day of the reactivation window'
        : `the application was received at most ${v} days after the reactivation window closed`,
    unknown: 'it cannot yet be worked out whether the application was received in time',
  },
  registry: value(
    'the welfare registry',
    (v) => `the welfare registry is ${v}`,
    (v) => `the welfare registry is not ${v}`,
    'the welfare registry is not set',
  ),
  dtks: flag(
    'the DTKS status',
    'the applicant is registered in DTKS',
    'the applicant is not registered in DTKS',
    "the applicant's DTKS status has not been checked yet",
  ),
  dtsenRegistered: flag(
    'the DTSEN status',
    'the applicant is registered in DTSEN',
    'the applicant is not registered in DTSEN',
    "the applicant's DTSEN status has not been checked yet",
  ),
  desil: {
    kind: 'number',
    noun: "the applicant's DTSEN decile",
    above: (v) => `the applicant's DTSEN decile is above ${v}`,
    atMost: (v) => `the applicant's DTSEN decile is not above ${v}`,
    unknown: "the applicant's DTSEN decile is not known yet",
  },
  desilLimit: value(
    'the highest eligible DTSEN decile',
    (v) => `the highest eligible DTSEN decile is ${v}`,
    (v) => `the highest eligible DTSEN decile is not ${v}`,
    'the DTSEN decile limit is not set',
  ),
  verifiedPoor: flag(
    'the field verification',
    'the applicant is verified poor or near-poor (field verification/SKTM)',
    'the field verification found the applicant not poor',
    'no field verification has been made yet',
    'the applicant is not verified poor (the field verification found otherwise, or none was made)',
  ),
  acceptVerifiedPoor: flag(
    'accepting poor families outside DTKS',
    'the office accepts verified poor families outside DTKS',
    'the office does not accept poor families outside DTKS',
    'it is not set whether the office accepts poor families outside DTKS',
  ),
  needsCare: flag(
    'the need for health care',
    'the applicant needs health care',
    'the applicant does not need health care',
    "the applicant's need for health care has not been assessed yet",
  ),
  inBpjsRoster: flag(
    'the BPJS membership roster',
    'BPJS Kesehatan still lists the applicant in its membership decree',
    'BPJS Kesehatan no longer lists the applicant in its membership decree',
    "the applicant's place in the BPJS membership decree has not been checked yet",
  ),
  regencyCode: value(
    "the applicant's regency or city",
    (v) => `the applicant lives in ${v}`,
    (v) => `the applicant does not live in ${v}`,
    "the applicant's regency or city is not known",
  ),
  serviceRegionCode: value(
    "the office's service area",
    (v) => `the office's service area is ${v}`,
    (v) => `the office's service area is not ${v}`,
    "the office's service area is not set",
  ),
  dukcapilMatch: flag(
    'the Dukcapil records',
    'the NIK and KK match the Dukcapil records',
    'the NIK and KK do not match the Dukcapil records',
    'the NIK and KK have not been checked against Dukcapil yet',
  ),
  duplicateMembership: flag(
    'a duplicate membership',
    'the applicant appears twice in the BPJS membership data',
    'the applicant does not appear twice in the BPJS membership data',
    'duplicate membership has not been checked yet',
  ),
  documentKinds: {
    kind: 'set',
    noun: 'the documents brought',
    has: (x) => `the ${x} is brought`,
    lacks: (x) => `the ${x} is not brought`,
    noneOf: (xs) => `none of ${listEn(xs, 'or')} is brought`,
    unknown: 'the documents brought have not been recorded',
  },
  stampedDocumentKinds: {
    kind: 'set',
    noun: 'the documents carrying a meterai',
    has: (x) => `the ${x} carries a meterai`,
    lacks: (x) => `the ${x} carries no meterai`,
    noneOf: (xs) => `none of ${listEn(xs, 'or')} carries a meterai`,
    unknown: 'the meterai on the documents has not been checked',
  },
  nikMatchesPerson: flag(
    'the NIK',
    "the birth date and sex encoded in the NIK match the applicant's",
    "the birth date or sex encoded in the NIK does not match the applicant's",
    'the NIK cannot be compared with the applicant yet',
  ),
  nikMismatches: value(
    'the parts of the NIK that differ',
    (v) => `the parts of the NIK that differ are ${v}`,
    (v) => `the parts of the NIK that differ are not ${v}`,
    'the parts of the NIK that differ are not known',
  ),
  deactivationWave: {
    ...value(
      'the mass-deactivation wave',
      (v) => `this deactivation belongs to wave ${v}`,
      (v) => `this deactivation does not belong to wave ${v}`,
      'this deactivation belongs to no known mass-deactivation wave',
    ),
    known:
      'this deactivation belongs to a mass-deactivation wave with its own reactivation conditions',
  },
  infant: flag(
    "the applicant's age",
    'the applicant is under one year old',
    'the applicant is one year old or older',
    "the applicant's age is not known",
  ),
  motherPbiDeleted: flag(
    "the mother's PBI membership",
    "the applicant's mother's PBI membership was deleted",
    "the applicant's mother's PBI membership was not deleted",
    "it is not known whether the applicant's mother's PBI membership was deleted",
    undefined,
    "the applicant's mother's PBI membership was deleted, or this is not known",
  ),
};

/** Fact phrases per locale. */
export const FACT_PHRASES: { readonly [L in Locale]: { readonly [F in FactName]: FactPhrase } } = {
  id: ID,
  en: EN,
};

/** Connectives per locale. */
export const CONNECTIVES: {
  readonly [L in Locale]: {
    and: string;
    or: string;
    /** "A, kecuali bila B". */
    unless: string;
    /** "it is not the case that". */
    notThat: string;
    /** A document already named in the same clause. */
    thatDocument: string;
    /** The fact is known (compared with `null` by `notEqual`). */
    known: (noun: string) => string;
    /** A list of alternatives: "PBI-APBN atau PBI-APBD". */
    list: (xs: readonly string[]) => string;
  };
} = {
  id: {
    and: 'dan',
    or: 'atau',
    unless: 'kecuali bila',
    notThat: 'tidak benar bahwa',
    known: (noun) => `${noun} sudah diketahui`,
    thatDocument: 'dokumen itu',
    list: (xs) => listId(xs, 'atau'),
  },
  en: {
    and: 'and',
    or: 'or',
    unless: 'unless',
    notThat: 'it is not the case that',
    known: (noun) => `${noun} is known`,
    thatDocument: 'document',
    list: (xs) => listEn(xs, 'or'),
  },
};
