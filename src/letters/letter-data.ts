/**
 * The data each letter kind's template is filled with: one Zod schema per kind, whose keys are
 * exactly the tags a template may use (a test proves every built-in template's tags are a subset),
 * and the builder that makes it from a validated request.
 */
import * as z from 'zod';
import { ageOn, formatLongDate, parseIsoDate } from '../dates/iso-date';
import { parseNip } from '../identifiers/nip';
import type { CaseInput } from '../schemas/case-input';
import type { Decision } from '../schemas/decision';
import type { LetterKind, Official, Profile } from '../schemas/profile';
import {
  APPLICANT_GROUNDS,
  APPLICANT_NOTES,
  APPLICANT_ROUTES,
  type ApplicantContext,
  documentLine,
  FILL_IN,
  groundBasis,
  letterTitle,
  regimeRegulation,
  regionWords,
  routeFor,
  SEGMENT_NAMES,
  SERVICE_NAMES,
  SEX_NAMES,
} from './wording';

const Text = z.string().min(1);
/** One line of a repeated block (`{#kopInstansi}{teks}{/kopInstansi}`). */
const Line = z.strictObject({ teks: Text });
/** One numbered item (`{#tembusan}{urut}. {teks}{/tembusan}`). */
const Numbered = z.strictObject({ urut: Text, teks: Text });

/** Tags every kind has: kop, heading, applicant, signature, paraf and tembusan. */
const common = {
  kopPemerintah: Text.describe('PEMERINTAH KABUPATEN/KOTA …'),
  kopInstansi: z.array(Line).min(1).describe('Agency lines of the kop, in capitals'),
  kopAlamat: Text.describe('Address line of the kop (a line to fill in when the profile has none)'),
  kopKontak: z.string().describe('Telepon, pos-el, laman; empty when the profile has none'),
  namaInstansi: Text.describe('Office name, e.g. Dinas Sosial Kabupaten Magetan'),
  tempatTanggal: Text.describe('Place and date: "Magetan, 02 Maret 2026"'),
  nomor: Text.describe('Letter number'),
  sifat: Text.describe('Sifat (Biasa)'),
  lampiran: z.string().describe('Lampiran; empty when none (the line is then left out)'),
  hal: Text.describe('Hal: the letter title from the SOP or the regulation'),
  tujuan: Text.describe('Addressee after "Yth."'),
  tujuanTempat: Text.describe('Place under "di"'),
  dasarHukum: Text.describe('The regulation in force on the letter date'),
  tanggalDiterima: Text.describe('Date the application was received, in words'),
  nama: Text,
  nik: Text,
  noKk: Text,
  tempatTanggalLahir: Text,
  jenisKelamin: Text,
  alamat: Text.describe('Street with RT/RW'),
  desa: Text,
  kecamatan: Text,
  kabupatenKota: Text,
  ttdJabatan: z.array(Line).min(1).describe('Jabatan lines, with a.n./u.b. when a delegate signs'),
  ttdNama: Text.describe('Signer name with titles (or a line to fill in)'),
  ttdPangkat: Text.describe('Pangkat (golongan) (or a line to fill in)'),
  ttdNip: Text.describe('NIP as 19651220 198603 1 009 (or a line to fill in)'),
  adaParaf: z.boolean(),
  paraf: z.array(z.strictObject({ urut: Text, jabatan: Text })),
  adaTembusan: z.boolean(),
  tembusan: z.array(Numbered),
  ttdBasah: z.boolean().describe('A wet signature block (the default)'),
  ttdElektronik: z
    .boolean()
    .describe('An electronic signature block and the BSrE footer (letter.signature elektronik)'),
  ttdEoffice: z
    .string()
    .describe(
      'The e-office signature placeholder, printed as is (SRIKANDI: ttd_pengirim in dollar-braces)',
    ),
};

const membership = {
  noKartu: Text.describe('Nomor kartu JKN-KIS'),
  segmen: Text.describe('Membership segment in words'),
};

/** Data of a rekomendasi reaktivasi (or surat keterangan pengaktifan kembali). */
export const RekomendasiReaktivasiData = z.strictObject({
  ...common,
  ...membership,
  tanggalNonaktif: Text.describe('Date of deactivation, in words'),
});
/** Data of a rekomendasi reaktivasi. */
export type RekomendasiReaktivasiData = z.infer<typeof RekomendasiReaktivasiData>;

/** Data of a rekomendasi pendaftaran. */
export const RekomendasiPendaftaranData = z.strictObject({ ...common });
/** Data of a rekomendasi pendaftaran. */
export type RekomendasiPendaftaranData = z.infer<typeof RekomendasiPendaftaranData>;

/** Data of a rekomendasi pengalihan (PBPU → PBI). */
export const RekomendasiPengalihanData = z.strictObject({ ...common, ...membership });
/** Data of a rekomendasi pengalihan. */
export type RekomendasiPengalihanData = z.infer<typeof RekomendasiPengalihanData>;

const toApplicant = {
  layanan: Text.describe('The service applied for'),
  tempatLayanan: Text.describe('Where the applicant goes: the office with its address'),
  adaCatatan: z.boolean(),
  catatan: z.array(Line).describe('Warnings for the applicant (e.g. NIK and birth date differ)'),
};

/** Data of a pengembalian berkas: each missing or unstamped document once, and where to bring it. */
export const PengembalianBerkasData = z.strictObject({
  ...common,
  ...toApplicant,
  dokumen: z.array(Numbered).min(1).describe('Each missing or unstamped document, once'),
});
/** Data of a pengembalian berkas. */
export type PengembalianBerkasData = z.infer<typeof PengembalianBerkasData>;

/** One ground of a refusal: the reason in words, its legal basis, and the route that helps. */
const Ground = z.strictObject({
  urut: Text,
  teks: Text,
  dasar: z.string().describe('Legal basis of the ground; empty when none'),
  jalan: z.string().describe('The one route that can still help; empty when none'),
});

/** Data of a pemberitahuan tidak memenuhi syarat: each ground with its basis and route. */
export const PemberitahuanTidakMemenuhiSyaratData = z.strictObject({
  ...common,
  ...toApplicant,
  alasan: z.array(Ground).min(1).describe('Each eligibility ground of the decision'),
});
/** Data of a pemberitahuan tidak memenuhi syarat. */
export type PemberitahuanTidakMemenuhiSyaratData = z.infer<
  typeof PemberitahuanTidakMemenuhiSyaratData
>;

/** The data schema of each letter kind: its keys are the tags a template of that kind may use. */
export const LETTER_DATA_SCHEMAS = {
  'rekomendasi-reaktivasi': RekomendasiReaktivasiData,
  'rekomendasi-pendaftaran': RekomendasiPendaftaranData,
  'rekomendasi-pengalihan': RekomendasiPengalihanData,
  'pengembalian-berkas': PengembalianBerkasData,
  'pemberitahuan-tidak-memenuhi-syarat': PemberitahuanTidakMemenuhiSyaratData,
} as const satisfies Record<LetterKind, z.ZodType>;

/** The data a letter of any kind is filled with. */
export type LetterData =
  | RekomendasiReaktivasiData
  | RekomendasiPendaftaranData
  | RekomendasiPengalihanData
  | PengembalianBerkasData
  | PemberitahuanTidakMemenuhiSyaratData;

/** Case data every letter prints (an office's own template writes its kop and signer in). */
const REQUIRED_COMMON = ['nomor', 'tempatTanggal', 'hal', 'dasarHukum', 'nama', 'nik'];

/**
 * Tags a template of each kind must use: without them the letter would not say what it is, who
 * it is for, under which regulation, or who signs. `checkTemplate` reports any that are missing.
 */
export const REQUIRED_TAGS: Readonly<Record<LetterKind, readonly string[]>> = {
  'rekomendasi-reaktivasi': [...REQUIRED_COMMON, 'noKartu'],
  'rekomendasi-pendaftaran': [...REQUIRED_COMMON, 'noKk'],
  'rekomendasi-pengalihan': [...REQUIRED_COMMON, 'noKartu'],
  'pengembalian-berkas': [...REQUIRED_COMMON, 'tujuan', 'dokumen'],
  'pemberitahuan-tidak-memenuhi-syarat': [...REQUIRED_COMMON, 'tujuan', 'alasan'],
};

/** A request after validation: everything a letter needs, already checked. */
export type LetterContext = {
  kind: LetterKind;
  caseInput: CaseInput;
  decision: Decision;
  profile: Profile;
  /** The letter number as printed. */
  number: string;
  /** Letter date, `YYYY-MM-DD`. */
  date: string;
  /** The official who signs. */
  signerId: string | undefined;
  /** Wet signature (default) or electronic, in an e-office with a BSrE certificate. */
  signature: 'basah' | 'elektronik';
};

/** A problem found while building the data: a field the letter needs that the case lacks. */
export type MissingField = { path: string[] };

function longDate(iso: string, profile: Profile): string {
  return formatLongDate(iso, 'id', { leadingZero: profile.dateLeadingZero });
}

function numbered(items: readonly string[]) {
  return items.map((teks, i) => ({ urut: String(i + 1), teks }));
}

function contacts(profile: Profile): string {
  const l = profile.letterhead;
  const parts = [
    l.phone ? `Telepon ${l.phone}` : undefined,
    l.email ? `Pos-el ${l.email}` : undefined,
    l.website ? `Laman ${l.website}` : undefined,
  ].filter((x): x is string => x !== undefined);
  return parts.join(', ');
}

function kopAddress(profile: Profile): string {
  const l = profile.letterhead;
  if (!l.address) return `Alamat: ${FILL_IN}`;
  return l.postalCode ? `${l.address} ${l.postalCode}` : l.address;
}

function official(profile: Profile, id: string | undefined): Official | undefined {
  return id === undefined ? undefined : profile.officials.find((o) => o.id === id);
}

/**
 * The signature lines (Permendagri 1/2023 Pasal 44): jabatan with a.n./u.b. relative to the head
 * of office (the profile's first signer with delegation 'none'), name with titles, pangkat
 * (golongan), NIP. Dots stand where the profile names no one; in an electronically signed letter
 * the e-office's placeholders stand there instead, for it to fill.
 */
export function signatureLines(
  profile: Profile,
  signerId: string | undefined,
  signature: 'basah' | 'elektronik' = 'basah',
) {
  const signer = profile.signers.find((s) => s.official === signerId);
  const who = official(profile, signerId);
  const headId = profile.signers.find((s) => s.delegation === 'none')?.official;
  const head = official(profile, headId);
  const jabatan: string[] = [];
  const position = who?.position ?? head?.position ?? profile.officials[0]?.position ?? FILL_IN;
  if (signer && head && signer.official !== head.id && signer.delegation !== 'none') {
    jabatan.push(`a.n. ${head.position}`);
    if (signer.delegation === 'ub') {
      // u.b.: under the official who signs a.n. the head (the first 'an' signer), when there is one.
      const an = profile.signers.find(
        (s) => s.delegation === 'an' && s.official !== signer.official,
      );
      const middle = official(profile, an?.official);
      if (middle) jabatan.push(middle.position);
      jabatan.push('u.b.');
    }
  }
  jabatan.push(`${position},`);
  const rank = who?.rank && who.grade ? `${who.rank} (${who.grade})` : (who?.rank ?? who?.grade);
  const nip = who?.nip ? (parseNip(who.nip)?.formatted ?? who.nip) : undefined;
  const electronic = signature === 'elektronik';
  return {
    ttdJabatan: jabatan.map((teks) => ({ teks })),
    ttdNama: who?.name ?? (electronic ? profile.eOffice.name : FILL_IN),
    ttdPangkat: rank ?? FILL_IN,
    ttdNip: nip ?? (electronic ? profile.eOffice.nip : FILL_IN),
  };
}

/**
 * The paraf hierarki of a letter: the profile's chain up to, not including, the signer (who signs
 * rather than initials; those above the signer never initial a letter they do not sign).
 */
export function parafChain(profile: Profile, signerId: string | undefined): string[] {
  const at = signerId === undefined ? -1 : profile.paraf.indexOf(signerId);
  return at < 0 ? profile.paraf : profile.paraf.slice(0, at);
}

/** Street with RT/RW, without printing an RT or RW the street already carries ("RT 3"). */
export function streetLine(address: CaseInput['applicant']['address']): string {
  const hasRt = /\bRT\.?\s*\d/i.test(address.street);
  const hasRw = /\bRW\.?\s*\d/i.test(address.street);
  if (hasRt && hasRw) return address.street;
  if (hasRt) return `${address.street} / RW ${address.rw}`;
  if (hasRw) return `${address.street} RT ${address.rt}`;
  return `${address.street} RT ${address.rt} / RW ${address.rw}`;
}

/** Age under which a letter is addressed to the parent or guardian (KTP age, UU 24/2013). */
const ADULT_AGE = 17;

/** The addressee of a letter to an applicant: "Sdr. …", or the parent/guardian of a child. */
export function applicantAddressee(c: CaseInput, date: string): string {
  const child = ageOn(c.applicant.birthDate, date) < ADULT_AGE;
  return child ? `Orang tua/wali dari ${c.applicant.name}` : `Sdr. ${c.applicant.name}`;
}

function isToApplicant(kind: LetterKind): boolean {
  return kind === 'pengembalian-berkas' || kind === 'pemberitahuan-tidak-memenuhi-syarat';
}

/**
 * Builds the letter data of a validated request. Returns the paths of case fields the kind needs
 * but the case lacks (e.g. the card number of a reaktivasi) instead of printing a blank.
 */
export function buildLetterData(
  ctx: LetterContext,
): { data: LetterData } | { missing: MissingField[] } {
  const { caseInput: c, decision, profile, kind } = ctx;
  const a = c.applicant;
  const parafRows = parafChain(profile, ctx.signerId).map((id, i) => {
    const o = official(profile, id);
    return { urut: String(i + 1), jabatan: o?.shortPosition ?? o?.position ?? id };
  });
  const region = regionWords(a.address.regencyCode);
  const toApplicant = isToApplicant(kind);
  const electronic = ctx.signature === 'elektronik';
  const common = {
    kopPemerintah: profile.letterhead.government,
    kopInstansi: profile.letterhead.agency.map((teks) => ({ teks })),
    kopAlamat: kopAddress(profile),
    kopKontak: contacts(profile),
    namaInstansi: profile.name,
    tempatTanggal: `${profile.city}, ${longDate(ctx.date, profile)}`,
    nomor: ctx.number,
    sifat: 'Biasa',
    lampiran: kind === 'pemberitahuan-tidak-memenuhi-syarat' ? '' : '1 (satu) berkas',
    hal: letterTitle(kind, decision.regime, profile.letterTitles, c.service),
    tujuan: toApplicant ? applicantAddressee(c, ctx.date) : profile.addressee.title,
    tujuanTempat: toApplicant
      ? `${a.address.village}, Kecamatan ${a.address.district}`
      : profile.addressee.place,
    dasarHukum: regimeRegulation(decision.regime),
    tanggalDiterima: longDate(c.receivedOn, profile),
    nama: a.name,
    nik: a.nik,
    noKk: a.kk,
    tempatTanggalLahir: a.birthPlace
      ? `${a.birthPlace}, ${longDate(a.birthDate, profile)}`
      : longDate(a.birthDate, profile),
    jenisKelamin: SEX_NAMES[a.sex],
    alamat: streetLine(a.address),
    desa: a.address.village,
    kecamatan: a.address.district,
    kabupatenKota: region ?? `Kode wilayah ${a.address.regencyCode}`,
    ...signatureLines(profile, ctx.signerId, ctx.signature),
    adaParaf: parafRows.length > 0,
    paraf: parafRows,
    adaTembusan: profile.tembusan.length > 0,
    tembusan: numbered(profile.tembusan),
    ttdBasah: !electronic,
    ttdElektronik: electronic,
    ttdEoffice: profile.eOffice.signature,
  };
  const missing: MissingField[] = [];
  const m = c.membership;
  const need = (value: string | undefined, path: string[]): string => {
    if (value === undefined) missing.push({ path });
    return value ?? '';
  };
  const words: ApplicantContext = {
    receivedOn: c.receivedOn,
    office: profile.name,
    service: c.service,
    leadingZero: profile.dateLeadingZero,
  };
  const applicant = () => {
    const warnings = decision.reasons.filter(
      (r) => r.kind === 'warning' && APPLICANT_NOTES.has(r.code),
    );
    return {
      layanan: SERVICE_NAMES[c.service],
      tempatLayanan: profile.letterhead.address
        ? `${profile.name}, ${kopAddress(profile)}`
        : profile.name,
      adaCatatan: warnings.length > 0,
      catatan: warnings.map((r) => ({ teks: APPLICANT_GROUNDS[r.code](r.params, words) })),
    };
  };
  switch (kind) {
    case 'rekomendasi-reaktivasi': {
      const noKartu = need(m?.cardNumber, ['case', 'membership', 'cardNumber']);
      const nonaktif = need(m?.deactivatedOn, ['case', 'membership', 'deactivatedOn']);
      if (missing.length) return { missing };
      return {
        data: {
          ...common,
          noKartu,
          segmen: m ? SEGMENT_NAMES[m.segment] : '',
          tanggalNonaktif: longDate(nonaktif, profile),
        },
      };
    }
    case 'rekomendasi-pengalihan': {
      const noKartu = need(m?.cardNumber, ['case', 'membership', 'cardNumber']);
      if (missing.length) return { missing };
      return { data: { ...common, noKartu, segmen: m ? SEGMENT_NAMES[m.segment] : '' } };
    }
    case 'rekomendasi-pendaftaran':
      return { data: common };
    case 'pengembalian-berkas': {
      // Each document once: a missing one, or one present without its meterai.
      const lines: string[] = [];
      for (const r of decision.reasons) {
        if (r.kind !== 'document') continue;
        const line = documentLine(String(r.params.requirement), r.code === 'document-not-stamped');
        if (!lines.includes(line)) lines.push(line);
      }
      return { data: { ...common, ...applicant(), dokumen: numbered(lines) } };
    }
    case 'pemberitahuan-tidak-memenuhi-syarat': {
      const grounds = decision.reasons.filter((r) => r.kind === 'eligibility');
      // A route shared by several grounds is written out once, then referred to by its number.
      const routeAt = new Map<string, number>();
      const alasan = grounds.map((r, i) => {
        const route = routeFor(r.code, r.params, c.service);
        const text = route ? APPLICANT_ROUTES[route](r.params, words) : '';
        const first = routeAt.get(text);
        if (text && first === undefined) routeAt.set(text, i + 1);
        return {
          urut: String(i + 1),
          teks: APPLICANT_GROUNDS[r.code](r.params, words),
          dasar: groundBasis(r.legalBasis, profile.name),
          jalan:
            first === undefined
              ? text
              : `Jalan yang dapat Saudara tempuh sama dengan angka ${first}.`,
        };
      });
      return { data: { ...common, ...applicant(), alasan } };
    }
  }
}

/** The month of an ISO date (1–12). */
export function monthOf(iso: string): number {
  return parseIsoDate(iso)?.month ?? 1;
}
