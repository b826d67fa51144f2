/**
 * What changed since the signed version: a ruleset snapshot a reviewer signed earlier compared
 * with the current one — rules added, removed and changed (conditions, citations, requirement,
 * validity), parameters whose dated values changed, citations whose text or `verified` flag
 * changed, document requirements, the profile's policy and the regulation data — stated in
 * sentences, before and after, so the reviewer re-reads only what changed.
 */

import { type IssueDraft, ValidationError } from '../errors/validation-error';
import { canonicalJson } from '../hash/canonical-json';
import type { Locale } from '../i18n/locale';
import {
  type JsonValue,
  type RulesetSnapshot,
  SNAPSHOT_KIND,
  type SnapshotCitation,
  type SnapshotParameter,
  type SnapshotRule,
  snapshotFingerprint,
} from '../rules/snapshot';
import type { Condition } from '../rules/types';
import type { Profile } from '../schemas/profile';
import { type Block, b, cell, code, type Para, t } from './blocks';
import { describeCondition } from './conditions';
import type { BookContext } from './format';
import { REVIEW_LABELS } from './review-labels';

/** One changed rule and what changed in it. */
export type RuleChange = {
  id: string;
  /** The parts of the rule that differ: `when`, `citations`, `requirement`, `validity`, or other field names. */
  aspects: string[];
};

/** One changed citation. */
export type CitationChange = { id: string; verifiedFlipped: boolean; fields: string[] };

/** Everything that differs between a signed snapshot and the current one. */
export type RulesetChanges = {
  identical: boolean;
  rules: { added: string[]; removed: string[]; changed: RuleChange[] };
  parameters: { added: string[]; removed: string[]; changed: string[] };
  citations: { added: string[]; removed: string[]; changed: CitationChange[] };
  requirements: string[];
  policy: string[];
  instruments: string[];
  national: boolean;
};

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function keyed<T>(
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
): { added: string[]; removed: string[]; common: string[] } {
  const a = Object.keys(before);
  const b = Object.keys(after);
  return {
    added: b.filter((k) => !(k in before)),
    removed: a.filter((k) => !(k in after)),
    common: b.filter((k) => k in before),
  };
}

function changedKeys(before: object, after: object): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter(
    (k) => !same((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k]),
  );
}

/** Compares a signed snapshot with the current one (both of the same profile). */
export function compareRulesets(before: RulesetSnapshot, after: RulesetSnapshot): RulesetChanges {
  const r = keyed(before.rules, after.rules);
  const changedRules: RuleChange[] = [];
  for (const id of r.common) {
    const fields = changedKeys(before.rules[id] as object, after.rules[id] as object);
    if (!fields.length) continue;
    const aspects = [
      ...new Set(fields.map((f) => (f === 'validFrom' || f === 'validTo' ? 'validity' : f))),
    ];
    changedRules.push({ id, aspects });
  }
  const p = keyed(before.parameters, after.parameters);
  const c = keyed(before.citations, after.citations);
  const changedCitations: CitationChange[] = [];
  for (const id of c.common) {
    const fields = changedKeys(before.citations[id] as object, after.citations[id] as object);
    if (fields.length)
      changedCitations.push({ id, verifiedFlipped: fields.includes('verified'), fields });
  }
  const req = keyed(before.requirements, after.requirements);
  const pol = keyed(before.policy, after.policy);
  const ins = keyed(before.instruments, after.instruments);
  return {
    identical: before.fingerprint === after.fingerprint,
    rules: { added: r.added, removed: r.removed, changed: changedRules },
    parameters: {
      added: p.added,
      removed: p.removed,
      changed: p.common.filter((k) => !same(before.parameters[k], after.parameters[k])),
    },
    citations: { added: c.added, removed: c.removed, changed: changedCitations },
    requirements: [
      ...req.added,
      ...req.removed,
      ...req.common.filter((k) => !same(before.requirements[k], after.requirements[k])),
    ],
    policy: [
      ...pol.added,
      ...pol.removed,
      ...pol.common.filter((k) => !same(before.policy[k], after.policy[k])),
    ],
    instruments: [
      ...ins.added,
      ...ins.removed,
      ...ins.common.filter((k) => !same(before.instruments[k], after.instruments[k])),
    ],
    national: !same(before.national, after.national),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that `since` is a ruleset snapshot of this profile, unaltered since it was made; throws
 * a localised {@link ValidationError} (path `options.since`) otherwise.
 */
export function checkSnapshot(since: unknown, profile: Profile, locale: Locale): RulesetSnapshot {
  const R = REVIEW_LABELS[locale];
  const issue = (detail: string): IssueDraft => ({
    path: ['options', 'since'],
    code: 'invalid-value',
    params: { detail },
  });
  const shaped =
    isRecord(since) &&
    since.kind === SNAPSHOT_KIND &&
    typeof since.fingerprint === 'string' &&
    typeof since.profile === 'string' &&
    typeof since.rulesetVersion === 'string' &&
    ['rules', 'parameters', 'citations', 'instruments', 'requirements', 'policy'].every((k) =>
      isRecord(since[k]),
    );
  if (!shaped) throw new ValidationError([issue(R.notASnapshot)], locale);
  const snap = since as RulesetSnapshot;
  if (snap.profile !== profile.id)
    throw new ValidationError([issue(R.otherProfile(snap.profile, profile.id))], locale);
  if (snapshotFingerprint(snap) !== snap.fingerprint)
    throw new ValidationError([issue(R.altered)], locale);
  return snap;
}

// ——— Rendering ———

/** Rules citing a citation directly, or through the national requirement they check. */
function citingRules(s: RulesetSnapshot, citation: string): string[] {
  const national =
    isRecord(s.national) && isRecord(s.national.requirements) ? s.national.requirements : {};
  const viaRequirement = new Set<string>();
  for (const list of Object.values(national))
    if (Array.isArray(list))
      for (const entry of list)
        if (
          isRecord(entry) &&
          Array.isArray(entry.citations) &&
          entry.citations.includes(citation) &&
          typeof entry.id === 'string'
        )
          viaRequirement.add(entry.id);
  return Object.values(s.rules)
    .filter(
      (r) =>
        r.citations.includes(citation) ||
        (typeof r.requirement === 'string' && viaRequirement.has(r.requirement)),
    )
    .map((r) => r.id);
}

function conditionText(when: JsonValue | undefined, locale: Locale): string {
  try {
    return describeCondition(when as unknown as Condition, locale);
  } catch {
    return canonicalJson(when);
  }
}

function citationName(s: RulesetSnapshot, id: string): string {
  const c = s.citations[id];
  if (!c) return id;
  const ins = s.instruments[c.instrument];
  const name = isRecord(ins) && typeof ins.name === 'string' ? ins.name : c.instrument;
  return `${name}${c.article ? `, ${c.article}` : ''}`;
}

function citationList(
  s: RulesetSnapshot,
  rule: SnapshotRule | undefined,
  ctx: BookContext,
): Para[] {
  const ids = rule?.citations ?? [];
  if (!ids.length) return cell(t(ctx.L.noCitation));
  return ids.map((id) => {
    const c = s.citations[id];
    return [
      t(
        `${citationName(s, id)} (${c?.verified ? ctx.L.verified : ctx.L.unverified})${
          c ? `: ${REVIEW_LABELS[ctx.locale].citationSummary(c.title)}` : ''
        }`,
      ),
    ];
  });
}

function requirementText(s: RulesetSnapshot, id: string | undefined, ctx: BookContext): string {
  if (!id) return ctx.L.none;
  const req = s.requirements[id];
  if (!isRecord(req)) return id;
  const label = isRecord(req.label) ? String(req.label[ctx.locale] ?? id) : id;
  const kinds = Array.isArray(req.anyOf) ? req.anyOf.map(String) : [];
  const words = kinds.map((k) => (k in ctx.L.documents ? ctx.L.documents[k as 'kk'] : k));
  return `${label} (${ctx.L.oneOf} ${words.join(' / ')})`;
}

function validityText(rule: SnapshotRule | undefined, ctx: BookContext): string {
  const from = typeof rule?.validFrom === 'string' ? ctx.date(rule.validFrom) : undefined;
  const to = typeof rule?.validTo === 'string' ? ctx.date(rule.validTo) : undefined;
  if (from && to) return ctx.L.validFromTo(from, to);
  if (from) return ctx.L.validFrom(from);
  if (to) return ctx.L.validFromTo('—', to);
  return ctx.L.openEnded;
}

function valueText(value: JsonValue, ctx: BookContext): string {
  if (typeof value === 'boolean') return value ? ctx.L.yes : ctx.L.no;
  if (typeof value === 'string')
    return value.startsWith('permensos-') ? value : value.toUpperCase();
  return typeof value === 'number' ? String(value) : canonicalJson(value);
}

function parameterValues(p: SnapshotParameter | undefined, ctx: BookContext): Para[] {
  const R = REVIEW_LABELS[ctx.locale];
  if (!p) return cell(t(R.removedEntry));
  return p.values.map((v) => [
    t(
      R.valueFromTo(
        valueText(v.value, ctx),
        ctx.date(v.validFrom),
        v.validTo ? ctx.date(v.validTo) : undefined,
      ),
    ),
  ]);
}

function jsonLines(v: JsonValue | undefined, R: { removedEntry: string }): Para[] {
  if (v === undefined) return cell(t(R.removedEntry));
  if (!isRecord(v)) return cell(t(canonicalJson(v)));
  return Object.keys(v)
    .sort()
    .map((k) => [code(k), t(`: ${canonicalJson(v[k] as JsonValue)}`)]);
}

/** The "changes since the signed version" section, numbered `n`. */
export function changesSection(
  before: RulesetSnapshot,
  after: RulesetSnapshot,
  ctx: BookContext,
  n: number,
): Block[] {
  const { L, locale } = ctx;
  const R = REVIEW_LABELS[locale];
  const ch = compareRulesets(before, after);
  const out: Block[] = [
    { type: 'heading', level: 2, content: [t(`${n}. ${R.changesSection}`)] },
    {
      type: 'paragraph',
      content: [t(R.changesAgainst(before.rulesetVersion, before.fingerprint))],
    },
  ];
  if (ch.identical) {
    out.push({ type: 'paragraph', content: [b(R.noChanges)] });
    return out;
  }
  const ruleCount = ch.rules.added.length + ch.rules.removed.length + ch.rules.changed.length;
  const paramCount =
    ch.parameters.added.length + ch.parameters.removed.length + ch.parameters.changed.length;
  const citeCount =
    ch.citations.added.length + ch.citations.removed.length + ch.citations.changed.length;
  const other =
    ch.requirements.length + ch.policy.length + ch.instruments.length + (ch.national ? 1 : 0);
  out.push({
    type: 'paragraph',
    content: [t(R.changesSummary(ruleCount, paramCount, citeCount, other))],
  });
  let sub = 0;
  const heading = (text: string) => {
    sub += 1;
    out.push({ type: 'heading', level: 3, content: [t(`${n}.${sub}. ${text}`)] });
  };
  const ruleLine = (s: RulesetSnapshot, id: string): Para => {
    const rule = s.rules[id];
    return [
      code(id),
      t(` — ${rule?.title[locale] ?? ''}. ${L.conditionLead} ${conditionText(rule?.when, locale)}`),
    ];
  };
  if (ch.rules.added.length) {
    heading(R.rulesAdded);
    out.push({ type: 'list', items: ch.rules.added.map((id) => ruleLine(after, id)) });
  }
  if (ch.rules.removed.length) {
    heading(R.rulesRemoved);
    out.push({ type: 'list', items: ch.rules.removed.map((id) => ruleLine(before, id)) });
  }
  if (ch.rules.changed.length) {
    heading(R.rulesChanged);
    for (const change of ch.rules.changed) {
      const old = before.rules[change.id];
      const now = after.rules[change.id];
      const rows: { label: string; value: Para[] }[] = [];
      const rest = change.aspects.filter(
        (a) => !['when', 'citations', 'requirement', 'validity'].includes(a),
      );
      if (change.aspects.includes('when'))
        rows.push(
          { label: R.conditionBefore, value: cell(t(conditionText(old?.when, locale))) },
          { label: R.conditionAfter, value: cell(t(conditionText(now?.when, locale))) },
        );
      if (change.aspects.includes('citations'))
        rows.push(
          { label: R.citationsBefore, value: citationList(before, old, ctx) },
          { label: R.citationsAfter, value: citationList(after, now, ctx) },
        );
      if (change.aspects.includes('requirement'))
        rows.push(
          {
            label: R.requirementBefore,
            value: cell(t(requirementText(before, old?.requirement, ctx))),
          },
          {
            label: R.requirementAfter,
            value: cell(t(requirementText(after, now?.requirement, ctx))),
          },
        );
      if (change.aspects.includes('validity'))
        rows.push(
          { label: R.validityBefore, value: cell(t(validityText(old, ctx))) },
          { label: R.validityAfter, value: cell(t(validityText(now, ctx))) },
        );
      if (rest.length)
        rows.push({ label: R.before, value: [[t(R.otherChanged(rest.join(', ')))]] });
      out.push(
        {
          type: 'heading',
          level: 4,
          content: [code(change.id), t(` — ${now?.title[locale] ?? ''}`)],
        },
        { type: 'fields', rows },
      );
    }
  }
  const params = [...ch.parameters.added, ...ch.parameters.removed, ...ch.parameters.changed];
  if (params.length) {
    heading(R.parametersChanged);
    for (const name of params) {
      const label = (after.parameters[name] ?? before.parameters[name])?.label[locale] ?? name;
      out.push(
        { type: 'heading', level: 4, content: [t(label)] },
        {
          type: 'fields',
          rows: [
            { label: R.valuesBefore, value: parameterValues(before.parameters[name], ctx) },
            { label: R.valuesAfter, value: parameterValues(after.parameters[name], ctx) },
          ],
        },
      );
    }
  }
  const cites = [
    ...ch.citations.added.map((id) => ({ id, verifiedFlipped: false, fields: [R.addedEntry] })),
    ...ch.citations.removed.map((id) => ({ id, verifiedFlipped: false, fields: [R.removedEntry] })),
    ...ch.citations.changed,
  ];
  if (cites.length) {
    heading(R.citationsChanged);
    for (const c of cites) {
      const old: SnapshotCitation | undefined = before.citations[c.id];
      const now: SnapshotCitation | undefined = after.citations[c.id];
      const mark = (x: SnapshotCitation | undefined) =>
        x ? (x.verified ? L.verified : L.unverified) : R.removedEntry;
      const citedBy = citingRules(after, c.id);
      const usedBy = Object.entries(after.parameters)
        .filter(([, p]) => p.values.some((v) => v.citations.includes(c.id)))
        .map(([, p]) => p.label[locale]);
      const rows: { label: string; value: Para[] }[] = [];
      const current = now ?? old;
      if (current) rows.push({ label: R.citationText, value: cell(t(current.title)) });
      if (c.verifiedFlipped)
        rows.push({ label: R.verification, value: cell(b(R.verifiedFlip(mark(old), mark(now)))) });
      if (!old || !now || c.fields.some((f) => f !== 'verified'))
        rows.push(
          { label: R.before, value: jsonLines(old as JsonValue | undefined, R) },
          { label: R.after, value: jsonLines(now as JsonValue | undefined, R) },
        );
      if (citedBy.length)
        rows.push({
          label: R.citedBy,
          value: [citedBy.flatMap((id, i) => [...(i ? [t(', ')] : []), code(id)])],
        });
      if (usedBy.length)
        rows.push({ label: R.usedByParameters, value: cell(t(usedBy.join('; '))) });
      out.push(
        {
          type: 'heading',
          level: 4,
          content: [t(citationName(now ? after : before, c.id))],
        },
        { type: 'fields', rows },
      );
    }
  }
  if (ch.requirements.length) {
    heading(R.requirementsChanged);
    out.push({
      type: 'table',
      header: ['', R.before.replace(':', ''), R.after.replace(':', '')],
      rows: ch.requirements.map((id) => [
        cell(code(id)),
        cell(t(before.requirements[id] ? requirementText(before, id, ctx) : R.addedEntry)),
        cell(t(after.requirements[id] ? requirementText(after, id, ctx) : R.removedEntry)),
      ]),
    });
  }
  if (ch.policy.length) {
    heading(R.policyChanged);
    for (const service of ch.policy) {
      out.push(
        { type: 'heading', level: 4, content: [t(L.services[service as 'reaktivasi'] ?? service)] },
        {
          type: 'fields',
          rows: [
            { label: R.before, value: jsonLines(before.policy[service], R) },
            { label: R.after, value: jsonLines(after.policy[service], R) },
          ],
        },
      );
    }
  }
  if (ch.instruments.length || ch.national) {
    heading(R.instrumentsChanged);
    if (ch.national) out.push({ type: 'paragraph', content: [t(R.nationalChanged)] });
    for (const id of ch.instruments)
      out.push(
        { type: 'heading', level: 4, content: [code(id)] },
        {
          type: 'fields',
          rows: [
            { label: R.before, value: jsonLines(before.instruments[id], R) },
            { label: R.after, value: jsonLines(after.instruments[id], R) },
          ],
        },
      );
  }
  return out;
}
