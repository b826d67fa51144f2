import * as z from 'zod';
import { Service } from './case-input';
import { RequirementId } from './profile';

/** Codes of every reason a decision can give (SPEC §1.2). Apps branch on these. */
export const ReasonCode = z.enum([
  'segment-not-eligible',
  'membership-active',
  'already-pbi',
  'reactivation-window-expired',
  'not-in-welfare-registry',
  'welfare-decile-too-high',
  'health-need-not-established',
  'not-in-bpjs-roster',
  'outside-service-area',
  'dukcapil-mismatch',
  'duplicate-membership',
  'document-missing',
  'document-not-stamped',
  'check-pending',
  'nik-birthdate-mismatch',
  'deactivation-wave',
  'temporary-reactivation',
  'infant-of-deleted-mother',
]);
/** Codes of every reason a decision can give. */
export type ReasonCode = z.infer<typeof ReasonCode>;

/** How a reason weighs: eligibility makes a case ineligible, document and check make it incomplete. */
export const ReasonKind = z.enum(['eligibility', 'document', 'check', 'warning']);
/** How a reason weighs. */
export type ReasonKind = z.infer<typeof ReasonKind>;

/** Codes of the next steps a decision recommends. */
export const NextStepCode = z.enum([
  'propose-new-registration',
  'update-welfare-data',
  'obtain-health-letter',
  'complete-documents',
  'complete-checks',
  'submit-to-bpjs',
  'apply-at-home-office',
  'apply-pengalihan',
  'update-population-data',
  'resolve-duplicate-membership',
  'dinsos-keterangan-masih-layak',
  'village-siks-ng-route',
]);
/** Codes of the next steps a decision recommends. */
export type NextStepCode = z.infer<typeof NextStepCode>;

/** The office checks a rule may wait for (`check-pending`'s `params.check`, `undecided[].check`). */
export const CheckId = z.enum([
  'dtks',
  'dtsen',
  'bpjs-roster',
  'dukcapil',
  'duplicate',
  'health-need',
  'deactivation-date',
]);
/** The office checks a rule may wait for. */
export type CheckId = z.infer<typeof CheckId>;

/** A legal source a reason rests on. `verified` is true only for primary text and the seed SOPs. */
export const Citation = z.object({
  instrument: z.string(),
  article: z.string().optional(),
  title: z.string(),
  source: z.string().optional(),
  verified: z.boolean(),
});
/** A legal source a reason rests on. */
export type Citation = z.infer<typeof Citation>;

/** Why a case is not (yet) eligible, or a warning for the officer. */
export const Reason = z.object({
  code: ReasonCode,
  kind: ReasonKind,
  ruleId: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.unknown()),
  legalBasis: z.array(Citation),
});
/** Why a case is not (yet) eligible, or a warning for the officer. */
export type Reason = z.infer<typeof Reason>;

/** What the applicant or the officer does next. */
export const NextStep = z.object({
  code: NextStepCode,
  message: z.string(),
  service: Service.optional(),
});
/** What the applicant or the officer does next. */
export type NextStep = z.infer<typeof NextStep>;

/** The two national regimes: Permensos 21/2019 until 2026-01-31, Permensos 3/2026 from 2026-02-01. */
export const RegimeId = z.enum(['permensos-21-2019', 'permensos-3-2026']);
/** The two national regimes. */
export type RegimeId = z.infer<typeof RegimeId>;

/** The three outcomes, in precedence: ineligible over incomplete over eligible. */
export const Outcome = z.enum(['eligible', 'incomplete', 'ineligible']);
/** The three outcomes. */
export type Outcome = z.infer<typeof Outcome>;

/** The answer `evaluate` gives for one case (SPEC §1.2). */
export const Decision = z.object({
  service: Service,
  profile: z.string(),
  asOf: z.string(),
  regime: RegimeId,
  outcome: Outcome,
  reasons: z.array(Reason),
  /** Requirement ids not met, e.g. 'kk', 'identitas' (KTP/KIA/akta), 'surat-keterangan-faskes'. */
  missingDocuments: z.array(RequirementId),
  nextSteps: z.array(NextStep),
  /** Rules that held, decided on facts that were all known. */
  passed: z.array(z.object({ ruleId: z.string(), title: z.string() })),
  /** Rules that could not be decided because a fact was not provided (never also in `passed`). */
  undecided: z.array(z.object({ ruleId: z.string(), title: z.string(), check: CheckId })),
  rulesetVersion: z.string(),
  /** The pbi-jk version that made the decision. */
  packageVersion: z.string(),
  /** SHA-256 (hex) of the canonical JSON of the parsed case: keys sorted, no spaces. */
  caseSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
/** The answer `evaluate` gives for one case. */
export type Decision = z.infer<typeof Decision>;
