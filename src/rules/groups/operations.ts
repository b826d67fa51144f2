import { LEGAL_DATES } from '../law';
import { AUTO_REACTIVATION_PERIOD } from '../operations';
import type { RuleDefinition } from '../types';

/**
 * The 2025–2026 operating rules (src/rules/operations.ts): warnings for the officer, never a
 * refusal or a hold, because they are known from statements and news only.
 */
export const operationsRules: readonly RuleDefinition[] = [
  {
    id: 'operations.deactivation-wave',
    concern: 'operations',
    services: ['reaktivasi'],
    title: {
      id: 'Penonaktifan tidak termasuk gelombang yang diberi syarat reaktivasi tersendiri',
      en: 'The deactivation is not part of a wave with its own reactivation conditions',
    },
    reason: 'deactivation-wave',
    kind: 'warning',
    when: { fact: 'deactivationWave', operator: 'notEqual', value: null },
    params: ['deactivationWave', 'verifiedPoor'],
    citations: ['operasional-gelombang'],
    validFrom: LEGAL_DATES.dtsenApplies.date,
  },
  {
    id: 'operations.temporary-reactivation',
    concern: 'operations',
    services: ['reaktivasi'],
    title: {
      id: 'Kepesertaan aktif bukan reaktivasi otomatis sementara Februari 2026',
      en: 'An active membership is not the temporary automatic reactivation of February 2026',
    },
    reason: 'temporary-reactivation',
    kind: 'warning',
    when: { fact: 'activePbi', operator: 'equal', value: true },
    fixedParams: { until: AUTO_REACTIVATION_PERIOD.validTo },
    citations: ['operasional-otomatis'],
    ...AUTO_REACTIVATION_PERIOD,
  },
  {
    id: 'operations.infant-of-deleted-mother',
    concern: 'operations',
    services: ['reaktivasi', 'pendaftaran'],
    title: {
      id: 'Pemohon bukan bayi dari ibu yang kepesertaan PBI-nya dihapus',
      en: 'The applicant is not a baby of a mother whose PBI membership was deleted',
    },
    reason: 'infant-of-deleted-mother',
    kind: 'warning',
    when: {
      all: [
        { fact: 'infant', operator: 'equal', value: true },
        { fact: 'motherPbiDeleted', operator: 'notEqual', value: false },
      ],
    },
    params: ['motherPbiDeleted'],
    citations: ['operasional-bayi'],
    validFrom: LEGAL_DATES.reactivationScope.date,
  },
];
