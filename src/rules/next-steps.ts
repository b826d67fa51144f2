/** Next steps as data: which reasons (or outcome) call for which step. */

import type { Segment, Service } from '../schemas/case-input';
import type { NextStepCode, Outcome, ReasonCode, ReasonKind } from '../schemas/decision';
import type { RequirementId } from '../schemas/profile';
import type { LegalDateId } from './law';

/** When a next step is recommended: any listed reason, reason kind, unmet requirement, or outcome. */
export type NextStepTrigger = {
  code: NextStepCode;
  reasons?: readonly ReasonCode[];
  kinds?: readonly ReasonKind[];
  missing?: RequirementId;
  outcome?: Outcome;
  /** With `reasons`: only a reason whose `params.segment` is this one triggers the step. */
  segment?: Segment;
  /** The service the step leads to, when it leads to another one. */
  service?: Service;
  /**
   * The step only completes the file (documents, checks, the health letter): left out when the
   * outcome is `ineligible`, because completing the file cannot change that outcome.
   */
  completesFile?: true;
  /** Only for these services. */
  services?: readonly Service[];
  /** Only from this legal date on (an operating rule's step starts when it was announced). */
  from?: LegalDateId;
};

/** The next-step table, in the order steps are listed (SPEC §1.2). */
export const NEXT_STEP_TRIGGERS: readonly NextStepTrigger[] = [
  {
    code: 'propose-new-registration',
    reasons: ['reactivation-window-expired', 'not-in-bpjs-roster'],
    service: 'pendaftaran',
  },
  { code: 'update-welfare-data', reasons: ['not-in-welfare-registry', 'welfare-decile-too-high'] },
  { code: 'obtain-health-letter', missing: 'surat-keterangan-faskes', completesFile: true },
  { code: 'complete-documents', kinds: ['document'], completesFile: true },
  { code: 'complete-checks', reasons: ['check-pending'], completesFile: true },
  { code: 'submit-to-bpjs', outcome: 'eligible' },
  { code: 'apply-at-home-office', reasons: ['outside-service-area'] },
  {
    code: 'apply-pengalihan',
    reasons: ['segment-not-eligible'],
    segment: 'PBPU',
    service: 'pengalihan',
  },
  { code: 'update-population-data', reasons: ['dukcapil-mismatch'] },
  { code: 'resolve-duplicate-membership', reasons: ['duplicate-membership'] },
  {
    code: 'dinsos-keterangan-masih-layak',
    reasons: ['not-in-welfare-registry', 'welfare-decile-too-high'],
    services: ['reaktivasi'],
    from: 'pusdatinGuidance',
  },
  {
    code: 'village-siks-ng-route',
    outcome: 'eligible',
    services: ['reaktivasi'],
    from: 'villageRoute',
  },
];
