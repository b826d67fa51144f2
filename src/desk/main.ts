/**
 * The front desk page (SPEC §7): one case at a time, decided in the browser by the same core the
 * package exports. No request leaves the page after it loads; nothing is stored unless the
 * officer asks.
 */
import { ValidationError, type ValidationIssue } from '../errors/validation-error';
import { evaluate } from '../evaluate';
import type { Locale } from '../i18n/locale';
import { REKOMENDASI_BY_SERVICE } from '../letters/letter-kinds';
import { DEFAULT_TITLES, letterTitle } from '../letters/wording';
import { PROFILE_IDS, profiles } from '../profiles/index';
import { RULEBOOK_LABELS } from '../rulebook/labels';
import { effectivePolicy, REQUIREMENTS } from '../rules/baseline';
import { CHECK_MESSAGES } from '../rules/messages';
import type { Decision } from '../schemas/decision';
import { caseInputJsonSchema } from '../schemas/json-schema';
import { LetterKind, Profile, type RequirementId } from '../schemas/profile';
import { validateCase } from '../validate-case';
import { buildForm, type FormState, pruneEmpty, readValue, type SchemaNode } from './form';
import { renderMarkdown } from './markdown';
import { DESK_STRINGS, type DeskStrings } from './strings';

const SERVICES = ['reaktivasi', 'pendaftaran', 'pengalihan'] as const;
type ServiceId = (typeof SERVICES)[number];
const STORAGE_KEY = 'pbi-jk-desk';
const CONFIGURED = 'kantor';
const IDENTITY: RequirementId = 'identitas';
const STAMPED_REQUIREMENT: RequirementId = 'surat-pernyataan-tidak-mampu-bayar';

/** Bytes in office.js are written as `{ "$base64": "…" }`; this turns them back into bytes. */
function reviveBytes(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (Object.keys(v).length === 1 && typeof v.$base64 === 'string') {
      const bin = atob(v.$base64);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    }
  }
  return value;
}

/** The office profile configured by `pbi-jk desk --profile…` (office.js), if any. */
function configuredProfile(): { profile?: Profile; error?: string } {
  const raw = (globalThis as { __PBI_JK_OFFICE__?: unknown }).__PBI_JK_OFFICE__;
  if (raw === undefined || raw === null) return {};
  try {
    const revived = JSON.parse(JSON.stringify(raw), reviveBytes) as { profile?: unknown };
    const parsed = Profile.safeParse(revived.profile);
    if (parsed.success) return { profile: parsed.data };
    return {
      error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  } catch (e) {
    return { error: String(e) };
  }
}

/** The library's validate-only call, once it exists (SPEC §1 `validateCase`). */
const VALIDATE_CASE: ((i: unknown, o: { locale: Locale }) => ValidationIssue[]) | undefined =
  validateCase;

/**
 * The letter and rule-book code (docx, templates, worked examples) is started on first use:
 * bundled in the same file (no request), but not run before the form is interactive.
 */
const letters = () => import('../letters/render-letter');
const ruleBooks = () => import('../rulebook/render-rule-book');

/** What `validateCase` gives once the packaging work lands; until then, evaluate's issues. */
async function validate(
  input: unknown,
  profile: Profile,
  locale: Locale,
): Promise<{
  issues: readonly ValidationIssue[];
  decision?: Decision | undefined;
}> {
  // Until validateCase lands in the library, evaluate's ValidationError gives the same issues.
  const validateCase = VALIDATE_CASE;
  if (validateCase) {
    const issues = validateCase(input, { locale });
    if (issues.length) return { issues };
  }
  try {
    return { issues: [], decision: await evaluate(input, { profile, locale }) };
  } catch (e) {
    if (e instanceof ValidationError) return { issues: e.issues };
    throw e;
  }
}

/** The CaseInput JSON Schema in a locale (titles per locale once the schema carries them). */
function schemaFor(locale: Locale): SchemaNode {
  const fn = caseInputJsonSchema as (options?: { locale?: Locale }) => Record<string, unknown>;
  return fn({ locale }) as SchemaNode;
}

const today = (): string => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};
const isIso = (s: string | undefined): s is string =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** Features other parts of the library add over time; the page uses them when present. */
const FEATURES = {
  paper: Boolean((Profile as unknown as { shape?: Record<string, unknown> }).shape?.paper),
  signature: false,
  letterKinds: LetterKind.options as readonly string[],
};

type Planned = { kind?: string; finishChecks: boolean };

/** The letter a decision leads to, as renderLetter picks it by default. */
function plannedLetter(d: Decision): Planned {
  if (d.outcome === 'eligible')
    return { kind: REKOMENDASI_BY_SERVICE[d.service], finishChecks: false };
  if (d.outcome === 'incomplete') {
    const onlyChecks = d.reasons.every((r) => r.kind === 'check' || r.kind === 'warning');
    return onlyChecks
      ? { finishChecks: true }
      : { kind: 'pengembalian-berkas', finishChecks: false };
  }
  const notice = 'pemberitahuan-tidak-memenuhi-syarat';
  return {
    kind: FEATURES.letterKinds.includes(notice) ? notice : 'pengembalian-berkas',
    finishChecks: false,
  };
}

/** Page state: what the officer typed and chose. */
type Page = {
  locale: Locale;
  profileId: string;
  service: ServiceId;
  state: FormState;
  touched: Set<string>;
  showAll: boolean;
  remember: boolean;
  letter: { number: string; date: string; signatory: string; paper: string; signature: string };
  decision?: Decision | undefined;
  caseValue?: unknown;
  generation: number;
};

const office = configuredProfile();
const page: Page = {
  locale: 'id',
  profileId: office.profile ? CONFIGURED : 'nasional',
  service: 'reaktivasi',
  state: {},
  touched: new Set(),
  showAll: false,
  remember: false,
  letter: { number: '', date: today(), signatory: '', paper: '', signature: 'basah' },
  generation: 0,
};

function currentProfile(): Profile {
  if (page.profileId === CONFIGURED && office.profile) return office.profile;
  return profiles[page.profileId as keyof typeof profiles] ?? profiles.nasional;
}

const doc = document;
const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  e.append(...children);
  return e;
};
const S = (): DeskStrings => DESK_STRINGS[page.locale];

/** Restores a form the officer asked to keep. */
function restore(): void {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (!saved) return;
    const data = JSON.parse(saved) as Partial<Page>;
    page.remember = true;
    if (typeof data.state === 'object' && data.state) page.state = data.state as FormState;
    if (SERVICES.includes(data.service as ServiceId)) page.service = data.service as ServiceId;
    if (data.locale === 'en' || data.locale === 'id') page.locale = data.locale;
    if (typeof data.profileId === 'string') page.profileId = data.profileId;
  } catch {
    // Storage unavailable (private mode, file://): nothing was kept.
  }
}

function persist(): void {
  if (!page.remember) return;
  try {
    const { locale, profileId, service, state } = page;
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ locale, profileId, service, state }));
  } catch {
    // Storage full or refused: the page keeps working without it.
  }
}

function forget(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  page.remember = false;
  page.state = {};
  page.touched.clear();
  page.showAll = false;
  renderAll();
  $('privacy-status').textContent = S().forgotten;
}

/** The checklist of the profile and service: identitas as one choice, the rest as boxes. */
function buildChecklist(parent: HTMLElement): void {
  const s = S();
  const profile = currentProfile();
  const received = page.state.receivedOn;
  const policy = effectivePolicy(profile, page.service, isIso(received) ? received : today());
  const fs = el('fieldset', { class: 'group documents', 'data-path': 'documents' });
  fs.append(el('legend', {}, s.documentsSection), el('p', { class: 'hint' }, s.documentsHint));
  const docNames = RULEBOOK_LABELS[page.locale].documents as Record<string, string>;
  for (const req of policy.requirements) {
    const r = REQUIREMENTS[req];
    const key = `doc:${req}`;
    if (req === IDENTITY) {
      const id = `doc-${req}`;
      const select = el('select', { id, 'data-path': key });
      select.append(el('option', { value: '' }, s.identityNone));
      for (const kind of r.anyOf)
        select.append(el('option', { value: kind }, docNames[kind] ?? kind));
      select.value = page.state[key] ?? '';
      fs.append(
        el('div', { class: 'field' }, el('label', { for: id }, r.label[page.locale]), select),
      );
      continue;
    }
    const id = `doc-${req}`;
    const box = el('input', { type: 'checkbox', id, 'data-path': key });
    box.checked = page.state[key] === 'true';
    const row = el(
      'div',
      { class: 'check-row' },
      box,
      el('label', { for: id }, ` ${r.label[page.locale]}`),
    );
    if (policy.requireStamp && req === STAMPED_REQUIREMENT) {
      const sid = `stamp-${req}`;
      const stamp = el('input', { type: 'checkbox', id: sid, 'data-path': `stamp:${req}` });
      stamp.checked = page.state[`stamp:${req}`] === 'true';
      row.append(el('span', { class: 'stamp' }, stamp, el('label', { for: sid }, ` ${s.stamped}`)));
    }
    fs.append(row);
  }
  fs.append(
    el('p', { class: 'field-error', 'data-error-for': 'documents', 'aria-live': 'polite' }),
  );
  parent.append(fs);
}

/** The case as the form says it, in the CaseInput shape. */
function caseValue(schema: SchemaNode): unknown {
  const v = readValue(schema, page.state) as Record<string, unknown>;
  const value: Record<string, unknown> = { service: page.service, ...v };
  const documents: unknown[] = [];
  const profile = currentProfile();
  const received = page.state.receivedOn;
  const policy = effectivePolicy(profile, page.service, isIso(received) ? received : today());
  for (const req of policy.requirements) {
    const chosen = page.state[`doc:${req}`];
    if (req === IDENTITY) {
      if (chosen) documents.push(chosen);
    } else if (chosen === 'true') {
      const kind = REQUIREMENTS[req].anyOf[0];
      if (policy.requireStamp && req === STAMPED_REQUIREMENT)
        documents.push({ kind, stamped: page.state[`stamp:${req}`] === 'true' });
      else documents.push(kind);
    }
  }
  value.documents = documents;
  return pruneEmpty(schema, value);
}

let schemaCache: { locale: Locale; schema: SchemaNode } | undefined;
function schema(): SchemaNode {
  if (schemaCache?.locale !== page.locale)
    schemaCache = { locale: page.locale, schema: schemaFor(page.locale) };
  return schemaCache.schema;
}

/** Redraws the whole page (after a change of language, profile or service). */
function renderAll(): void {
  const s = S();
  doc.documentElement.lang = page.locale;
  doc.title = s.title;
  $('title').textContent = s.title;
  $('subtitle').textContent = s.subtitle;
  for (const b of Array.from(doc.querySelectorAll<HTMLButtonElement>('#locale button'))) {
    b.setAttribute('aria-pressed', String(b.value === page.locale));
  }
  $('locale-label').textContent = s.language;
  $('profile-label').textContent = s.profile;
  $('service-label').textContent = s.service;
  const profileSelect = $<HTMLSelectElement>('profile');
  profileSelect.replaceChildren();
  if (office.profile)
    profileSelect.append(
      el('option', { value: CONFIGURED }, `${office.profile.name} (${s.configured})`),
    );
  for (const id of PROFILE_IDS)
    profileSelect.append(el('option', { value: id }, `${profiles[id].name} — ${id}`));
  profileSelect.value = page.profileId;
  const serviceSelect = $<HTMLSelectElement>('service');
  serviceSelect.replaceChildren();
  for (const id of SERVICES)
    serviceSelect.append(el('option', { value: id }, RULEBOOK_LABELS[page.locale].services[id]));
  serviceSelect.value = page.service;
  if (office.error) $('office-error').textContent = office.error;

  $('case-heading').textContent = s.caseSection;
  $('new-case').textContent = s.newCase;
  const form = $('case-form');
  form.replaceChildren();
  buildForm({ doc, locale: page.locale, strings: s, state: page.state }, schema(), form);
  buildChecklist(form);

  $('decision-heading').textContent = s.decision;
  renderLetterControls();
  $('rulebook-summary').textContent = s.ruleBookShow;
  $('rulebook-download').textContent = s.ruleBookDownload;
  $('rulebook-heading').textContent = s.ruleBook;
  const body = $('rulebook-body');
  body.replaceChildren();
  body.dataset.for = '';
  if (($('rulebook') as HTMLDetailsElement).open) void showRuleBook();
  $('privacy-heading').textContent = s.privacy;
  $('remember-label').textContent = s.remember;
  ($('remember') as HTMLInputElement).checked = page.remember;
  $('forget').textContent = s.forget;
  void decide();
}

function renderLetterControls(): void {
  const s = S();
  const profile = currentProfile();
  $('letter-heading').textContent = s.letter;
  $('letter-number-label').textContent = s.letterNumber;
  $('letter-number-hint').textContent = s.letterNumberHint(profile.letterNumberPattern);
  $<HTMLInputElement>('letter-number').value = page.letter.number;
  $('letter-date-label').textContent = s.letterDate;
  $<HTMLInputElement>('letter-date').value = page.letter.date;
  $('letter-signatory-label').textContent = s.signatory;
  const signer = $<HTMLSelectElement>('letter-signatory');
  signer.replaceChildren();
  for (const sg of profile.signers) {
    const o = profile.officials.find((x) => x.id === sg.official);
    const prefix = sg.delegation === 'an' ? 'a.n. ' : sg.delegation === 'ub' ? 'u.b. ' : '';
    signer.append(
      el(
        'option',
        { value: sg.official },
        `${prefix}${o?.position ?? sg.official}${o?.name ? ` — ${o.name}` : ''}`,
      ),
    );
  }
  const signers = profile.signers.map((x) => x.official);
  if (!signers.includes(page.letter.signatory))
    page.letter.signatory = profile.defaultSigner ?? signers[0] ?? '';
  signer.value = page.letter.signatory;
  $('letter-paper-label').textContent = s.paper;
  const paper = $<HTMLSelectElement>('letter-paper');
  paper.replaceChildren();
  const profilePaper = (profile as { paper?: string }).paper;
  for (const p of ['A4', 'F4']) paper.append(el('option', { value: p }, p));
  paper.value = page.letter.paper || profilePaper || 'A4';
  paper.disabled = !FEATURES.paper;
  $('letter-paper-note').textContent = FEATURES.paper ? '' : `(${s.notAvailable})`;
  $('letter-signature-legend').textContent = s.signature;
  $('sig-wet-label').textContent = s.signatureWet;
  $('sig-el-label').textContent = s.signatureElectronic;
  for (const r of Array.from(doc.querySelectorAll<HTMLInputElement>('input[name="signature"]'))) {
    r.checked = r.value === page.letter.signature;
    r.disabled = !FEATURES.signature;
  }
  $('letter-signature-note').textContent = FEATURES.signature ? '' : `(${s.notAvailable})`;
  $('download').textContent = s.download;
  updateLetterNumber();
}

function updateLetterNumber(): void {
  const profile = currentProfile();
  const date = isIso(page.letter.date) ? page.letter.date : today();
  const n = page.letter.number.trim();
  $('letter-number-printed').textContent = '';
  if (n)
    void letters().then(({ letterNumber }) => {
      if (page.letter.number.trim() === n)
        $('letter-number-printed').textContent = S().letterNumberPrinted(
          letterNumber(n, profile.letterNumberPattern, date),
        );
    });
}

/** Writes validation issues next to their fields (masked, as the library gives them). */
function showIssues(issues: readonly ValidationIssue[]): void {
  for (const slot of Array.from(doc.querySelectorAll<HTMLElement>('[data-error-for]')))
    slot.textContent = '';
  for (const c of Array.from(doc.querySelectorAll('[aria-invalid]')))
    c.removeAttribute('aria-invalid');
  const unplaced: ValidationIssue[] = [];
  let shown = 0;
  for (const issue of issues) {
    let path = issue.path.filter((p) => !/^\d+$/.test(p));
    let slot: HTMLElement | null = null;
    while (path.length) {
      slot = doc.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path.join('.'))}"]`);
      if (slot) break;
      path = path.slice(0, -1);
    }
    const key = path.join('.');
    const isGroup = slot?.parentElement?.tagName === 'FIELDSET' && !slot.closest('.field');
    const touched =
      page.showAll ||
      isGroup ||
      [...page.touched].some((t) => t === key || t.startsWith(`${key}.`));
    if (!slot) {
      unplaced.push(issue);
      continue;
    }
    if (!touched) continue;
    shown++;
    slot.textContent = slot.textContent ? `${slot.textContent} ${issue.message}` : issue.message;
    const control = doc.querySelector(`[data-path="${CSS.escape(key)}"]:is(input,select)`);
    control?.setAttribute('aria-invalid', 'true');
  }
  const list = $('form-problems');
  list.replaceChildren();
  for (const i of unplaced) list.append(el('li', {}, `${i.path.join('.') || '—'}: ${i.message}`));
  return void shown;
}

/** Evaluates the case and redraws the decision panel; a newer change supersedes an older one. */
async function decide(): Promise<void> {
  const started = performance.now();
  const generation = ++page.generation;
  doc.body.dataset.busy = 'true';
  const s = S();
  const profile = currentProfile();
  const value = caseValue(schema());
  let result: Awaited<ReturnType<typeof validate>>;
  try {
    result = await validate(value, profile, page.locale);
  } catch (e) {
    if (generation !== page.generation) return;
    delete doc.body.dataset.busy;
    $('decision').replaceChildren(
      el('p', { class: 'error' }, `${s.unknownError}: ${String((e as Error).message ?? e)}`),
    );
    return;
  }
  if (generation !== page.generation) return;
  page.caseValue = value;
  page.decision = result.decision;
  showIssues(result.issues);
  const out = $('decision');
  const download = $<HTMLButtonElement>('download');
  if (!result.decision) {
    out.replaceChildren(
      el('p', { class: 'outcome pending-form', role: 'status' }, s.fillFirst(result.issues.length)),
      showAllButton(s),
    );
    download.disabled = true;
    $('letter-kind').textContent = '';
  } else {
    out.replaceChildren(...decisionView(result.decision, profile));
    const planned = plannedLetter(result.decision);
    download.disabled = planned.finishChecks;
    $('letter-kind').textContent = planned.finishChecks
      ? `${s.letterWillBe}: ${s.finishChecks}`
      : `${s.letterWillBe}: ${letterName(planned.kind ?? '', profile, result.decision)}`;
  }
  const ms = performance.now() - started;
  $('timing').textContent = s.timing(ms);
  doc.body.dataset.decisionMs = ms.toFixed(2);
  // From the officer's change (before the 30 ms debounce) to the decision on screen.
  if (lastChangeAt !== undefined) {
    doc.body.dataset.changeToDecisionMs = (performance.now() - lastChangeAt).toFixed(2);
    lastChangeAt = undefined;
  }
  doc.body.dataset.outcome = result.decision?.outcome ?? 'invalid';
  doc.body.dataset.generation = String(generation);
  delete doc.body.dataset.busy;
  persist();
}

function showAllButton(s: DeskStrings): HTMLElement {
  const b = el('button', { type: 'button', class: 'secondary' }, s.problems);
  b.addEventListener('click', () => {
    page.showAll = true;
    void decide();
  });
  return b;
}

/** The title the letter will carry (the regulation in force on the letter date may rename it). */
function letterName(kind: string, profile: Profile, d: Decision): string {
  if ((FEATURES.letterKinds as readonly string[]).includes(kind)) {
    return letterTitle(kind as LetterKind, d.regime, profile.letterTitles, d.service);
  }
  const titles = profile.letterTitles as Record<string, string | undefined>;
  return titles[kind] ?? (DEFAULT_TITLES as Record<string, string | undefined>)[kind] ?? kind;
}

/** The decision as the officer reads it: outcome, reasons with citations, checks, documents, steps. */
function decisionView(d: Decision, _profile: Profile): Node[] {
  const s = S();
  const nodes: Node[] = [];
  nodes.push(
    el(
      'p',
      { class: `outcome ${d.outcome}`, role: 'status', 'data-outcome': d.outcome },
      s.outcome[d.outcome],
    ),
  );
  const reasons = el('ol', { class: 'reasons', 'data-testid': 'reasons' });
  for (const r of d.reasons) {
    const li = el(
      'li',
      { 'data-code': r.code, 'data-kind': r.kind },
      el('span', { class: 'message' }, r.message),
    );
    const cites = el('ul', { class: 'citations' });
    for (const c of r.legalBasis) {
      const mark = c.verified ? `✓ ${s.verified}` : `? ${s.unverified}`;
      cites.append(
        el(
          'li',
          { class: c.verified ? 'verified' : 'unverified' },
          `${c.instrument}${c.article ? ` ${c.article}` : ''} `,
          el('span', { class: 'mark' }, `(${mark})`),
        ),
      );
    }
    if (r.legalBasis.length) li.append(cites);
    reasons.append(li);
  }
  nodes.push(el('h3', {}, s.reasons), d.reasons.length ? reasons : el('p', {}, s.noReasons));
  const undecided = (d as { undecided?: { check: string; title: string }[] }).undecided ?? [];
  const checks = new Map<string, string>();
  for (const u of undecided)
    checks.set(
      u.check,
      CHECK_MESSAGES[page.locale][u.check as keyof (typeof CHECK_MESSAGES)['id']] ?? u.title,
    );
  for (const r of d.reasons)
    if (r.code === 'check-pending' && typeof r.params.check === 'string')
      checks.set(
        r.params.check,
        CHECK_MESSAGES[page.locale][r.params.check as keyof (typeof CHECK_MESSAGES)['id']] ??
          r.params.check,
      );
  if (checks.size) {
    nodes.push(
      el('h3', {}, s.pending),
      el(
        'ul',
        { class: 'pending', 'data-testid': 'pending' },
        ...[...checks.values()].map((t) => el('li', {}, t)),
      ),
    );
  }
  if (d.missingDocuments.length) {
    nodes.push(
      el('h3', {}, s.missingDocuments),
      el(
        'ul',
        { class: 'missing' },
        ...d.missingDocuments.map((m) =>
          el(
            'li',
            {},
            (REQUIREMENTS as Record<string, { label: Record<Locale, string> } | undefined>)[m]
              ?.label[page.locale] ?? m,
          ),
        ),
      ),
    );
  }
  if (d.nextSteps.length) {
    nodes.push(
      el('h3', {}, s.nextSteps),
      el(
        'ol',
        { class: 'steps' },
        ...d.nextSteps.map((n) => el('li', { 'data-code': n.code }, n.message)),
      ),
    );
  }
  return nodes;
}

/** Hands bytes to the browser as a download: a Blob, an object URL and a download attribute. */
function save(bytes: Uint8Array, file: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = el('a', { href: url, download: file });
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function downloadLetter(): Promise<void> {
  const s = S();
  const status = $('letter-status');
  status.textContent = '';
  if (!page.decision) return;
  await features;
  let profile = currentProfile();
  if (FEATURES.paper && page.letter.paper)
    profile = { ...profile, paper: page.letter.paper } as Profile;
  const letter: Record<string, unknown> = {
    number: page.letter.number.trim(),
    date: page.letter.date,
    signatory: page.letter.signatory,
  };
  if (FEATURES.signature) letter.signature = page.letter.signature;
  try {
    const { renderLetter } = await letters();
    const bytes = await renderLetter({
      case: page.caseValue as never,
      decision: page.decision,
      profile,
      letter: letter as never,
      locale: page.locale,
    });
    const serial = page.letter.number.trim().replace(/[^0-9A-Za-z]+/g, '-') || 'tanpa-nomor';
    const file = `surat-${plannedLetter(page.decision).kind ?? 'pbi-jk'}-${serial}.docx`;
    save(bytes, file, DOCX);
    status.textContent = s.downloaded(file);
  } catch (e) {
    if (e instanceof ValidationError) {
      const pending = e.issues.some((i) => i.code === ('checks-pending' as never));
      status.replaceChildren(
        el('strong', {}, pending ? s.finishChecks : s.cannotWrite),
        el('ul', {}, ...e.issues.map((i) => el('li', {}, `${i.path.join('.')}: ${i.message}`))),
      );
    } else status.textContent = `${s.unknownError}: ${String((e as Error).message ?? e)}`;
  }
}

async function showRuleBook(): Promise<void> {
  const body = $('rulebook-body');
  const key = `${page.profileId}|${page.locale}`;
  if (body.dataset.for === key) return;
  body.dataset.for = key;
  const { renderRuleBook } = await ruleBooks();
  const md = await renderRuleBook({ profile: currentProfile(), format: 'md', locale: page.locale });
  if (body.dataset.for !== key) return;
  body.replaceChildren(renderMarkdown(doc, String(md)));
}

async function downloadRuleBook(): Promise<void> {
  const { renderRuleBook } = await ruleBooks();
  const bytes = await renderRuleBook({
    profile: currentProfile(),
    format: 'docx',
    locale: page.locale,
  });
  if (typeof bytes === 'string') return;
  save(bytes, `buku-aturan-${currentProfile().id}.docx`, DOCX);
}

/** Detects once whether renderLetter takes `letter.signature` (the letters work adds it). */
async function detectSignature(): Promise<void> {
  const { renderLetter } = await letters();
  try {
    await renderLetter({
      case: {},
      decision: {},
      profile: 'nasional',
      letter: { number: '1', date: '2026-03-02', signature: 'basah' },
    } as never);
  } catch (e) {
    if (e instanceof ValidationError)
      FEATURES.signature = !e.issues.some((i) => i.path.join('.') === 'letter.signature');
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
let lastChangeAt: number | undefined;
function scheduleDecision(): void {
  lastChangeAt ??= performance.now();
  if (timer) clearTimeout(timer);
  doc.body.dataset.busy = 'true';
  timer = setTimeout(() => void decide(), 30);
}

function wire(): void {
  for (const b of Array.from(doc.querySelectorAll<HTMLButtonElement>('#locale button'))) {
    b.addEventListener('click', () => {
      page.locale = b.value as Locale;
      renderAll();
    });
  }
  $('profile').addEventListener('change', (e) => {
    page.profileId = (e.target as HTMLSelectElement).value;
    renderAll();
  });
  $('service').addEventListener('change', (e) => {
    page.service = (e.target as HTMLSelectElement).value as ServiceId;
    renderAll();
  });
  const form = $('case-form');
  const onField = (e: Event) => {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    const path = t.dataset.path;
    if (!path) return;
    if (t instanceof HTMLInputElement && t.type === 'checkbox')
      page.state[path] = t.checked ? 'true' : '';
    else if (t instanceof HTMLInputElement && t.type === 'radio') {
      if (!t.checked) return;
      page.state[path] = t.value;
    } else page.state[path] = t.value;
    if (
      e.type === 'change' ||
      t.type === 'radio' ||
      t.type === 'checkbox' ||
      t.tagName === 'SELECT'
    )
      page.touched.add(path);
    if (path === 'receivedOn' && e.type === 'change') {
      // The checklist depends on the date (the law in force); redraw it, keeping focus.
      const active = doc.activeElement as HTMLElement | null;
      const fs = form.querySelector('fieldset.documents');
      fs?.remove();
      buildChecklist(form);
      active?.focus();
    }
    scheduleDecision();
  };
  form.addEventListener('input', onField);
  form.addEventListener('change', onField);
  form.addEventListener('focusout', (e) => {
    const path = (e.target as HTMLElement).dataset?.path;
    if (path && !page.touched.has(path)) {
      page.touched.add(path);
      scheduleDecision();
    }
  });
  $('letter-number').addEventListener('input', (e) => {
    page.letter.number = (e.target as HTMLInputElement).value;
    updateLetterNumber();
  });
  $('letter-date').addEventListener('input', (e) => {
    page.letter.date = (e.target as HTMLInputElement).value;
    updateLetterNumber();
    scheduleDecision();
  });
  $('letter-signatory').addEventListener('change', (e) => {
    page.letter.signatory = (e.target as HTMLSelectElement).value;
  });
  $('letter-paper').addEventListener('change', (e) => {
    page.letter.paper = (e.target as HTMLSelectElement).value;
  });
  for (const r of Array.from(doc.querySelectorAll<HTMLInputElement>('input[name="signature"]')))
    r.addEventListener('change', () => {
      if (r.checked) page.letter.signature = r.value;
    });
  $('download').addEventListener('click', () => void downloadLetter());
  $('rulebook').addEventListener('toggle', () => {
    if (($('rulebook') as HTMLDetailsElement).open) void showRuleBook();
  });
  $('rulebook-download').addEventListener('click', () => void downloadRuleBook());
  $('remember').addEventListener('change', (e) => {
    page.remember = (e.target as HTMLInputElement).checked;
    if (page.remember) persist();
    else forget();
  });
  $('forget').addEventListener('click', forget);
  $('new-case').addEventListener('click', () => {
    page.state = {};
    page.touched.clear();
    page.showAll = false;
    page.letter.number = '';
    $('letter-status').textContent = '';
    renderAll();
    $('case-heading').focus();
  });
}

async function start(): Promise<void> {
  performance.mark('desk-modules-ready');
  restore();
  if (page.profileId === CONFIGURED && !office.profile) page.profileId = 'nasional';
  wire();
  renderAll();
  await new Promise((r) => setTimeout(r, 0));
  doc.body.dataset.ready = performance.now().toFixed(0);
  // Then, with the form already usable, start the letter code and see what it supports.
  features = detectSignature();
  await features;
  renderLetterControls();
}

let features: Promise<void> = Promise.resolve();

void start();
