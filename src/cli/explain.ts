import type { Locale } from '../i18n/locale';
import { maskId, maskIdentifiersIn } from '../identifiers/mask';
import type { Citation, Decision } from '../schemas/decision';
import { messagesFor } from './messages';

const REGIME_NAMES: Record<Decision['regime'], string> = {
  'permensos-21-2019': 'Permensos 21/2019',
  'permensos-3-2026': 'Permensos 3/2026',
};

/** One citation on one line: instrument, article, title, and whether its text was verified. */
export function formatCitation(c: Citation, locale: Locale): string {
  const m = messagesFor(locale);
  const head = c.article ? `${c.instrument} ${c.article}` : c.instrument;
  const title = c.title && c.title !== c.instrument ? ` — ${c.title}` : '';
  return `${head}${title}${c.verified ? '' : ` (${m.unverified})`}`;
}

/** The person a decision is about, as the explanation shows them: name and masked NIK. */
export type ExplainedApplicant = { name: string; nik: string };

/**
 * A decision as plain text for a terminal: the outcome, every reason with its citations, the
 * missing documents, the next steps and what held. Identifiers are masked.
 */
export function explainDecision(
  decision: Decision,
  locale: Locale,
  applicant?: ExplainedApplicant,
): string {
  const m = messagesFor(locale);
  const lines: string[] = [];
  lines.push(`${m.outcomeLabel}: ${m.outcome[decision.outcome]} (${decision.outcome})`);
  lines.push(
    `${m.service}: ${decision.service} · ${m.profile}: ${decision.profile} · ${m.asOf}: ${decision.asOf} · ${m.regime}: ${REGIME_NAMES[decision.regime] ?? decision.regime}`,
  );
  if (applicant) lines.push(`${m.applicant}: ${applicant.name} (NIK ${maskId(applicant.nik)})`);
  lines.push('');
  lines.push(`${m.reasons}:`);
  if (decision.reasons.length === 0) lines.push(`  ${m.noReasons}`);
  decision.reasons.forEach((r, i) => {
    lines.push(`  ${i + 1}. [${m.kind[r.kind]}] ${r.code}: ${r.message}`);
    for (const c of r.legalBasis) lines.push(`     ${m.legalBasis}: ${formatCitation(c, locale)}`);
  });
  if (decision.missingDocuments.length > 0) {
    lines.push('');
    lines.push(`${m.missingDocuments}: ${decision.missingDocuments.join(', ')}`);
  }
  if (decision.nextSteps.length > 0) {
    lines.push('');
    lines.push(`${m.nextSteps}:`);
    for (const s of decision.nextSteps) lines.push(`  - ${s.message}`);
  }
  if (decision.undecided.length > 0) {
    lines.push('');
    lines.push(`${m.undecided}:`);
    for (const u of decision.undecided) lines.push(`  ? ${u.title}`);
  }
  if (decision.passed.length > 0) {
    lines.push('');
    lines.push(`${m.passed}:`);
    for (const p of decision.passed) lines.push(`  ✓ ${p.title}`);
  }
  return `${maskIdentifiersIn(lines.join('\n'))}\n`;
}
