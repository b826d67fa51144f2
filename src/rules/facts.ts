/**
 * Facts: what the rules read about a case, derived in TypeScript from the parsed input, the
 * profile and `asOf` (never the clock). An unknown fact is `null`, never absent, so a rule can
 * tell "not checked yet" from "checked and false".
 */
import { addDays, addMonthsClamped, ageOn, daysBetween, type IsoDate } from '../dates/iso-date';
import type { Localized } from '../i18n/locale';
import { compareNikWithPerson, parseNik } from '../identifiers/nik';
import type { CaseInput } from '../schemas/case-input';
import type { Profile } from '../schemas/profile';
import { type EffectivePolicy, effectivePolicy, PBI_SEGMENTS } from './baseline';
import { waveOf } from './operations';
import { parameterAt } from './parameters';

/** Labels of every fact, for the rule book's plain-language conditions. */
export const FACT_LABELS = {
  service: { id: 'layanan', en: 'service' },
  segment: { id: 'segmen kepesertaan', en: 'membership segment' },
  membershipStatus: { id: 'status kepesertaan', en: 'membership status' },
  segmentAllowed: { id: 'segmen termasuk yang dilayani', en: 'segment is one the service accepts' },
  allowedSegments: { id: 'segmen yang dilayani', en: 'segments accepted' },
  activePbi: { id: 'sudah peserta PBI aktif', en: 'already an active PBI member' },
  deactivatedOn: { id: 'tanggal SK penonaktifan', en: 'date of the deactivation decree' },
  windowMonths: { id: 'batas waktu reaktivasi (bulan)', en: 'reactivation window (months)' },
  windowBound: { id: 'cara menghitung batas waktu', en: 'how the window ends' },
  windowClosesOn: {
    id: 'hari terakhir batas waktu reaktivasi',
    en: 'last day of the reactivation window',
  },
  daysPastWindow: {
    id: 'jumlah hari permohonan diterima sesudah batas waktu reaktivasi berakhir',
    en: 'days the application was received after the reactivation window closed',
  },
  registry: { id: 'data kesejahteraan acuan', en: 'welfare registry' },
  dtks: { id: 'terdaftar di DTKS', en: 'registered in DTKS' },
  dtsenRegistered: { id: 'terdaftar di DTSEN', en: 'registered in DTSEN' },
  desil: { id: 'desil DTSEN', en: 'DTSEN decile' },
  desilLimit: { id: 'batas desil DTSEN', en: 'DTSEN decile limit' },
  verifiedPoor: {
    id: 'hasil verifikasi lapangan/SKTM: miskin atau rentan miskin',
    en: 'field verification/SKTM: poor or near-poor',
  },
  acceptVerifiedPoor: {
    id: 'profil menerima warga miskin non-DTKS yang terverifikasi',
    en: 'profile accepts verified poor families outside DTKS',
  },
  needsCare: { id: 'membutuhkan layanan kesehatan', en: 'needs health care' },
  inBpjsRoster: {
    id: 'masih terdaftar di SK kepesertaan BPJS',
    en: 'still in the BPJS membership roster',
  },
  regencyCode: { id: 'kode kabupaten/kota alamat pemohon', en: "applicant's regency/city code" },
  serviceRegionCode: { id: 'kode wilayah layanan dinas', en: "office's region code" },
  dukcapilMatch: { id: 'data padan dengan Dukcapil', en: 'matches Dukcapil records' },
  duplicateMembership: { id: 'kepesertaan ganda', en: 'duplicate membership' },
  documentKinds: { id: 'dokumen yang dilampirkan', en: 'documents brought' },
  stampedDocumentKinds: { id: 'dokumen yang bermeterai', en: 'documents carrying a meterai' },
  nikMatchesPerson: {
    id: 'tanggal lahir dan jenis kelamin pada NIK sesuai data pemohon',
    en: "NIK's birth date and sex match the applicant's",
  },
  nikMismatches: { id: 'bagian NIK yang berbeda', en: 'parts of the NIK that differ' },
  deactivationWave: {
    id: 'gelombang penonaktifan massal yang mencakup penonaktifan ini',
    en: 'mass-deactivation wave this deactivation belongs to',
  },
  infant: { id: 'pemohon berusia di bawah 1 tahun', en: 'the applicant is under one year old' },
  motherPbiDeleted: {
    id: 'kepesertaan PBI ibu pemohon dihapus',
    en: "the applicant's mother's PBI membership was deleted",
  },
} as const satisfies Record<string, Localized>;

/** Names of the facts rules may read. */
export type FactName = keyof typeof FACT_LABELS;

/** A value a fact can hold. */
export type FactValue = string | number | boolean | null | readonly string[];

/** All facts of one case. */
export type Facts = Record<FactName, FactValue>;

/** Derives every fact of a case for a profile on `asOf`, with the policy used. */
export function deriveFacts(
  c: CaseInput,
  profile: Profile,
  asOf: IsoDate,
): { facts: Facts; policy: EffectivePolicy } {
  const policy = effectivePolicy(profile, c.service, asOf);
  const m = c.membership;
  const deactivatedOn = m?.deactivatedOn ?? null;
  let windowClosesOn: IsoDate | null = null;
  if (deactivatedOn) {
    const end = addMonthsClamped(deactivatedOn, policy.windowMonths);
    // "paling lama n bulan" includes the day n months after; "kurang dari n bulan" does not.
    windowClosesOn = policy.windowBound === 'paling-lama' ? end : addDays(end, -1);
  }
  const nik = parseNik(c.applicant.nik);
  const nikMismatches = nik.ok
    ? compareNikWithPerson(nik.nik, c.applicant.birthDate, c.applicant.sex)
    : [];
  const documentKinds: string[] = [];
  const stampedDocumentKinds: string[] = [];
  for (const d of c.documents) {
    const kind = typeof d === 'string' ? d : d.kind;
    documentKinds.push(kind);
    if (typeof d !== 'string' && d.stamped === true) stampedDocumentKinds.push(kind);
  }
  const facts: Facts = {
    service: c.service,
    segment: m?.segment ?? null,
    membershipStatus: m?.status ?? null,
    segmentAllowed: m ? policy.segments.includes(m.segment) : null,
    allowedSegments: policy.segments,
    activePbi: m !== undefined && m.status === 'aktif' && PBI_SEGMENTS.includes(m.segment),
    deactivatedOn,
    windowMonths: policy.windowMonths,
    windowBound: policy.windowBound,
    windowClosesOn,
    // The applicant's deadline: the day the office received the file, never `asOf`.
    daysPastWindow: windowClosesOn ? daysBetween(windowClosesOn, c.receivedOn) : null,
    registry: parameterAt('registry', asOf) ?? 'dtks',
    dtks: c.welfare?.dtks ?? null,
    dtsenRegistered: c.welfare?.dtsen?.registered ?? null,
    desil: c.welfare?.dtsen?.desil ?? null,
    desilLimit: parameterAt('desilLimit', asOf) ?? null,
    verifiedPoor: c.welfare?.verifiedPoor ?? null,
    acceptVerifiedPoor: policy.acceptVerifiedPoor,
    needsCare: c.health?.needsCare ?? null,
    inBpjsRoster: m?.inBpjsRoster ?? null,
    regencyCode: c.applicant.address.regencyCode,
    serviceRegionCode: profile.region?.code ?? null,
    dukcapilMatch: c.verification?.dukcapilMatch ?? null,
    duplicateMembership: c.verification?.duplicateMembership ?? null,
    documentKinds,
    stampedDocumentKinds,
    nikMatchesPerson: nikMismatches.length === 0,
    nikMismatches,
    deactivationWave: m ? waveOf(m.deactivatedOn, m.deactivationDecree) : null,
    infant: ageOn(c.applicant.birthDate, c.receivedOn) < 1,
    motherPbiDeleted: c.applicant.motherPbiDeleted ?? null,
  };
  return { facts, policy };
}
