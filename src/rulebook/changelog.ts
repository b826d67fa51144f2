/**
 * The rule book's changelog, generated from the data: on every date some rule, parameter or
 * instrument starts or stops applying, compare the profile's rules, citations, parameters and
 * document requirements on the day before with those on the day itself.
 */
import { addDays, type IsoDate } from '../dates/iso-date';
import { effectivePolicy, REQUIREMENTS } from '../rules/baseline';
import { INSTRUMENTS, type InstrumentId } from '../rules/law';
import {
  PARAMETERS,
  type ParameterName,
  type ParameterValue,
  parameterEntryAt,
  RULES_START,
} from '../rules/parameters';
import { RULES, rulesetFor } from '../rules/ruleset';
import type { Citation } from '../schemas/decision';
import type { Block, Para } from './blocks';
import { code, t } from './blocks';
import {
  type BookContext,
  citationShort,
  parameterEntryText,
  replacementChain,
  SERVICES,
} from './format';

/** Every date after the start of the rules on which something in the rule data changes. */
export function changeDates(): IsoDate[] {
  const days = new Set<IsoDate>();
  const add = (from?: string, to?: string) => {
    if (from) days.add(from);
    if (to) days.add(addDays(to, 1));
  };
  for (const r of RULES) add(r.validFrom, r.validTo);
  for (const p of Object.values(PARAMETERS))
    for (const v of p.values as readonly ParameterValue<unknown>[]) add(v.validFrom, v.validTo);
  for (const i of Object.values(INSTRUMENTS) as { validFrom?: string; validTo?: string }[])
    add(i.validFrom, i.validTo);
  return [...days].filter((d) => d > RULES_START).sort();
}

const cites = (cs: readonly Citation[] | undefined, ctx: BookContext) =>
  cs?.length ? cs.map((c) => citationShort(c, ctx.L)).join('; ') : '—';

function changesOn(day: IsoDate, ctx: BookContext): Block[] {
  const { L, locale, profile } = ctx;
  const before = addDays(day, -1);
  const simple: Para[] = [];
  for (const [id, raw] of Object.entries(INSTRUMENTS)) {
    const ins = raw as { name: string; validFrom?: string; validTo?: string };
    if (ins.validFrom === day) simple.push([t(L.instrumentStarts(ins.name))]);
    if (ins.validTo === before)
      simple.push([t(L.instrumentEnds(ins.name, replacementChain(id as InstrumentId, day)))]);
  }
  for (const name of Object.keys(PARAMETERS) as ParameterName[]) {
    const a = parameterEntryAt(name, before);
    const z = parameterEntryAt(name, day);
    if (a === z) continue;
    const label = PARAMETERS[name].label[locale];
    if (a && z)
      simple.push([
        t(
          L.parameterChanged(
            label,
            parameterEntryText(name, a, ctx),
            parameterEntryText(name, z, ctx),
          ),
        ),
      ]);
    else if (z) simple.push([t(L.parameterStarts(label, parameterEntryText(name, z, ctx)))]);
    else if (a) simple.push([t(L.parameterEnds(label, parameterEntryText(name, a, ctx)))]);
  }
  const groups: Block[] = [];
  const group = (label: string, items: Para[]) => {
    if (items.length)
      groups.push({ type: 'paragraph', content: [t(label)] }, { type: 'list', items });
  };
  for (const service of SERVICES) {
    const s = L.services[service];
    const rsA = rulesetFor(profile, service, before);
    const rsZ = rulesetFor(profile, service, day);
    const rule = (id: string, title: string, rest = ''): Para => [
      code(id),
      t(` — ${title}${rest}`),
    ];
    group(
      L.ruleAdded(s),
      rsZ.rules.filter((r) => !rsA.rules.includes(r)).map((r) => rule(r.id, r.title[locale])),
    );
    group(
      L.ruleRemoved(s),
      rsA.rules.filter((r) => !rsZ.rules.includes(r)).map((r) => rule(r.id, r.title[locale])),
    );
    const changed: Para[] = [];
    for (const r of rsZ.rules) {
      if (!rsA.rules.includes(r)) continue;
      const ca = cites(rsA.citations.get(r.id), ctx);
      const cz = cites(rsZ.citations.get(r.id), ctx);
      if (ca !== cz) changed.push([code(r.id), t(`: ${ca} → ${cz}`)]);
    }
    group(L.citationsChanged(s), changed);
    const pa = effectivePolicy(profile, service, before);
    const pz = effectivePolicy(profile, service, day);
    const label = (r: (typeof pa.requirements)[number]): Para => [t(REQUIREMENTS[r].label[locale])];
    group(
      L.requirementAdded(s),
      pz.requirements.filter((r) => !pa.requirements.includes(r)).map(label),
    );
    group(
      L.requirementRemoved(s),
      pa.requirements.filter((r) => !pz.requirements.includes(r)).map(label),
    );
    const origin = (added: boolean) => (added ? L.originSop : L.originNational);
    group(
      L.requirementOrigin(s),
      pz.requirements
        .filter(
          (r) =>
            pa.requirements.includes(r) &&
            pa.addedRequirements.includes(r) !== pz.addedRequirements.includes(r),
        )
        .map((r) => [
          t(
            `${REQUIREMENTS[r].label[locale]}: ${origin(pa.addedRequirements.includes(r))} → ${origin(pz.addedRequirements.includes(r))}`,
          ),
        ]),
    );
  }
  if (simple.length === 0 && groups.length === 0) return [];
  return [
    {
      type: 'heading',
      level: 3,
      content: [t(`${ctx.date(day)}${day > ctx.asOf ? ` ${L.afterAsOf}` : ''}`)],
    },
    ...(simple.length ? [{ type: 'list', items: simple } as const] : []),
    ...groups,
  ];
}

/** The changelog section of a rule book. */
export function changelog(ctx: BookContext, n: number): Block[] {
  return [
    { type: 'heading', level: 2, content: [t(`${n}. ${ctx.L.changelogSection}`)] },
    { type: 'paragraph', content: [t(ctx.L.changelogIntro)] },
    ...changeDates().flatMap((day) => changesOn(day, ctx)),
  ];
}
