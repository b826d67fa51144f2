/** Next steps as data: which reasons (or outcome) call for which step. */

import type { Service } from '../schemas/case-input';
import type { NextStepCode, Outcome, ReasonCode, ReasonKind } from '../schemas/decision';
import type { RequirementId } from '../schemas/profile';

/** When a next step is recommended: any listed reason, reason kind, unmet requirement, or outcome. */
export type NextStepTrigger = {
  code: NextStepCode;
  reasons?: readonly ReasonCode[];
  kinds?: readonly ReasonKind[];
  missing?: RequirementId;
  outcome?: Outcome;
  /** The service the step leads to, when it leads to another one. */
  service?: Service;
};

/** The next-step table, in the order steps are listed (SPEC §1.2). */
export const NEXT_STEP_TRIGGERS: readonly NextStepTrigger[] = [
  {
    code: 'propose-new-registration',
    reasons: ['reactivation-window-expired', 'not-in-bpjs-roster'],
    service: 'pendaftaran',
  },
  { code: 'update-welfare-data', reasons: ['not-in-welfare-registry', 'welfare-decile-too-high'] },
  { code: 'obtain-health-letter', missing: 'surat-keterangan-faskes' },
  { code: 'complete-documents', kinds: ['document'] },
  { code: 'complete-checks', reasons: ['check-pending'] },
  { code: 'submit-to-bpjs', outcome: 'eligible' },
];
