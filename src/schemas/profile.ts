import * as z from 'zod';
import { DocumentKind, Segment } from './case-input';
import { IsoDateString, issue, NipString, RegionCodeString, Slug, text } from './primitives';

/** Ids of document requirements; `identitas` is met by a KTP, a KIA or an akta kelahiran. */
export const RequirementId = z.enum([
  'identitas',
  'kk',
  'kartu-jkn',
  'surat-status-kepesertaan',
  'surat-keterangan-faskes',
  'sktm',
  'surat-pernyataan-tidak-mampu-bayar',
]);
/** Ids of document requirements. */
export type RequirementId = z.infer<typeof RequirementId>;

/** Kinds of letter pbi-jk writes. */
export const LetterKind = z.enum([
  'rekomendasi-reaktivasi',
  'rekomendasi-pendaftaran',
  'rekomendasi-pengalihan',
  'pengembalian-berkas',
  'pemberitahuan-tidak-memenuhi-syarat',
]);
/** Kinds of letter pbi-jk writes. */
export type LetterKind = z.infer<typeof LetterKind>;

/** PNG (`89 50 4E 47 0D 0A 1A 0A`) or JPEG (`FF D8 FF`) bytes, told apart by their magic bytes. */
export function imageType(bytes: Uint8Array): 'png' | 'jpg' | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > 8 && png.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return undefined;
}

/** The regional emblem (lambang daerah) for the kop: PNG or JPEG bytes, at most 2 MB. */
export const LogoBytes = z.instanceof(Uint8Array).superRefine((v, ctx) => {
  if (v.length > 2_000_000 || imageType(v) === undefined) ctx.addIssue(issue('logo-format'));
});

/** Paper of the office's letters: A4 (210 × 297 mm) or F4/folio (215 × 330 mm). */
export const Paper = z.enum(['A4', 'F4']);
/** Paper of the office's letters. */
export type Paper = z.infer<typeof Paper>;

/** An e-office placeholder as SRIKANDI writes it: `${name}`. */
const eOfficeTag = (name: string): string => `\${${name}}`;

/** The e-office placeholders of research-legal.md §10 (SRIKANDI). */
const EOFFICE_DEFAULTS = {
  signature: eOfficeTag('ttd_pengirim'),
  name: eOfficeTag('nama_pengirim'),
  nip: eOfficeTag('nip_pengirim'),
};

/**
 * The placeholders an e-office (SRIKANDI and the like) fills when a letter is signed with a BSrE
 * certificate; names vary by e-office version, so a profile may rename them.
 */
export const EOfficePlaceholders = z.strictObject({
  /** Where the e-office puts the signature mark (QR code / specimen). */
  signature: text(60).default(EOFFICE_DEFAULTS.signature),
  /** Signer's name, used when the profile names no one. */
  name: text(60).default(EOFFICE_DEFAULTS.name),
  /** Signer's NIP, used when the profile gives none. */
  nip: text(60).default(EOFFICE_DEFAULTS.nip),
});
/** The placeholders an e-office fills when a letter is signed electronically. */
export type EOfficePlaceholders = z.infer<typeof EOfficePlaceholders>;

/** An official named in the office's SOP: jabatan, name with titles, pangkat/golongan and NIP. */
export const Official = z.strictObject({
  id: Slug,
  /** Jabatan as printed above the signature, e.g. "Kepala Dinas Sosial Kabupaten Magetan". */
  position: text(200),
  /** Short jabatan for the paraf table, e.g. "Kabid Linjamsos". */
  shortPosition: text(60).optional(),
  /** Name with academic titles, as printed (Permendagri 1/2023 Pasal 44). */
  name: text(150).optional(),
  /** Pangkat, e.g. "Pembina Utama Muda". */
  rank: text(60).optional(),
  /** Golongan ruang, e.g. "IV/c". */
  grade: z
    .string()
    .regex(/^(I|II|III|IV)\/[a-e]$/)
    .optional(),
  nip: NipString.optional(),
});
/** An official named in the office's SOP. */
export type Official = z.infer<typeof Official>;

/** Someone who may sign, and whether they sign in their own name, a.n. (for the head) or u.b. */
export const Signer = z.strictObject({
  official: Slug,
  delegation: z.enum(['none', 'an', 'ub']).default('none'),
});
/** Someone who may sign. */
export type Signer = z.infer<typeof Signer>;

/** A legal instrument an SOP lists in its Dasar Hukum. `ref` links it to pbi-jk's instrument table. */
export const LegalBasisEntry = z.strictObject({
  instrument: text(200),
  title: text(300),
  ref: Slug.optional(),
});
/** A legal instrument an SOP lists in its Dasar Hukum. */
export type LegalBasisEntry = z.infer<typeof LegalBasisEntry>;

/** The regional SOP a profile encodes. */
export const SopReference = z.strictObject({
  /** Number as printed, e.g. "460/053/2022"; absent when the SOP has none. */
  number: text(100).optional(),
  /** Date as printed ("Desember 2021", "05 Juni 2023"). */
  issued: text(60).optional(),
  title: text(300),
  /** Seed file under shared/seeds the profile was built from. */
  seed: text(200).optional(),
  legalBasis: z.array(LegalBasisEntry),
  /** The welfare registry the SOP checks against (every seed names DTKS). */
  registry: z.enum(['dtks', 'dtsen']).optional(),
  /**
   * The services the SOP regulates; for any other service the profile applies the national
   * rule only (the rule book says so). Absent: all three.
   */
  covers: z
    .array(z.enum(['reaktivasi', 'pendaftaran', 'pengalihan']))
    .min(1)
    .optional(),
  /** The SOP's own name for the letter it produces ("Produk Layanan"), as printed. */
  product: text(200).optional(),
});
/** The regional SOP a profile encodes. */
export type SopReference = z.infer<typeof SopReference>;

/**
 * What an office changes about one service relative to the national baseline; every field is
 * optional and absent means "as the national rule says".
 */
export const ServicePolicy = z.strictObject({
  /** Segments accepted (reaktivasi: PBI segments that may be reactivated; pengalihan: segments that may move). */
  segments: z.array(Segment).min(1).optional(),
  /** "paling lama" (the last day included) or "kurang dari" (the day n months after is outside). */
  windowBound: z.enum(['paling-lama', 'kurang-dari']).optional(),
  /** A shorter reactivation window, in months (never longer than the national one). */
  windowMonths: z.number().int().min(1).max(6).optional(),
  /** Check that BPJS still lists the person in its SK kepesertaan. */
  checkBpjsRoster: z.boolean().optional(),
  /** Serve only residents of the profile's region. */
  residentsOnly: z.boolean().optional(),
  /** In the DTKS era, accept poor families outside DTKS when field verification says so. */
  acceptVerifiedPoor: z.boolean().optional(),
  /** Requirements added to, or waived from, the national list. */
  requirements: z
    .strictObject({
      add: z.array(RequirementId).default([]),
      waive: z.array(RequirementId).default([]),
    })
    .optional(),
  /** Require the surat pernyataan tidak mampu bayar to carry a meterai. */
  requireStamp: z.boolean().optional(),
  /**
   * The identity documents the SOP itself names (e.g. only `ktp`). The package accepts KTP, KIA or
   * akta kelahiran for `identitas`; where the SOP names fewer, the rule book shows that as a
   * departure for legal review. Absent: the SOP does not say.
   */
  identityNamed: z.array(DocumentKind).min(1).optional(),
  /** Where in the SOP each change comes from, e.g. `{ windowBound: 'Langkah 2a' }`. */
  sopRefs: z.record(z.string(), text(200)).optional(),
});
/** What an office changes about one service relative to the national baseline. */
export type ServicePolicy = z.infer<typeof ServicePolicy>;

/**
 * A Dinas Sosial office: its identity for letters, its officials and signing rules, its SOP and
 * the policy knobs its SOP adds to the national rules. Build new ones with `defineProfile`.
 */
export const Profile = z
  .strictObject({
    id: Slug,
    /** Office name, e.g. "Dinas Sosial Kabupaten Magetan". */
    name: text(200),
    region: z
      .strictObject({
        code: RegionCodeString,
        name: text(100),
        kind: z.enum(['kabupaten', 'kota']),
        province: text(100),
      })
      .optional(),
    letterhead: z.strictObject({
      /** "PEMERINTAH KABUPATEN MAGETAN". */
      government: text(200),
      /** Agency lines in capitals, e.g. ["DINAS SOSIAL"]. */
      agency: z.array(text(200)).min(1),
      /** Street address; absent when the SOP gives none (letters then print a line to fill in). */
      address: text(300).optional(),
      phone: text(60).optional(),
      email: text(100).optional(),
      website: text(100).optional(),
      postalCode: z
        .string()
        .regex(/^\d{5}$/)
        .optional(),
      /** Regional emblem printed at the left of the kop (PNG or JPEG bytes). */
      logo: LogoBytes.optional(),
    }),
    /** Paper size of the office's letters; default A4. */
    paper: Paper.default('A4'),
    /** E-office placeholders kept in electronically signed letters (`letter.signature: 'elektronik'`). */
    eOffice: EOfficePlaceholders.default(EOFFICE_DEFAULTS),
    /** Place for the date line ("Magetan, 2 Maret 2026"). */
    city: text(100),
    /** Write "05 Juni 2023" instead of "5 Juni 2023". */
    dateLeadingZero: z.boolean().default(false),
    officials: z.array(Official),
    signers: z.array(Signer),
    /** The usual signer (an official id listed in `signers`). */
    defaultSigner: Slug.optional(),
    /** Paraf hierarki, in order of initialling (official ids). */
    paraf: z.array(Slug).default([]),
    /** Letter-number pattern with `{nomor}`, `{bulan}` (Roman), `{tahun}`, e.g. "400.9/{nomor}/403.107/{tahun}". */
    letterNumberPattern: text(100),
    /** Addressee line after "Yth.", and the place line under it. */
    addressee: z.strictObject({ title: text(200), place: text(100) }),
    tembusan: z.array(text(200)).default([]),
    /** Service level from the Standar Pelayanan. */
    sla: z.strictObject({
      minutes: z.number().int().positive().optional(),
      workingDays: z.number().int().positive().optional(),
      /**
       * How often the office sends each service's files on to BPJS, where the SOP says so
       * (Pematangsiantar: pendaftaran collectively once a month, pengalihan every working day),
       * so no one reads the desk time as the time to coverage.
       */
      cadence: z
        .partialRecord(
          z.enum(['reaktivasi', 'pendaftaran', 'pengalihan']),
          z.enum(['same-day', 'daily', 'monthly']),
        )
        .optional(),
    }),
    /**
     * Where an applicant can ask about their BPJS membership status (an SOP step, not a complaint
     * channel of the office), e.g. BPJS Kesehatan Care Center 165.
     */
    statusEnquiry: z.array(z.strictObject({ channel: text(100), contact: text(200) })).default([]),
    complaints: z.array(z.strictObject({ channel: text(100), contact: text(200) })).default([]),
    sop: SopReference.optional(),
    /** Letter titles the SOP uses, per kind (the regime may override, see the letters guide). */
    letterTitles: z.partialRecord(LetterKind, text(200)).default({}),
    policy: z.strictObject({
      reaktivasi: ServicePolicy.default({}),
      pendaftaran: ServicePolicy.default({}),
      pengalihan: ServicePolicy.default({}),
    }),
    /** Date from which this profile's data holds (for the rule book). */
    validFrom: IsoDateString.optional(),
    /** An office's own .docx templates (from `exportTemplate`), used instead of the built-in ones. */
    templates: z.partialRecord(LetterKind, z.instanceof(Uint8Array)).optional(),
  })
  .superRefine(
    (p, ctx) => {
      // Runs even when fields failed: read defensively. Every official a profile names in
      // signers, defaultSigner and paraf must exist.
      if (typeof p !== 'object' || p === null || !Array.isArray(p.officials)) return;
      const ids = p.officials.map((o) => o?.id).filter((x): x is string => typeof x === 'string');
      const check = (value: unknown, path: (string | number)[]) => {
        if (typeof value === 'string' && !ids.includes(value)) {
          ctx.addIssue({ ...issue('unknown-official', { value, options: ids }), path });
        }
      };
      if (Array.isArray(p.signers)) {
        p.signers.forEach((s, i) => {
          check(s?.official, ['signers', i, 'official']);
        });
      }
      if (Array.isArray(p.paraf)) {
        p.paraf.forEach((o, i) => {
          check(o, ['paraf', i]);
        });
      }
      // Serving residents only needs a region to compare the applicant's address with.
      if (p.region === undefined && typeof p.policy === 'object' && p.policy !== null) {
        for (const [service, policy] of Object.entries(p.policy)) {
          if ((policy as { residentsOnly?: unknown } | undefined)?.residentsOnly === true) {
            ctx.addIssue({
              ...issue('required', {}),
              path: ['region'],
              message: `residentsOnly (${service}) needs region`,
            });
          }
        }
      }
      check(p.defaultSigner, ['defaultSigner']);
      if (
        typeof p.defaultSigner === 'string' &&
        Array.isArray(p.signers) &&
        !p.signers.some((s) => s?.official === p.defaultSigner)
      ) {
        ctx.addIssue({
          ...issue('unknown-official', {
            value: p.defaultSigner,
            options: p.signers.map((s) => s?.official ?? ''),
          }),
          path: ['defaultSigner'],
        });
      }
    },
    { when: () => true },
  );
/** A Dinas Sosial office and the policy its SOP adds. */
export type Profile = z.infer<typeof Profile>;
/** What a caller writes to create a profile (defaults not yet applied). */
export type ProfileInput = z.input<typeof Profile>;

const shape = Profile.shape;

/** What `defineProfile` accepts as overrides: any profile field, objects given in part. */
export const ProfileOverrides = z.strictObject({
  id: shape.id.optional(),
  name: shape.name.optional(),
  region: shape.region,
  letterhead: shape.letterhead.partial().optional(),
  paper: Paper.optional(),
  eOffice: EOfficePlaceholders.partial().optional(),
  city: shape.city.optional(),
  dateLeadingZero: z.boolean().optional(),
  officials: shape.officials.optional(),
  signers: shape.signers.optional(),
  defaultSigner: shape.defaultSigner,
  paraf: z.array(Slug).optional(),
  letterNumberPattern: shape.letterNumberPattern.optional(),
  addressee: shape.addressee.partial().optional(),
  tembusan: z.array(text(200)).optional(),
  sla: shape.sla.optional(),
  complaints: z.array(z.strictObject({ channel: text(100), contact: text(200) })).optional(),
  statusEnquiry: z.array(z.strictObject({ channel: text(100), contact: text(200) })).optional(),
  sop: shape.sop,
  letterTitles: z.partialRecord(LetterKind, text(200)).optional(),
  policy: z
    .strictObject({
      reaktivasi: ServicePolicy.partial().optional(),
      pendaftaran: ServicePolicy.partial().optional(),
      pengalihan: ServicePolicy.partial().optional(),
    })
    .optional(),
  validFrom: shape.validFrom,
  templates: shape.templates,
});
/** What `defineProfile` accepts as overrides (requirements `add`/`waive` extend the base's). */
export type ProfileOverrides = z.input<typeof ProfileOverrides>;
