/**
 * The params each reason code carries, typed per code (as zod types each issue code), so an app
 * that branches on `reason.code` reads typed params, and a rule that forgets one fails a test.
 */
import type { IsoDate } from '../dates/iso-date';
import type { Segment, Service } from '../schemas/case-input';
import type { CheckId, Reason, ReasonCode } from '../schemas/decision';
import type { RequirementId } from '../schemas/profile';
import type { DeactivationWave } from './operations';
import type { Registry } from './parameters';

/** The params of each reason code. */
export type ReasonParams = {
  'segment-not-eligible': {
    segment: Segment | null;
    allowedSegments: readonly Segment[];
    service: Service;
  };
  'membership-active': { segment: Segment | null };
  'already-pbi': { segment: Segment | null };
  'reactivation-window-expired': {
    deactivatedOn: IsoDate;
    windowClosesOn: IsoDate;
    windowMonths: number;
    windowBound: 'paling-lama' | 'kurang-dari';
  };
  'not-in-welfare-registry': { registry: Registry };
  'welfare-decile-too-high': { desil: number; desilLimit: number };
  'health-need-not-established': Record<string, never>;
  'not-in-bpjs-roster': Record<string, never>;
  'outside-service-area': { regencyCode: string; serviceRegionCode: string | null };
  'dukcapil-mismatch': Record<string, never>;
  'duplicate-membership': Record<string, never>;
  'document-missing': { requirement: RequirementId };
  'document-not-stamped': { requirement: RequirementId };
  'check-pending': { check: CheckId };
  'nik-birthdate-mismatch': { nikMismatches: readonly string[] };
  'deactivation-wave': { deactivationWave: DeactivationWave['id']; verifiedPoor: boolean | null };
  'temporary-reactivation': { until: IsoDate };
  'infant-of-deleted-mother': { motherPbiDeleted: boolean | null };
};

/** The param names of each reason code; the type check makes the list complete per code. */
export const REASON_PARAM_KEYS: { readonly [C in ReasonCode]: readonly (keyof ReasonParams[C])[] } =
  {
    'segment-not-eligible': ['segment', 'allowedSegments', 'service'],
    'membership-active': ['segment'],
    'already-pbi': ['segment'],
    'reactivation-window-expired': [
      'deactivatedOn',
      'windowClosesOn',
      'windowMonths',
      'windowBound',
    ],
    'not-in-welfare-registry': ['registry'],
    'welfare-decile-too-high': ['desil', 'desilLimit'],
    'health-need-not-established': [],
    'not-in-bpjs-roster': [],
    'outside-service-area': ['regencyCode', 'serviceRegionCode'],
    'dukcapil-mismatch': [],
    'duplicate-membership': [],
    'document-missing': ['requirement'],
    'document-not-stamped': ['requirement'],
    'check-pending': ['check'],
    'nik-birthdate-mismatch': ['nikMismatches'],
    'deactivation-wave': ['deactivationWave', 'verifiedPoor'],
    'temporary-reactivation': ['until'],
    'infant-of-deleted-mother': ['motherPbiDeleted'],
  };

/** A reason of one code, with that code's typed params. */
export type ReasonOf<C extends ReasonCode> = Omit<Reason, 'code' | 'params'> & {
  code: C;
  params: ReasonParams[C];
};

/**
 * Narrows a reason to one code, typing its params.
 *
 * @example
 * const r = decision.reasons.find((x) => isReason(x, 'check-pending'));
 * if (r && isReason(r, 'check-pending')) r.params.check; // CheckId
 */
export function isReason<C extends ReasonCode>(
  reason: Reason,
  code: C,
): reason is Reason & ReasonOf<C> {
  return reason.code === code;
}
