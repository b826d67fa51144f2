/** Formatting shared by the rule book's sections: citations, instruments, fact values. */
import type { IsoDate } from '../dates/iso-date';
import type { Locale } from '../i18n/locale';
import { REGIONS } from '../identifiers/region';
import type { FactName, FactValue } from '../rules/facts';
import { INSTRUMENTS, type InstrumentId, instrumentStatus, successorOf } from '../rules/law';
import type { ParameterName, ParameterValue } from '../rules/parameters';
import { toCitation } from '../rules/ruleset';
import { DocumentKind, type Service } from '../schemas/case-input';
import type { Citation } from '../schemas/decision';
import type { Profile } from '../schemas/profile';
import type { RuleBookLabels } from './labels';

/** The services, in the order the book presents them. */
export const SERVICES: readonly Service[] = ['reaktivasi', 'pendaftaran', 'pengalihan'];

/** What every section builder needs. */
export type BookContext = {
  profile: Profile;
  asOf: IsoDate;
  locale: Locale;
  L: RuleBookLabels;
  date: (iso: IsoDate) => string;
};

/** The name of an instrument pbi-jk tracks. */
export function instrumentName(id: string): string {
  return id in INSTRUMENTS ? INSTRUMENTS[id as InstrumentId].name : id;
}

/** "X, then Y": the instruments that replaced one, up to the one in force at `asOf` (or the last). */
export function replacementChain(id: InstrumentId, asOf: IsoDate): string {
  const names: string[] = [];
  let next = successorOf(id);
  while (next && !names.includes(instrumentName(next))) {
    names.push(instrumentName(next));
    if (instrumentStatus(next, asOf).state !== 'replaced') break;
    next = successorOf(next);
  }
  return names.join(' → ');
}

/** A citation in one line: instrument, article, verification mark. */
export function citationShort(c: Citation, L: RuleBookLabels): string {
  return `${c.instrument}${c.article ? `, ${c.article}` : ''} (${c.verified ? L.verified : L.unverified})`;
}

/** A region code with its name, e.g. "Kabupaten Magetan (35.20)". */
export function regionText(code: string | null | undefined): string {
  if (!code) return '—';
  const r = REGIONS[code];
  return r ? `${r.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name} (${code})` : code;
}

/** A fact's value in words (dates in full, yes/no, "not checked", document names). */
export function factValueText(fact: FactName, value: FactValue, ctx: BookContext): string {
  const { L } = ctx;
  if (value === null) return L.unknown;
  if (typeof value === 'boolean') return value ? L.yes : L.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return L.none;
    return value
      .map((v) => (DocumentKind.safeParse(v).success ? L.documents[v as DocumentKind] : v))
      .join(', ');
  }
  const s = value as string;
  if (fact === 'regencyCode' || fact === 'serviceRegionCode') return regionText(s);
  if (fact === 'windowBound' && (s === 'paling-lama' || s === 'kurang-dari'))
    return L.windowBounds[s];
  if (fact === 'registry') return s.toUpperCase();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return ctx.date(s);
  return s;
}

/** A dated parameter's value in words. */
export function parameterValueText(name: ParameterName, value: unknown, ctx: BookContext): string {
  if (name === 'regime') return instrumentName(String(value));
  if (name === 'registry') return String(value).toUpperCase();
  if (typeof value === 'boolean') return value ? ctx.L.yes : ctx.L.no;
  return String(value);
}

/** A dated parameter's value in words with its citations (for the changelog). */
export function parameterEntryText(
  name: ParameterName,
  entry: ParameterValue<unknown>,
  ctx: BookContext,
): string {
  const basis = entry.citations.map((id) => citationShort(toCitation(id), ctx.L)).join('; ');
  return `${parameterValueText(name, entry.value, ctx)} (${ctx.L.basis}: ${basis})`;
}
