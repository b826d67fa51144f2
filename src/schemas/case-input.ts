import * as z from 'zod';
import {
  IsoDateString,
  issue,
  JknCardString,
  KkString,
  NikString,
  RegionCodeString,
  text,
} from './primitives';

/** The services a Dinas Sosial handles for PBI-JK. */
export const Service = z.enum(['reaktivasi', 'pendaftaran', 'pengalihan']);
/** The services a Dinas Sosial handles for PBI-JK. */
export type Service = z.infer<typeof Service>;

/** JKN-KIS membership segments (PBI paid by the state budget or the region, mandiri, wage earners…). */
export const Segment = z.enum(['PBI-APBN', 'PBI-APBD', 'PBPU', 'PPU', 'BP', 'NONE']);
/** JKN-KIS membership segments. */
export type Segment = z.infer<typeof Segment>;

/** Kinds of supporting document an applicant can bring. */
export const DocumentKind = z.enum([
  'ktp',
  'kia',
  'akta-kelahiran',
  'kk',
  'kartu-jkn',
  'surat-status-kepesertaan',
  'surat-keterangan-faskes',
  'sktm',
  'surat-pernyataan-tidak-mampu-bayar',
]);
/** Kinds of supporting document an applicant can bring. */
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A document brought: just its kind, or its kind with what is known about it. */
export const DocumentEntry = z.union([
  DocumentKind,
  z.strictObject({
    kind: DocumentKind,
    /** Carries a meterai (stamp duty). */
    stamped: z.boolean().optional(),
    issuedOn: IsoDateString.optional(),
  }),
]);
/** A document brought: just its kind, or its kind with what is known about it. */
export type DocumentEntry = z.infer<typeof DocumentEntry>;

/** Address on the KK; `regencyCode` is the Kemendagri code `PP.KK` of the kabupaten/kota. */
export const Address = z.strictObject({
  street: text(200),
  rt: z.string().regex(/^\d{1,3}$/),
  rw: z.string().regex(/^\d{1,3}$/),
  village: text(100),
  district: text(100),
  regencyCode: RegionCodeString,
});
/** Address on the KK. */
export type Address = z.infer<typeof Address>;

/** The person the application is for. */
export const Applicant = z.strictObject({
  nik: NikString,
  kk: KkString,
  name: text(150),
  birthPlace: text(100).optional(),
  birthDate: IsoDateString,
  sex: z.enum(['L', 'P']),
  address: Address,
  phone: z
    .string()
    .regex(/^\+?\d{6,15}$/)
    .optional(),
  /**
   * For a baby: the mother's PBI-JK membership was deleted. Optional; Kemensos said in February
   * 2026 that such babies can be reactivated (an operating rule, a warning for the officer only).
   */
  motherPbiDeleted: z.boolean().optional(),
});
/** The person the application is for. */
export type Applicant = z.infer<typeof Applicant>;

/** JKN-KIS membership as BPJS Kesehatan shows it. */
export const Membership = z.strictObject({
  cardNumber: JknCardString.optional(),
  segment: Segment,
  status: z.enum(['aktif', 'nonaktif']),
  /** Date of the SK penonaktifan/penghapusan. */
  deactivatedOn: IsoDateString.optional(),
  deactivationDecree: text(100).optional(),
  /** BPJS confirms the person is still in its SK kepesertaan; omit if not yet checked. */
  inBpjsRoster: z.boolean().optional(),
});
/** JKN-KIS membership as BPJS Kesehatan shows it. */
export type Membership = z.infer<typeof Membership>;

/** Welfare registry facts; omit a field that has not been checked yet. */
export const Welfare = z.strictObject({
  dtks: z.boolean().optional(),
  dtsen: z
    .strictObject({
      registered: z.boolean(),
      desil: z.number().int().min(1).max(10).optional(),
    })
    .optional(),
  /** Field verification or an SKTM says miskin or rentan miskin. */
  verifiedPoor: z.boolean().optional(),
});
/** Welfare registry facts. */
export type Welfare = z.infer<typeof Welfare>;

/** The health need. `condition` is specific personal data (UU 27/2022) and never printed. */
export const Health = z.strictObject({
  needsCare: z.boolean().optional(),
  condition: z.enum(['chronic', 'catastrophic', 'emergency', 'pregnancy', 'other']).optional(),
});
/** The health need. */
export type Health = z.infer<typeof Health>;

/** Checks the officer made against Dukcapil and BPJS data; omit what was not checked. */
export const Verification = z.strictObject({
  dukcapilMatch: z.boolean().optional(),
  duplicateMembership: z.boolean().optional(),
});
/** Checks the officer made against Dukcapil and BPJS data. */
export type Verification = z.infer<typeof Verification>;

/** The services whose application must carry `membership` (SPEC §1.1). */
export const SERVICES_NEEDING_MEMBERSHIP: readonly Service[] = ['reaktivasi', 'pengalihan'];

/**
 * One application received at the Dinas Sosial desk (SPEC §1.1). Parse untrusted input with it:
 * unknown keys, impossible NIKs and dates, and dates after `receivedOn` are refused.
 *
 * @example
 * const result = CaseInput.safeParse(JSON.parse(body));
 */
export const CaseInput = z
  .strictObject({
    service: Service,
    receivedOn: IsoDateString,
    applicant: Applicant,
    membership: Membership.optional(),
    welfare: Welfare.optional(),
    health: Health.optional(),
    verification: Verification.optional(),
    documents: z.array(DocumentEntry).max(50),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when other fields failed (or the input is not an object at all, e.g. `null`),
      // so every problem is listed at once: read defensively.
      const v = asRecord(value) ?? {};
      const received = typeof v.receivedOn === 'string' ? v.receivedOn : undefined;
      const applicant = asRecord(v.applicant);
      const membership = asRecord(v.membership);
      const after = (date: unknown) =>
        typeof date === 'string' && received !== undefined && date > received;
      if (received && /^\d{4}-\d{2}-\d{2}$/.test(received)) {
        if (after(applicant?.birthDate)) {
          ctx.addIssue({
            ...issue('date-after-received', { field: 'birthDate' }),
            path: ['applicant', 'birthDate'],
          });
        }
        if (after(membership?.deactivatedOn)) {
          ctx.addIssue({
            ...issue('date-after-received', { field: 'deactivatedOn' }),
            path: ['membership', 'deactivatedOn'],
          });
        }
      }
      if (
        typeof v.service === 'string' &&
        (SERVICES_NEEDING_MEMBERSHIP as readonly string[]).includes(v.service) &&
        v.membership === undefined
      ) {
        ctx.addIssue({
          ...issue('membership-required', { value: v.service }),
          path: ['membership'],
        });
      }
    },
    { when: () => true },
  );
/** One application received at the Dinas Sosial desk (SPEC §1.1). */
export type CaseInput = z.infer<typeof CaseInput>;

function asRecord(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : undefined;
}
