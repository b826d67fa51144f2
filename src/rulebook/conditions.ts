/**
 * Plain-language statements of rule conditions, generated from the json-rules-engine JSON with
 * the phrase templates of {@link FACT_PHRASES} — never a hand-written paraphrase per rule, so the
 * rule book changes whenever a rule's `when` changes. A condition reads as a clause of law:
 * "Permohonan diterima setelah batas waktu reaktivasi berakhir", "Tidak ada KTP, KIA maupun akta
 * kelahiran yang dilampirkan"; "not checked yet" (`null`) is stated apart from "no".
 */
import { formatLongDate, isIsoDate } from '../dates/iso-date';
import type { Locale } from '../i18n/locale';
import { REGIONS } from '../identifiers/region';
import { FACT_LABELS, type FactName } from '../rules/facts';
import type { Condition, FactCondition } from '../rules/types';
import { DocumentKind } from '../schemas/case-input';
import { RULEBOOK_LABELS } from './labels';
import { CONNECTIVES, FACT_PHRASES } from './phrases';

function itemText(v: unknown, locale: Locale): string {
  const L = RULEBOOK_LABELS[locale];
  if (v === null) return L.unknown;
  if (typeof v === 'boolean') return v ? L.yes : L.no;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    if (DocumentKind.safeParse(v).success) return L.documents[v as DocumentKind];
    if (isIsoDate(v)) return formatLongDate(v, locale);
    const r = REGIONS[v];
    if (r) return `${r.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name} (${v})`;
    return v;
  }
  if (Array.isArray(v)) return CONNECTIVES[locale].list(v.map((x) => itemText(x, locale)));
  if (typeof v === 'object' && 'fact' in v) {
    const f = (v as { fact: FactName }).fact;
    return FACT_PHRASES[locale][f]?.noun ?? String(f);
  }
  return String(v);
}

/** The clause of one leaf, or `undefined` when no phrase template covers it. */
function phrased(c: FactCondition, locale: Locale, alias?: string): string | undefined {
  const p = FACT_PHRASES[locale][c.fact];
  if (!p) return undefined;
  const C = CONNECTIVES[locale];
  const v = c.value;
  const op = c.operator;
  if (v === null) {
    if (op === 'equal') return p.unknown;
    if (op === 'notEqual') return (p.kind === 'value' && p.known) || C.known(p.noun);
    return undefined;
  }
  switch (p.kind) {
    case 'flag':
      if (typeof v !== 'boolean') return undefined;
      if (op === 'equal') return v ? p.yes : p.no;
      if (op === 'notEqual')
        return (v ? p.notYes : p.notNo) ?? `${v ? p.no : p.yes} ${C.or} ${p.unknown}`;
      return undefined;
    case 'value':
      if (op === 'equal' || op === 'in') return p.is(itemText(v, locale));
      if (op === 'notEqual' || op === 'notIn') return p.isNot(itemText(v, locale));
      return undefined;
    case 'number': {
      const n = typeof v === 'number' ? v : undefined;
      if (op === 'greaterThan') return p.above(itemText(v, locale));
      if (op === 'greaterThanInclusive' && n !== undefined) return p.above(String(n - 1));
      if (op === 'lessThan' && n !== undefined) return p.atMost(String(n - 1));
      return undefined;
    }
    case 'set':
      if (typeof v !== 'string') return undefined;
      if (op === 'contains') return p.has(alias ?? itemText(v, locale));
      if (op === 'doesNotContain') return p.lacks(alias ?? itemText(v, locale));
      return undefined;
  }
}

/** A leaf no template covers, stated mechanically (a test keeps every rule off this path). */
function mechanical(c: FactCondition, locale: Locale): string {
  const L = RULEBOOK_LABELS[locale];
  return `[${FACT_LABELS[c.fact]?.[locale] ?? c.fact} ${L.operators[c.operator] ?? c.operator} ${itemText(c.value, locale)}]`;
}

function leaf(c: FactCondition, locale: Locale): string {
  return phrased(c, locale) ?? mechanical(c, locale);
}

const isCompound = (c: Condition) =>
  ('all' in c && c.all.length > 1) || ('any' in c && c.any.length > 1);

function join(parts: readonly string[], word: string): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (parts.length === 2) return `${parts[0]} ${word} ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, ${word} ${parts.at(-1)}`;
}

function describe(c: Condition, locale: Locale, nested: boolean): string {
  const C = CONNECTIVES[locale];
  if ('fact' in c) return leaf(c, locale);
  if ('not' in c) return `${C.notThat} ${describe(c.not, locale, true)}`;
  const parts = 'all' in c ? c.all : c.any;
  if (parts.length === 1 && parts[0]) return describe(parts[0], locale, nested);
  let text: string;
  if ('all' in c) {
    // "None of KTP, KIA or akta": every part a doesNotContain on the same set fact.
    const first = parts[0] as Condition;
    const noneOf =
      'fact' in first &&
      parts.every((p) => 'fact' in p && p.fact === first.fact && p.operator === 'doesNotContain') &&
      FACT_PHRASES[locale][first.fact]?.kind === 'set';
    if (noneOf) {
      const p = FACT_PHRASES[locale][first.fact];
      if (p.kind === 'set')
        return p.noneOf(parts.map((x) => itemText((x as FactCondition).value, locale)));
    }
    const positive = parts.filter((p) => !('not' in p));
    const negative = parts.filter((p): p is { not: Condition } => 'not' in p);
    // A document named twice in one group is "dokumen itu" the second time.
    const seen = new Set<unknown>();
    text = join(
      positive.map((p) => {
        if (
          'fact' in p &&
          typeof p.value === 'string' &&
          FACT_PHRASES[locale][p.fact]?.kind === 'set'
        ) {
          const again = seen.has(p.value);
          seen.add(p.value);
          if (again) return phrased(p, locale, C.thatDocument) ?? leaf(p, locale);
        }
        return wrap(p, c, locale);
      }),
      C.and,
    );
    for (const n of negative) {
      text = positive.length
        ? `${text}, ${C.unless} ${describe(n.not, locale, true)}`
        : `${C.notThat} ${describe(n.not, locale, true)}`;
    }
  } else {
    text = join(
      parts.map((p) => wrap(p, c, locale)),
      C.or,
    );
  }
  return text;
}

/** A part inside a group: a group of the other kind is bracketed so "dan"/"atau" stay clear. */
function wrap(part: Condition, parent: Condition, locale: Locale): string {
  const text = describe(part, locale, true);
  const otherKind = ('all' in parent && 'any' in part) || ('any' in parent && 'all' in part);
  return otherKind && isCompound(part) ? `(${text})` : text;
}

/**
 * States a rule condition as a sentence in the reader's language, from the phrase templates of
 * every fact: `all` joined with "dan"/"and", `any` with "atau"/"or", a negated group inside `all`
 * as "kecuali bila …"/"unless …", a group of the other kind in brackets.
 *
 * @example
 * describeCondition({ fact: 'daysPastWindow', operator: 'greaterThan', value: 0 }, 'id')
 * // 'Permohonan diterima setelah batas waktu reaktivasi berakhir'
 */
export function describeCondition(condition: Condition, locale: Locale): string {
  const text = describe(condition, locale, false);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True when every leaf of a condition has a phrase template (no mechanical fallback). */
export function conditionIsPhrased(condition: Condition, locale: Locale): boolean {
  if ('fact' in condition) return phrased(condition, locale) !== undefined;
  if ('not' in condition) return conditionIsPhrased(condition.not, locale);
  return ('all' in condition ? condition.all : condition.any).every((c) =>
    conditionIsPhrased(c, locale),
  );
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
