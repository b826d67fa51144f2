/**
 * Plain-language statements of rule conditions, generated from the json-rules-engine JSON with
 * the fact labels and operator words of a locale — never a hand-written paraphrase, so the rule
 * book changes whenever a rule's `when` changes.
 */
import type { Locale } from '../i18n/locale';
import { FACT_LABELS, type FactName } from '../rules/facts';
import type { Condition, FactCondition } from '../rules/types';
import { DocumentKind } from '../schemas/case-input';
import { RULEBOOK_LABELS } from './labels';

const DOCUMENT_FACTS: readonly FactName[] = ['documentKinds', 'stampedDocumentKinds'];

function valueText(c: FactCondition, locale: Locale): string {
  const L = RULEBOOK_LABELS[locale];
  const v = c.value;
  if (v === null) return `"${L.unknown}"`;
  if (typeof v === 'boolean') return `"${v ? L.yes : L.no}"`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    if (DOCUMENT_FACTS.includes(c.fact) && DocumentKind.safeParse(v).success) {
      return L.documents[v as DocumentKind];
    }
    return `"${v}"`;
  }
  if (Array.isArray(v)) return v.map((x) => `"${x}"`).join(', ');
  return FACT_LABELS[(v as { fact: FactName }).fact][locale];
}

function leaf(c: FactCondition, locale: Locale): string {
  const L = RULEBOOK_LABELS[locale];
  const label = FACT_LABELS[c.fact][locale];
  if (c.value === null && c.operator === 'equal') return `${label} ${L.isUnknown}`;
  return `${label} ${L.operators[c.operator]} ${valueText(c, locale)}`;
}

function describe(c: Condition, locale: Locale, nested: boolean): string {
  const L = RULEBOOK_LABELS[locale];
  if ('fact' in c) return leaf(c, locale);
  if ('not' in c) return `${L.not} (${describe(c.not, locale, false)})`;
  const [parts, word] = 'all' in c ? [c.all, L.and] : [c.any, L.or];
  if (parts.length === 1 && parts[0]) return describe(parts[0], locale, nested);
  const text = parts.map((p) => describe(p, locale, true)).join(` ${word} `);
  return nested ? `(${text})` : text;
}

/**
 * States a rule condition in words, in the reader's language: fact labels from `FACT_LABELS`,
 * operator words from the rule book's labels, `all` joined by "DAN"/"AND", `any` by
 * "ATAU"/"OR", nested groups in parentheses.
 *
 * @example
 * describeCondition({ fact: 'membershipStatus', operator: 'equal', value: 'aktif' }, 'id')
 * // 'status kepesertaan sama dengan "aktif"'
 */
export function describeCondition(condition: Condition, locale: Locale): string {
  return describe(condition, locale, false);
}

/** The facts a condition reads, in order of first appearance (including facts compared against). */
export function conditionFacts(condition: Condition): FactName[] {
  const out: FactName[] = [];
  const add = (f: FactName) => {
    if (!out.includes(f)) out.push(f);
  };
  const walk = (c: Condition): void => {
    if ('fact' in c) {
      add(c.fact);
      if (typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value)) {
        add((c.value as { fact: FactName }).fact);
      }
    } else if ('not' in c) walk(c.not);
    else for (const p of 'all' in c ? c.all : c.any) walk(p);
  };
  walk(condition);
  return out;
}
