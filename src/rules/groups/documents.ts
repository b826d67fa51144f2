import type { RequirementId } from '../../schemas/profile';
import { REQUIREMENTS } from '../baseline';
import type { RuleDefinition } from '../types';

const missing = (id: RequirementId): RuleDefinition => ({
  id: `documents.${id}`,
  concern: 'documents',
  services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
  title: {
    id: `Dokumen dilampirkan: ${REQUIREMENTS[id].label.id}`,
    en: `Document brought: ${REQUIREMENTS[id].label.en}`,
  },
  reason: 'document-missing',
  kind: 'document',
  when: {
    all: REQUIREMENTS[id].anyOf.map((kind) => ({
      fact: 'documentKinds',
      operator: 'doesNotContain',
      value: kind,
    })),
  },
  fixedParams: { requirement: id },
  citations: [],
  requirement: id,
});

/**
 * Documents: one rule per requirement, part of a ruleset when the service's national list or
 * the profile's overlay asks for it (see `NATIONAL_REQUIREMENTS` and `effectivePolicy`).
 */
export const documentRules: readonly RuleDefinition[] = [
  missing('identitas'),
  missing('kk'),
  missing('kartu-jkn'),
  missing('surat-status-kepesertaan'),
  missing('surat-keterangan-faskes'),
  missing('sktm'),
  missing('surat-pernyataan-tidak-mampu-bayar'),
  {
    id: 'documents.surat-pernyataan-tidak-mampu-bayar.meterai',
    concern: 'documents',
    services: ['reaktivasi', 'pendaftaran', 'pengalihan'],
    title: {
      id: 'Surat pernyataan tidak mampu membayar iuran bermeterai',
      en: 'The statement of inability to pay carries a meterai',
    },
    reason: 'document-not-stamped',
    kind: 'document',
    when: {
      all: [
        {
          fact: 'documentKinds',
          operator: 'contains',
          value: 'surat-pernyataan-tidak-mampu-bayar',
        },
        {
          fact: 'stampedDocumentKinds',
          operator: 'doesNotContain',
          value: 'surat-pernyataan-tidak-mampu-bayar',
        },
      ],
    },
    fixedParams: { requirement: 'surat-pernyataan-tidak-mampu-bayar' },
    citations: [],
    requirement: 'surat-pernyataan-tidak-mampu-bayar',
    enabledBy: 'requireStamp',
  },
];
