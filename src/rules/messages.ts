/**
 * Reason and next-step messages, one function per code per locale (date-fns style): a missing
 * translation is a type error. Messages are written late from the reason's params and never
 * contain the diagnosis (UU 27/2022 Pasal 4: health data is specific personal data).
 */
import { formatLongDate } from '../dates/iso-date';
import type { Locale, Localized } from '../i18n/locale';
import { REGIONS } from '../identifiers/region';
import type { CheckId, NextStepCode, ReasonCode } from '../schemas/decision';
import type { RequirementId } from '../schemas/profile';
import { REQUIREMENTS } from './baseline';
import { LEGAL_DATES, type LegalDateId } from './law';
import { AUTO_REACTIVATION_MONTHS, DEACTIVATION_WAVES } from './operations';

export type { CheckId };

/** Params a message may read; every value is optional so a message never throws. */
export type MessageParams = Readonly<Record<string, unknown>>;

type ReasonMessages = Record<ReasonCode, (p: MessageParams) => string>;
type NextStepMessages = Record<NextStepCode, (p: MessageParams) => string>;

const CHECK_LABELS: Localized<Record<CheckId, string>> = {
  id: {
    dtks: 'status DTKS pemohon (cek di SIKS-NG)',
    dtsen: 'status dan desil DTSEN pemohon (cek di SIKS-NG)',
    'bpjs-roster': 'status pemohon dalam SK kepesertaan BPJS Kesehatan',
    dukcapil: 'kepadanan NIK dan KK dengan data Dukcapil',
    duplicate: 'kepesertaan ganda di data BPJS Kesehatan',
    'health-need': 'kebutuhan layanan kesehatan pemohon',
    'deactivation-date': 'tanggal SK penonaktifan kepesertaan',
  },
  en: {
    dtks: "the applicant's DTKS status (check in SIKS-NG)",
    dtsen: "the applicant's DTSEN status and decile (check in SIKS-NG)",
    'bpjs-roster': "the applicant's status in the BPJS Kesehatan membership decree",
    dukcapil: 'whether NIK and KK match Dukcapil records',
    duplicate: 'duplicate membership in BPJS Kesehatan data',
    'health-need': "the applicant's need for health care",
    'deactivation-date': 'the date of the deactivation decree',
  },
};

const SERVICE_NAMES: Localized<Record<string, string>> = {
  id: {
    reaktivasi: 'reaktivasi',
    pendaftaran: 'pendaftaran peserta baru',
    pengalihan: 'pengalihan dari mandiri ke PBI',
  },
  en: {
    reaktivasi: 'reactivation',
    pendaftaran: 'new registration',
    pengalihan: 'transfer from self-paying to PBI',
  },
};

const MISMATCH_NAMES: Localized<Record<string, string>> = {
  id: { day: 'tanggal', month: 'bulan', year: 'tahun', sex: 'jenis kelamin' },
  en: { day: 'day', month: 'month', year: 'year', sex: 'sex' },
};

const str = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : '?';
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);
const date = (v: unknown, locale: Locale) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatLongDate(v, locale) : '?';
const requirementLabel = (v: unknown, locale: Locale) =>
  typeof v === 'string' && v in REQUIREMENTS
    ? REQUIREMENTS[v as RequirementId].label[locale]
    : str(v);
const checkLabel = (v: unknown, locale: Locale) =>
  typeof v === 'string' && v in CHECK_LABELS[locale] ? CHECK_LABELS[locale][v as CheckId] : str(v);
const region = (v: unknown) => {
  const r = typeof v === 'string' ? REGIONS[v] : undefined;
  return r ? `${r.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name} (${r.code})` : str(v);
};
/** A legal date in words, read from its one home (LEGAL_DATES). */
const legal = (id: LegalDateId, locale: Locale) => formatLongDate(LEGAL_DATES[id].date, locale);
const waveLabel = (v: unknown, locale: Locale) =>
  DEACTIVATION_WAVES.find((w) => w.id === v)?.label[locale] ?? str(v);
const registry = (v: unknown) => (v === 'dtsen' ? 'DTSEN' : 'DTKS');

const reasonsId: ReasonMessages = {
  'segment-not-eligible': (p) =>
    `Segmen kepesertaan ${str(p.segment)} tidak dapat dilayani untuk ${SERVICE_NAMES.id[str(p.service)] ?? str(p.service)}; yang dapat dilayani: ${list(p.allowedSegments).join(', ')}.`,
  'membership-active': (p) =>
    `Kepesertaan JKN-KIS pemohon (${str(p.segment)}) masih aktif, sehingga tidak perlu direaktivasi.`,
  'already-pbi': (p) => `Pemohon sudah menjadi peserta PBI aktif (${str(p.segment)}).`,
  'reactivation-window-expired': (p) =>
    `Batas waktu reaktivasi sudah lewat: SK penonaktifan tanggal ${date(p.deactivatedOn, 'id')}, reaktivasi ${p.windowBound === 'kurang-dari' ? 'kurang dari' : 'paling lama'} ${str(p.windowMonths)} bulan, yaitu paling lambat diterima ${date(p.windowClosesOn, 'id')}.`,
  'not-in-welfare-registry': (p) =>
    p.registry === 'dtsen'
      ? 'Pemohon tidak terdaftar di DTSEN dan belum terverifikasi miskin atau rentan miskin.'
      : 'Pemohon tidak terdaftar di DTKS.',
  'welfare-decile-too-high': (p) =>
    `Pemohon berada pada desil ${str(p.desil)} DTSEN, di atas batas desil ${str(p.desilLimit)}, dan belum terverifikasi miskin atau rentan miskin.`,
  'health-need-not-established': () =>
    'Pemohon tidak dinyatakan membutuhkan layanan kesehatan; reaktivasi hanya untuk peserta yang layak membutuhkan layanan kesehatan.',
  'not-in-bpjs-roster': () =>
    'Menurut BPJS Kesehatan, pemohon sudah tidak terdaftar dalam SK kepesertaan, sehingga tidak dapat direaktivasi.',
  'outside-service-area': (p) =>
    `Alamat pemohon (${region(p.regencyCode)}) berada di luar wilayah layanan dinas (${region(p.serviceRegionCode)}).`,
  'dukcapil-mismatch': () => 'NIK dan/atau nomor KK pemohon tidak padan dengan data Dukcapil.',
  'duplicate-membership': () =>
    'Pemohon tercatat memiliki kepesertaan ganda di data BPJS Kesehatan.',
  'document-missing': (p) => `Dokumen belum dilampirkan: ${requirementLabel(p.requirement, 'id')}.`,
  'document-not-stamped': (p) =>
    `Dokumen belum bermeterai: ${requirementLabel(p.requirement, 'id')}.`,
  'check-pending': (p) => `Belum dicek: ${checkLabel(p.check, 'id')}.`,
  'nik-birthdate-mismatch': (p) =>
    `Bagian tanggal lahir/jenis kelamin pada NIK berbeda dengan data pemohon (${list(
      p.nikMismatches,
    )
      .map((m) => MISMATCH_NAMES.id[m] ?? m)
      .join(', ')}); periksa KTP dan KK. Ini peringatan, bukan alasan penolakan.`,
  'deactivation-wave': (p) =>
    `Penonaktifan ini termasuk ${waveLabel(p.deactivationWave, 'id')}. Menurut pernyataan Kemensos/BPJS Kesehatan (belum terverifikasi), reaktivasi gelombang ini mensyaratkan hasil verifikasi lapangan miskin atau rentan miskin${p.verifiedPoor === true ? ' (sudah ada)' : ' (belum ada di berkas)'}, penyakit berat jangka panjang atau kondisi yang mengancam jiwa, dan pemutakhiran DTSEN dalam dua periode berikutnya. Ini peringatan, bukan alasan penolakan.`,
  'temporary-reactivation': (p) =>
    `Kepesertaan yang aktif mungkin reaktivasi otomatis sementara bagi pasien penyakit berat (sejak ${legal('autoReactivation', 'id')}, selama ${AUTO_REACTIVATION_MONTHS} bulan, sampai sekitar ${date(p.until, 'id')}), menunggu ground check BPS; sesudahnya kepesertaan dapat nonaktif lagi. Catat tanggal berakhirnya (pernyataan pejabat, belum terverifikasi).`,
  'infant-of-deleted-mother': (p) =>
    p.motherPbiDeleted === true
      ? `Pemohon bayi dari ibu yang kepesertaan PBI-nya dihapus: menurut Kemensos (${legal('reactivationScope', 'id')}, belum terverifikasi) reaktivasi terbuka bagi bayi seperti ini; ajukan bersama data ibunya.`
      : `Pemohon berusia di bawah 1 tahun: tanyakan apakah kepesertaan PBI ibunya dihapus; menurut Kemensos (${legal('reactivationScope', 'id')}, belum terverifikasi) bayi dari ibu yang PBI-nya dihapus dapat direaktivasi.`,
};

const reasonsEn: ReasonMessages = {
  'segment-not-eligible': (p) =>
    `Membership segment ${str(p.segment)} is not accepted for ${SERVICE_NAMES.en[str(p.service)] ?? str(p.service)}; accepted: ${list(p.allowedSegments).join(', ')}.`,
  'membership-active': (p) =>
    `The applicant's JKN-KIS membership (${str(p.segment)}) is still active, so there is nothing to reactivate.`,
  'already-pbi': (p) => `The applicant is already an active PBI member (${str(p.segment)}).`,
  'reactivation-window-expired': (p) =>
    `The reactivation window has closed: deactivation decree of ${date(p.deactivatedOn, 'en')}, reactivation ${p.windowBound === 'kurang-dari' ? 'less than' : 'at most'} ${str(p.windowMonths)} months after it, so the last day was ${date(p.windowClosesOn, 'en')}.`,
  'not-in-welfare-registry': (p) =>
    p.registry === 'dtsen'
      ? 'The applicant is not registered in DTSEN and has not been verified as poor or near-poor.'
      : 'The applicant is not registered in DTKS.',
  'welfare-decile-too-high': (p) =>
    `The applicant is in DTSEN decile ${str(p.desil)}, above the limit of decile ${str(p.desilLimit)}, and has not been verified as poor or near-poor.`,
  'health-need-not-established': () =>
    'The applicant is not stated to need health care; reactivation is only for members who need health care.',
  'not-in-bpjs-roster': () =>
    'BPJS Kesehatan reports the applicant is no longer in its membership decree, so the membership cannot be reactivated.',
  'outside-service-area': (p) =>
    `The applicant's address (${region(p.regencyCode)}) is outside the office's service area (${region(p.serviceRegionCode)}).`,
  'dukcapil-mismatch': () => "The applicant's NIK and/or KK number do not match Dukcapil records.",
  'duplicate-membership': () => 'The applicant has a duplicate membership in BPJS Kesehatan data.',
  'document-missing': (p) => `Document not yet brought: ${requirementLabel(p.requirement, 'en')}.`,
  'document-not-stamped': (p) =>
    `Document lacks a meterai: ${requirementLabel(p.requirement, 'en')}.`,
  'check-pending': (p) => `Not yet checked: ${checkLabel(p.check, 'en')}.`,
  'nik-birthdate-mismatch': (p) =>
    `The birth-date/sex part of the NIK differs from the applicant's data (${list(p.nikMismatches)
      .map((m) => MISMATCH_NAMES.en[m] ?? m)
      .join(', ')}); check the KTP and KK. This is a warning, not a ground for refusal.`,
  'deactivation-wave': (p) =>
    `This deactivation belongs to ${waveLabel(p.deactivationWave, 'en')}. According to Kemensos/BPJS Kesehatan statements (unverified), reactivation in this wave requires a field verification finding the family poor or near-poor${p.verifiedPoor === true ? ' (on file)' : ' (not yet on file)'}, a serious long-term illness or a life-threatening condition, and a DTSEN update within the next two update periods. This is a warning, not a ground for refusal.`,
  'temporary-reactivation': (p) =>
    `The active membership may be the temporary automatic reactivation of seriously ill patients (from ${legal('autoReactivation', 'en')}, for ${AUTO_REACTIVATION_MONTHS} months, until about ${date(p.until, 'en')}), pending a BPS ground check; afterwards it may lapse again. Note when it ends (officials' statements, unverified).`,
  'infant-of-deleted-mother': (p) =>
    p.motherPbiDeleted === true
      ? `The applicant is a baby whose mother's PBI membership was deleted: according to Kemensos (${legal('reactivationScope', 'en')}, unverified) such babies can be reactivated; submit with the mother's data.`
      : `The applicant is under one year old: ask whether the mother's PBI membership was deleted; according to Kemensos (${legal('reactivationScope', 'en')}, unverified) babies of such mothers can be reactivated.`,
};

const stepsId: NextStepMessages = {
  'propose-new-registration': () =>
    'Kembalikan berkas dan sarankan pemohon diusulkan kembali sebagai peserta baru melalui operator SIKS-NG desa/kelurahan.',
  'update-welfare-data': (p) =>
    `Daftarkan atau perbarui data pemohon di ${registry(p.registry)} melalui desa/kelurahan.`,
  'obtain-health-letter': () =>
    'Minta surat keterangan membutuhkan layanan kesehatan dari rumah sakit atau puskesmas.',
  'complete-documents': (p) =>
    `Lengkapi dokumen: ${list(p.requirements)
      .map((r) => requirementLabel(r, 'id'))
      .join('; ')}.`,
  'complete-checks': (p) =>
    `Selesaikan pengecekan: ${list(p.checks)
      .map((c) => checkLabel(c, 'id'))
      .join('; ')}.`,
  'submit-to-bpjs': (p) =>
    p.regime === 'permensos-3-2026'
      ? 'Sampaikan surat keterangan pengaktifan kembali beserta surat keterangan fasilitas kesehatan ke Kantor Cabang BPJS Kesehatan melalui salah satu jalur Permensos 3/2026 Pasal 20 ayat (4): diserahkan peserta (atau kuasanya) melalui kanal layanan administrasi BPJS Kesehatan, atau dikirim Dinas Sosial melalui SIKS-NG.'
      : 'Serahkan surat Dinas Sosial ke Kantor Cabang BPJS Kesehatan untuk diproses.',
  'apply-at-home-office': (p) =>
    `Arahkan pemohon ke Dinas Sosial kabupaten/kota tempat tinggalnya${p.regencyCode ? ` (${region(p.regencyCode)})` : ''}.`,
  'apply-pengalihan': () =>
    'Pemohon peserta mandiri (PBPU): arahkan ke layanan pengalihan dari JKN-KIS mandiri menjadi PBI-JK.',
  'update-population-data': () =>
    'Arahkan pemohon ke Dinas Dukcapil untuk memadankan atau memperbaiki data NIK dan KK.',
  'resolve-duplicate-membership': () =>
    'Arahkan pemohon ke Kantor Cabang BPJS Kesehatan untuk menyelesaikan kepesertaan ganda.',
  'dinsos-keterangan-masih-layak': () =>
    `Menurut arahan Pusdatin Kemensos (${legal('pusdatinGuidance', 'id')}, belum terverifikasi), Dinas Sosial dapat memverifikasi dan menerbitkan keterangan bahwa peserta "masih layak" sebagai pengganti SKTM desa; bila verifikasi menyatakan miskin atau rentan miskin, catat verifiedPoor dan putuskan ulang.`,
  'village-siks-ng-route': () =>
    `Sejak ${legal('villageRoute', 'id')} (pemberitaan, belum terverifikasi) operator SIKS-NG desa/kelurahan juga dapat mengajukan reaktivasi dengan surat keterangan faskes (SKTM opsional).`,
};

const stepsEn: NextStepMessages = {
  'propose-new-registration': () =>
    'Return the file and advise proposing the applicant again as a new member through the village/ward SIKS-NG operator.',
  'update-welfare-data': (p) =>
    `Register or update the applicant's data in ${registry(p.registry)} through the village/ward.`,
  'obtain-health-letter': () =>
    'Ask a hospital or puskesmas for a letter stating that the applicant needs health care.',
  'complete-documents': (p) =>
    `Complete the documents: ${list(p.requirements)
      .map((r) => requirementLabel(r, 'en'))
      .join('; ')}.`,
  'complete-checks': (p) =>
    `Finish the checks: ${list(p.checks)
      .map((c) => checkLabel(c, 'en'))
      .join('; ')}.`,
  'submit-to-bpjs': (p) =>
    p.regime === 'permensos-3-2026'
      ? 'Send the reactivation letter with the health-facility letter to the BPJS Kesehatan branch office by one of the routes of Permensos 3/2026 Article 20(4): the member (or a representative) through a BPJS Kesehatan administrative channel, or the Dinas Sosial through SIKS-NG.'
      : 'Take the Dinas Sosial letter to the BPJS Kesehatan branch office for processing.',
  'apply-at-home-office': (p) =>
    `Refer the applicant to the Dinas Sosial of the regency/city where they live${p.regencyCode ? ` (${region(p.regencyCode)})` : ''}.`,
  'apply-pengalihan': () =>
    'The applicant is a self-paying (PBPU) member: refer them to the service that moves a self-paying JKN-KIS membership to PBI-JK.',
  'update-population-data': () =>
    'Refer the applicant to the Dinas Dukcapil to match or correct the NIK and KK data.',
  'resolve-duplicate-membership': () =>
    'Refer the applicant to the BPJS Kesehatan branch office to resolve the duplicate membership.',
  'dinsos-keterangan-masih-layak': () =>
    `According to Pusdatin Kemensos guidance (${legal('pusdatinGuidance', 'en')}, unverified), the Dinas Sosial may verify the family and issue a statement that the member is "still eligible" in place of a village SKTM; if the verification finds them poor or near-poor, record verifiedPoor and decide again.`,
  'village-siks-ng-route': () =>
    `Since ${legal('villageRoute', 'en')} (news reports, unverified) village/ward SIKS-NG operators may also submit reactivations with the health-facility letter (SKTM optional).`,
};

/** Reason messages per locale, keyed by reason code. */
export const REASON_MESSAGES: Localized<ReasonMessages> = { id: reasonsId, en: reasonsEn };

/** Next-step messages per locale, keyed by next-step code. */
export const NEXT_STEP_MESSAGES: Localized<NextStepMessages> = { id: stepsId, en: stepsEn };

/** Labels of the checks `check-pending` names, per locale. */
export const CHECK_MESSAGES: Localized<Record<CheckId, string>> = CHECK_LABELS;
