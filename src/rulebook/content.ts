/**
 * The content of a rule book, built from the rule data the engine runs: the profile and its SOP,
 * the dated law, every rule in force per service (condition in words, citations, messages in both
 * languages, national or regional), document requirements, worked examples and the changelog.
 */
import { addDays, addMonthsClamped, formatLongDate, type IsoDate } from '../dates/iso-date';
import type { Locale } from '../i18n/locale';
import { REGIONS } from '../identifiers/region';
import { isProfileId, profiles } from '../profiles/index';
import { type EffectivePolicy, effectivePolicy, REQUIREMENTS } from '../rules/baseline';
import { type Departure, profileDepartures } from '../rules/departures';
import { FACT_LABELS, type FactName, type FactValue } from '../rules/facts';
import { INSTRUMENTS, type Instrument, type InstrumentId, instrumentStatus } from '../rules/law';
import { NEXT_STEP_MESSAGES, REASON_MESSAGES } from '../rules/messages';
import {
  PARAMETERS,
  type ParameterName,
  type ParameterValue,
  parameterAt,
  RULES_START,
} from '../rules/parameters';
import { RULES, ruleInForce, rulesetFor, toCitation } from '../rules/ruleset';
import type { PolicyKnob, RuleDefinition } from '../rules/types';
import { RULESET_VERSION } from '../rules/version';
import type { Segment, Service } from '../schemas/case-input';
import type { Citation } from '../schemas/decision';
import type { Profile, RequirementId } from '../schemas/profile';
import { type Block, b, cell, code, type Inline, type Para, t } from './blocks';
import { changelog } from './changelog';
import { conditionFacts, describeCondition } from './conditions';
import { workedExamples } from './examples';
import {
  type BookContext,
  citationShort,
  factValueText,
  instrumentName,
  parameterValueText,
  regionText,
  replacementChain,
  SERVICES,
} from './format';
import { RULEBOOK_LABELS, type RuleBookLabels } from './labels';

/** Builds the whole rule book as blocks. */
export function buildRuleBook(profile: Profile, asOf: IsoDate, locale: Locale): Block[] {
  const L = RULEBOOK_LABELS[locale];
  const ctx: BookContext = { profile, asOf, locale, L, date: (d) => formatLongDate(d, locale) };
  const blocks: Block[] = [...front(ctx), ...office(ctx), ...law(ctx)];
  SERVICES.forEach((service, i) => {
    blocks.push(...serviceSection(ctx, service, i + 3));
  });
  blocks.push(...examples(ctx, SERVICES.length + 3));
  blocks.push(...changelog(ctx, SERVICES.length + 4));
  return blocks;
}

// ——— Formatting helpers shared by the sections ———

function citationLong(c: Citation, L: RuleBookLabels): Para {
  return [
    b(`${c.instrument}${c.article ? `, ${c.article}` : ''}`),
    t(` — ${c.verified ? L.verified : L.unverified}. ${c.title}`),
    ...(c.source ? [t(` (${L.source}: ${c.source})`)] : []),
  ];
}

function validity(from: IsoDate | undefined, to: IsoDate | undefined, ctx: BookContext): string {
  const { L, date } = ctx;
  if (!from && !to) return L.validWhole(date(RULES_START));
  if (from && to) return L.validFromTo(date(from), date(to));
  if (from) return L.validFrom(date(from));
  return L.validTo(date(RULES_START), date(to as IsoDate));
}

// ——— Front matter ———

function front(ctx: BookContext): Block[] {
  const { L, profile, asOf, date } = ctx;
  const regime = instrumentName(String(parameterAt('regime', asOf)));
  return [
    { type: 'heading', level: 1, content: [t(L.title(profile.name))] },
    { type: 'paragraph', content: [t(L.generated(RULESET_VERSION, date(asOf)))] },
    { type: 'paragraph', content: [t(L.noHandEdits)] },
    {
      type: 'fields',
      rows: [
        { label: L.metaProfile, value: cell(code(profile.id), t(` — ${profile.name}`)) },
        { label: L.metaAsOf, value: cell(t(date(asOf))) },
        { label: L.metaRegime, value: cell(t(regime)) },
        {
          label: L.metaRegistry,
          value: cell(t(String(parameterAt('registry', asOf) ?? 'dtks').toUpperCase())),
        },
        { label: L.metaVersion, value: cell(t(RULESET_VERSION)) },
      ],
    },
    { type: 'heading', level: 2, content: [t(L.howToRead)] },
    { type: 'list', items: L.legend.map((line) => [t(line)]) },
  ];
}

// ——— 1. Office and SOP ———

function office(ctx: BookContext): Block[] {
  const { L, profile, asOf, date } = ctx;
  const out: Block[] = [{ type: 'heading', level: 2, content: [t(`1. ${L.officeSection}`)] }];
  const sop = profile.sop;
  const rows: { label: string; value: Para[] }[] = [
    { label: L.office, value: cell(t(profile.name)) },
    {
      label: L.region,
      value: cell(
        t(
          profile.region
            ? `${regionText(profile.region.code)}, ${profile.region.province}`
            : L.notStated,
        ),
      ),
    },
  ];
  if (!sop) {
    out.push({ type: 'fields', rows }, { type: 'paragraph', content: [t(L.noSop)] });
    return out;
  }
  rows.push(
    { label: L.sopNumber, value: cell(t(sop.number ?? L.notStated)) },
    { label: L.sopIssued, value: cell(t(sop.issued ?? L.notStated)) },
    { label: L.sopTitle, value: cell(t(sop.title)) },
    { label: L.sopSeed, value: cell(t(sop.seed ? `shared/seeds/${sop.seed}` : L.notStated)) },
    {
      label: L.sopRegistry,
      value: cell(t(sop.registry ? sop.registry.toUpperCase() : L.notStated)),
    },
  );
  out.push({ type: 'fields', rows });

  out.push({ type: 'heading', level: 3, content: [t(L.legalBasis)] });
  const warnings: Block[] = [];
  if (sop.legalBasis.length === 0) {
    out.push({ type: 'paragraph', content: [t(L.legalBasisNone)] });
  } else {
    const tableRows = sop.legalBasis.map((entry, i) => {
      const status: Para[] = [];
      const ref = entry.ref && entry.ref in INSTRUMENTS ? (entry.ref as InstrumentId) : undefined;
      if (!ref) status.push([t(L.notTracked)]);
      else {
        const st = instrumentStatus(ref, asOf);
        if (st.state === 'in-force') status.push([t(L.inForce)]);
        else if (st.state === 'not-yet') status.push([t(L.notInForceYet(date(st.from)))]);
        else if (st.state === 'unknown') status.push([t(L.statusUnknown(st.source))]);
        else {
          const chain = replacementChain(ref, asOf);
          status.push([b(L.revoked(chain, st.source, st.verified))]);
          warnings.push({
            type: 'note',
            content: [b(`${L.warningPrefix} `), t(L.warningRevoked(entry.instrument, chain))],
          });
        }
        for (const n of (INSTRUMENTS[ref] as Instrument).statements)
          if (n.note) status.push([t(`${L.noteLabel}: ${n.note[ctx.locale]}`)]);
      }
      return [cell(t(String(i + 1))), cell(t(entry.instrument)), cell(t(entry.title)), status];
    });
    out.push({ type: 'table', header: L.legalBasisHeader, rows: tableRows });
  }
  const registry = parameterAt('registry', asOf);
  if (sop.registry && registry && sop.registry !== registry) {
    const entry = PARAMETERS.registry.values.find((v) => v.value === registry);
    warnings.push({
      type: 'note',
      content: [
        b(`${L.warningPrefix} `),
        t(
          L.warningRegistry(
            sop.registry.toUpperCase(),
            registry.toUpperCase(),
            date(entry?.validFrom ?? asOf),
          ),
        ),
      ],
    });
  }
  out.push(...warnings);
  return out;
}

// ——— 2. Regimes and dated parameters ———

function law(ctx: BookContext): Block[] {
  const { L, asOf, date } = ctx;
  const holds = (v: ParameterValue<unknown>) =>
    v.validFrom <= asOf && (v.validTo === undefined || asOf <= v.validTo);
  const out: Block[] = [
    { type: 'heading', level: 2, content: [t(`2. ${L.lawSection}`)] },
    { type: 'heading', level: 3, content: [t(L.regimes)] },
    {
      type: 'paragraph',
      content: [
        t(L.regimeInForce(instrumentName(String(parameterAt('regime', asOf))), date(asOf))),
      ],
    },
    {
      type: 'table',
      header: L.regimeHeader,
      rows: PARAMETERS.regime.values.map((v) => [
        cell(b(instrumentName(v.value))),
        cell(t(date(v.validFrom))),
        cell(t('validTo' in v && v.validTo ? date(v.validTo) : L.openEnded)),
        cell(t(holds(v) ? L.applies : L.doesNotApply)),
      ]),
    },
    { type: 'heading', level: 3, content: [t(L.parameters)] },
    { type: 'paragraph', content: [t(L.parametersIntro)] },
  ];
  const rows: Para[][][] = [];
  for (const name of Object.keys(PARAMETERS) as ParameterName[]) {
    const p = PARAMETERS[name];
    const values: readonly ParameterValue<unknown>[] = p.values;
    for (const v of values) {
      rows.push([
        cell(t(p.label[ctx.locale])),
        cell(b(parameterValueText(name, v.value, ctx))),
        cell(t(date(v.validFrom))),
        cell(t(v.validTo ? date(v.validTo) : L.openEnded)),
        v.citations.map((id) => [t(citationShort(toCitation(id), L))]),
        cell(t(holds(v) ? L.applies : L.doesNotApply)),
      ]);
    }
  }
  out.push({ type: 'table', header: L.parameterHeader, rows });
  return out;
}

// ——— 3–5. Services ———

/** Facts whose value comes from the profile and the date, not from the case. */
const PROFILE_FACTS: readonly FactName[] = [
  'allowedSegments',
  'windowMonths',
  'windowBound',
  'registry',
  'desilLimit',
  'acceptVerifiedPoor',
  'serviceRegionCode',
];
/** Case facts whose meaning depends on a profile fact. */
const DEPENDS_ON: Partial<Record<FactName, FactName[]>> = {
  segmentAllowed: ['allowedSegments'],
  daysPastWindow: ['windowMonths', 'windowBound'],
  windowClosesOn: ['windowMonths', 'windowBound'],
  desil: ['desilLimit'],
};

function profileFactValue(
  fact: FactName,
  ctx: BookContext,
  policy: EffectivePolicy,
): FactValue | undefined {
  switch (fact) {
    case 'allowedSegments':
      return policy.segments;
    case 'windowMonths':
      return policy.windowMonths;
    case 'windowBound':
      return policy.windowBound;
    case 'registry':
      return parameterAt('registry', ctx.asOf) ?? 'dtks';
    case 'desilLimit':
      return parameterAt('desilLimit', ctx.asOf) ?? null;
    case 'acceptVerifiedPoor':
      return policy.acceptVerifiedPoor;
    case 'serviceRegionCode':
      return ctx.profile.region?.code ?? null;
    default:
      return undefined;
  }
}

const SEGMENTS: readonly Segment[] = ['PBPU', 'PPU', 'BP', 'PBI-APBD', 'PBI-APBN'];

/** Illustrative params for a rule's reason message, consistent with the profile and date. */
export function sampleParams(
  rule: RuleDefinition,
  service: Service,
  policy: EffectivePolicy,
  ctx: BookContext,
): Record<string, unknown> {
  const deactivatedOn = addMonthsClamped(ctx.asOf, -(policy.windowMonths + 2));
  const end = addMonthsClamped(deactivatedOn, policy.windowMonths);
  const desilLimit = parameterAt('desilLimit', ctx.asOf) ?? 5;
  const home = ctx.profile.region?.code;
  const sample: Partial<Record<FactName, unknown>> = {
    service,
    segment:
      rule.reason === 'segment-not-eligible'
        ? (SEGMENTS.find((s) => !policy.segments.includes(s)) ?? 'PBPU')
        : (policy.segments[0] ?? 'PBI-APBN'),
    allowedSegments: policy.segments,
    deactivatedOn,
    windowClosesOn: policy.windowBound === 'paling-lama' ? end : addDays(end, -1),
    windowMonths: policy.windowMonths,
    windowBound: policy.windowBound,
    registry: parameterAt('registry', ctx.asOf) ?? 'dtks',
    desil: desilLimit + 2,
    desilLimit,
    regencyCode: Object.keys(REGIONS).find((c) => c !== home) ?? '33.03',
    serviceRegionCode: home ?? null,
    nikMismatches: ['day'],
  };
  const params: Record<string, unknown> = { ...rule.fixedParams };
  for (const name of rule.params ?? []) params[name] = sample[name] ?? null;
  return params;
}

function serviceSection(ctx: BookContext, service: Service, n: number): Block[] {
  const { L, profile, asOf, locale } = ctx;
  const policy = effectivePolicy(profile, service, asOf);
  const ruleset = rulesetFor(profile, service, asOf);
  const departures = profileDepartures(profile, asOf).filter((d) => d.service === service);
  const origins = ruleset.rules.map((r) => ruleOrigin(r, policy, departures));
  const regional = origins.filter((o) => o.kind !== 'national').length;
  const out: Block[] = [
    { type: 'heading', level: 2, content: [t(`${n}. ${L.serviceSection(L.services[service])}`)] },
    {
      type: 'paragraph',
      content: [t(L.serviceIntro(ruleset.rules.length, ruleset.rules.length - regional, regional))],
    },
    { type: 'heading', level: 3, content: [t(`${n}.1. ${L.departures}`)] },
  ];
  if (departures.length === 0) out.push({ type: 'paragraph', content: [t(L.noDepartures)] });
  else {
    out.push(
      { type: 'note', content: [b(`${L.warningPrefix} `), t(L.departuresIntro)] },
      {
        type: 'table',
        header: L.departureHeader,
        rows: departures.map((d) => [
          cell(t(L.knobs[d.knob])),
          cell(b(L.directions[d.direction])),
          cell(t(d.description[locale])),
          cell(t(d.sopRef ? `${profile.sop?.number ?? L.sop}: ${d.sopRef}` : L.notStated)),
        ]),
      },
    );
  }

  // Document requirements, with the citations the engine gives for each document rule.
  out.push(
    { type: 'heading', level: 3, content: [t(`${n}.2. ${L.requirements}`)] },
    { type: 'paragraph', content: [t(L.requirementsIntro)] },
    {
      type: 'table',
      header: L.requirementHeader,
      rows: policy.requirements.map((r, i) => requirementRow(r, i, ctx, policy, ruleset.citations)),
    },
  );

  // Rules.
  out.push(
    { type: 'heading', level: 3, content: [t(`${n}.3. ${L.rules}`)] },
    { type: 'paragraph', content: [t(L.sampleNote)] },
  );
  ruleset.rules.forEach((rule, i) => {
    out.push(
      ...ruleBlocks(rule, service, ctx, policy, ruleset.citations.get(rule.id) ?? [], origins[i]),
    );
  });
  const unused = RULES.filter(
    (r) => r.services.includes(service) && !ruleset.rules.includes(r),
  ).map((r): Para => {
    const why = !ruleInForce(r, asOf)
      ? L.notUsedReasons.notInForce
      : r.enabledBy && !policy[r.enabledBy]
        ? L.notUsedReasons.notEnabled(L.knobs[r.enabledBy])
        : L.notUsedReasons.notRequired;
    return [code(r.id), t(` — ${r.title[locale]} (${why})`)];
  });
  if (unused.length) {
    out.push({ type: 'paragraph', content: [t(L.notUsed)] }, { type: 'list', items: unused });
  }
  return out;
}

function requirementRow(
  r: RequirementId,
  i: number,
  ctx: BookContext,
  policy: EffectivePolicy,
  citations: ReadonlyMap<string, Citation[]>,
): Para[][] {
  const { L, locale } = ctx;
  const req = REQUIREMENTS[r];
  const kinds = req.anyOf.map((k) => L.documents[k]);
  const metBy = `${kinds.length > 1 ? `${L.oneOf} ` : ''}${kinds.join(' / ')}${
    r === 'surat-pernyataan-tidak-mampu-bayar' && policy.requireStamp ? `; ${L.mustBeStamped}` : ''
  }`;
  const added = policy.addedRequirements.includes(r);
  const cites = citations.get(`documents.${r}`) ?? [];
  return [
    cell(t(String(i + 1))),
    cell(t(req.label[locale])),
    cell(t(metBy)),
    cell(added ? b(L.originSop) : t(L.originNational)),
    cites.length ? cites.map((c) => [t(citationShort(c, L))]) : cell(t('—')),
  ];
}

type Origin =
  | { kind: 'national' }
  | { kind: 'enabled'; knob: PolicyKnob; departure?: Departure }
  | { kind: 'document'; departure?: Departure }
  | { kind: 'shaped'; departures: Departure[] };

function ruleOrigin(
  rule: RuleDefinition,
  policy: EffectivePolicy,
  departures: readonly Departure[],
): Origin {
  if (rule.enabledBy) {
    const departure = departures.find((d) => d.knob === rule.enabledBy);
    return { kind: 'enabled', knob: rule.enabledBy, ...(departure ? { departure } : {}) };
  }
  if (rule.requirement && policy.addedRequirements.includes(rule.requirement)) {
    const departure = departures.find((d) => d.knob === 'requirements');
    return { kind: 'document', ...(departure ? { departure } : {}) };
  }
  const shaped = departures.filter((d) => rule.shapedBy?.includes(d.knob));
  return shaped.length ? { kind: 'shaped', departures: shaped } : { kind: 'national' };
}

function originPara(origin: Origin | undefined, ctx: BookContext): Para {
  const { L, locale } = ctx;
  if (!origin || origin.kind === 'national') return [t(L.ruleNational)];
  const review = (ds: readonly (Departure | undefined)[]): Inline[] =>
    ds.flatMap((d) =>
      d
        ? [
            t('; '),
            b(`${L.directions[d.direction]}, ${L.legalReview}`),
            t(`: ${d.description[locale]}${d.sopRef ? ` (${L.sop}: ${d.sopRef})` : ''}`),
          ]
        : [],
    );
  if (origin.kind === 'enabled')
    return [b(L.ruleRegionalEnabled(L.knobs[origin.knob])), ...review([origin.departure])];
  if (origin.kind === 'document') return [b(L.ruleRegionalDocument), ...review([origin.departure])];
  const knobs = [...new Set(origin.departures.map((d) => L.knobs[d.knob]))].join(', ');
  return [b(L.ruleShaped(knobs)), ...review(origin.departures)];
}

function ruleBlocks(
  rule: RuleDefinition,
  service: Service,
  ctx: BookContext,
  policy: EffectivePolicy,
  citations: readonly Citation[],
  origin: Origin | undefined,
): Block[] {
  const { L, locale } = ctx;
  const read = [...conditionFacts(rule.when), ...(rule.params ?? [])];
  const shown: FactName[] = [];
  for (const f of read)
    for (const g of [f, ...(DEPENDS_ON[f] ?? [])])
      if (PROFILE_FACTS.includes(g) && !shown.includes(g)) shown.push(g);
  const values = shown
    .map((f) => {
      const v = profileFactValue(f, ctx, policy);
      return v === undefined ? undefined : `${FACT_LABELS[f][locale]}: ${factValueText(f, v, ctx)}`;
    })
    .filter((x): x is string => x !== undefined);
  const params = sampleParams(rule, service, policy, ctx);
  const rows: { label: string; value: Para[] }[] = [
    { label: L.ruleOrigin, value: [originPara(origin, ctx)] },
    { label: L.ruleKind, value: cell(t(L.kinds[rule.kind])) },
    { label: L.reasonCode, value: cell(code(rule.reason)) },
    { label: L.conditionLead, value: cell(t(describeCondition(rule.when, locale))) },
  ];
  if (values.length) rows.push({ label: L.profileValues, value: cell(t(values.join('; '))) });
  rows.push(
    {
      label: L.citations,
      value: citations.length ? citations.map((c) => citationLong(c, L)) : cell(t(L.noCitation)),
    },
    { label: L.messageId, value: cell(t(REASON_MESSAGES.id[rule.reason](params))) },
    { label: L.messageEn, value: cell(t(REASON_MESSAGES.en[rule.reason](params))) },
    { label: L.ruleValidity, value: cell(t(validity(rule.validFrom, rule.validTo, ctx))) },
  );
  return [
    { type: 'heading', level: 4, content: [code(rule.id), t(` — ${rule.title[locale]}`)] },
    { type: 'fields', rows },
  ];
}

// ——— 6. Worked examples ———

function examples(ctx: BookContext, n: number): Block[] {
  const { L, profile, locale } = ctx;
  const out: Block[] = [{ type: 'heading', level: 2, content: [t(`${n}. ${L.examplesSection}`)] }];
  const builtIn = isProfileId(profile.id) && profiles[profile.id] === profile;
  const list = builtIn ? workedExamples(profile.id as keyof typeof profiles) : [];
  if (list.length === 0) {
    out.push({ type: 'paragraph', content: [t(L.noExamples)] });
    return out;
  }
  out.push({ type: 'paragraph', content: [t(L.examplesIntro)] });
  let count = 0;
  SERVICES.forEach((service, si) => {
    const rows = list.filter((e) => e.service === service);
    if (rows.length === 0) return;
    out.push({
      type: 'heading',
      level: 3,
      content: [t(`${n}.${si + 1}. ${L.services[service]}`)],
    });
    for (const e of rows) {
      count += 1;
      const data = [
        `${FACT_LABELS.service[locale]}: ${e.service}`,
        ...Object.entries(e.facts).map(
          ([f, v]) =>
            `${FACT_LABELS[f as FactName][locale]}: ${factValueText(f as FactName, v as FactValue, ctx)}`,
        ),
      ].join('; ');
      const asOfText = `${ctx.date(e.asOf)} (${instrumentName(e.regime)}, ${String(
        parameterAt('registry', e.asOf),
      ).toUpperCase()})`;
      out.push(
        { type: 'heading', level: 4, content: [t(L.exampleHeading(count, e.name))] },
        {
          type: 'fields',
          rows: [
            { label: L.exampleAsOf, value: cell(t(asOfText)) },
            { label: L.exampleData, value: cell(t(data)) },
            { label: L.exampleOutcome, value: cell(b(L.outcomes[e.outcome])) },
            {
              label: L.exampleReasons,
              value: e.reasons.length
                ? e.reasons.map((r) => [
                    code(r.ruleId),
                    t(`: ${REASON_MESSAGES[locale][r.code](r.params)}`),
                  ])
                : cell(t(L.none)),
            },
            {
              label: L.exampleNextSteps,
              value: e.nextSteps.length
                ? e.nextSteps.map((s) => [t(NEXT_STEP_MESSAGES[locale][s.code](s.params))])
                : cell(t(L.none)),
            },
          ],
        },
      );
    }
  });
  return out;
}
