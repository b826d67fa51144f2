/**
 * The case form, built from the CaseInput JSON Schema (`caseInputJsonSchema`): every field, its
 * label, hint and choices come from the schema (its per-locale `title`/`description` where the
 * schema has them) and from the library's catalogues (fact labels, document and requirement
 * names). The page keeps no hand-written list of fields.
 */
import { BATCH_COLUMNS } from '../cli/columns';
import type { Locale } from '../i18n/locale';
import { SEGMENT_NAMES, SEX_NAMES } from '../letters/wording';
import { RULEBOOK_LABELS } from '../rulebook/labels';
import { FACT_LABELS } from '../rules/facts';
import type { DeskStrings } from './strings';

/** A node of a JSON Schema, read defensively (other helpers are extending the schema). */
export type SchemaNode = {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: unknown[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  const?: unknown;
  title?: unknown;
  description?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: SchemaNode;
  [key: string]: unknown;
};

/** Form state: a field path (`applicant.nik`) to what the officer typed; '' means omitted. */
export type FormState = Record<string, string>;

/** Fields the form does not draw from the schema: the service (chosen at the top) and documents (the checklist). */
const HANDLED_ELSEWHERE = new Set(['service', 'documents']);

/** A per-locale text from the schema: a plain string, or `{ id, en }`, or `x-title-<locale>`. */
function localized(
  node: SchemaNode,
  key: 'title' | 'description',
  locale: Locale,
): string | undefined {
  const direct = node[`${key}_${locale}`] ?? node[`x-${key}-${locale}`];
  if (typeof direct === 'string') return direct;
  const v = node[key];
  if (typeof v === 'string') return v;
  if (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Record<string, unknown>)[locale] === 'string'
  )
    return (v as Record<string, string>)[locale];
  return undefined;
}

/** Fact names whose catalogue label names a schema field of the same path. */
const FACT_FOR_PATH: Record<string, keyof typeof FACT_LABELS> = {
  'membership.segment': 'segment',
  'membership.status': 'membershipStatus',
  'membership.deactivatedOn': 'deactivatedOn',
  'membership.inBpjsRoster': 'inBpjsRoster',
  'welfare.dtks': 'dtks',
  'welfare.dtsen.registered': 'dtsenRegistered',
  'welfare.dtsen.desil': 'desil',
  'welfare.verifiedPoor': 'verifiedPoor',
  'health.needsCare': 'needsCare',
  'applicant.address.regencyCode': 'regencyCode',
  'verification.dukcapilMatch': 'dukcapilMatch',
  'verification.duplicateMembership': 'duplicateMembership',
};

/** The batch spreadsheet's column for a field: its header is the name staff already know. */
const columnFor = (path: string) => BATCH_COLUMNS.find((c) => c.path === path);

/**
 * The label of a field: the schema's title in the locale; until the schema carries titles, the
 * rule facts' label, else the batch column header staff know from the spreadsheet
 * (`tanggal_diterima` → "tanggal diterima"), else the path itself.
 */
export function fieldLabel(node: SchemaNode, path: string, locale: Locale): string {
  const title = localized(node, 'title', locale);
  if (title) return title;
  const fact = FACT_FOR_PATH[path];
  if (fact) return FACT_LABELS[fact][locale];
  const column = columnFor(path);
  if (column) return column.header.replaceAll('_', ' ');
  return path.split('.').at(-1) ?? path;
}

/** A field's hint: the schema's description, else the batch column's (not for dates and yes/no, whose column text is about spreadsheet cells). */
function fieldHint(node: SchemaNode, path: string, locale: Locale): string | undefined {
  const own = localized(node, 'description', locale);
  if (own) return own;
  const column = columnFor(path);
  if (column && !['date', 'boolean', 'documents'].includes(column.type))
    return column.description[locale];
  return undefined;
}

/** The label of one enum value: a `oneOf` const's title, else a catalogue name, else the value. */
function enumLabel(node: SchemaNode, value: string, path: string, locale: Locale): string {
  for (const alt of node.oneOf ?? node.anyOf ?? []) {
    if (alt.const === value) {
      const t = localized(alt, 'title', locale);
      if (t) return t;
    }
  }
  if (path === 'applicant.sex' && value in SEX_NAMES) return SEX_NAMES[value as 'L' | 'P'];
  if (path === 'membership.segment' && value in SEGMENT_NAMES)
    return `${value}: ${SEGMENT_NAMES[value as keyof typeof SEGMENT_NAMES]}`;
  const outcomes = RULEBOOK_LABELS[locale].services as Record<string, string>;
  if (path === 'service' && outcomes[value]) return outcomes[value] as string;
  return value;
}

/** The enum values of a node (a plain `enum` or a `oneOf` of consts). */
function enumValues(node: SchemaNode): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum.map(String);
  const alts = node.oneOf ?? node.anyOf;
  if (alts?.length && alts.every((a) => a.const !== undefined))
    return alts.map((a) => String(a.const));
  return undefined;
}

const typeOf = (node: SchemaNode): string | undefined =>
  Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;

/** Everything the form builder needs from the page. */
export type FormContext = {
  doc: Document;
  locale: Locale;
  strings: DeskStrings;
  state: FormState;
};

let uid = 0;
const nextId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}-${++uid}`;

/** A message slot under a field where its validation issues are written. */
function errorSlot(doc: Document, path: string): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'field-error';
  p.id = nextId(`${path}-err`);
  p.dataset.errorFor = path;
  p.setAttribute('aria-live', 'polite');
  return p;
}

/** Builds the controls of one schema node into `parent`. */
function buildNode(
  ctx: FormContext,
  parent: HTMLElement,
  node: SchemaNode,
  path: string,
  required: boolean,
  depth: number,
): void {
  const { doc, locale, strings, state } = ctx;
  const type = typeOf(node);
  const label = fieldLabel(node, path, locale);
  const hint = fieldHint(node, path, locale);
  if (type === 'object' && node.properties) {
    const fs = doc.createElement('fieldset');
    fs.dataset.path = path;
    fs.className = `group depth-${depth}`;
    const legend = doc.createElement('legend');
    legend.textContent = label;
    fs.append(legend);
    if (hint) {
      const h = doc.createElement('p');
      h.className = 'hint';
      h.textContent = hint;
      fs.append(h);
    }
    const req = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties)) {
      if (depth === 0 && HANDLED_ELSEWHERE.has(key)) continue;
      buildNode(ctx, fs, child, path ? `${path}.${key}` : key, req.has(key), depth + 1);
    }
    fs.append(errorSlot(doc, path));
    parent.append(fs);
    return;
  }
  const wrap = doc.createElement('div');
  wrap.className = 'field';
  wrap.dataset.path = path;
  const err = errorSlot(doc, path);
  const hintEl = doc.createElement('p');
  hintEl.className = 'hint';
  hintEl.id = nextId(`${path}-hint`);
  if (hint) hintEl.textContent = hint;
  const describedBy = [hint ? hintEl.id : '', err.id].filter(Boolean).join(' ');
  const value = state[path] ?? '';

  if (type === 'boolean') {
    // A check the officer may not have made yet: three explicit choices, "belum dicek" omits it.
    const fs = doc.createElement('fieldset');
    fs.className = 'three-way';
    fs.dataset.path = path;
    const legend = doc.createElement('legend');
    legend.textContent = label;
    fs.append(legend);
    const name = nextId(path);
    // Always three choices: even a required yes/no (dtsen.registered) sits in a group that may
    // not have been checked at all, and "belum dicek" then omits the group.
    const choices: [string, string][] = [
      ['', strings.notChecked],
      ['true', strings.yes],
      ['false', strings.no],
    ];
    for (const [v, text] of choices) {
      const l = doc.createElement('label');
      const input = doc.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = v;
      input.dataset.path = path;
      input.checked = value === v;
      if (describedBy) input.setAttribute('aria-describedby', describedBy);
      l.append(input, doc.createTextNode(` ${text}`));
      fs.append(l);
    }
    if (hint) fs.append(hintEl);
    fs.append(err);
    wrap.append(fs);
    parent.append(wrap);
    return;
  }

  const id = nextId(path);
  const l = doc.createElement('label');
  l.htmlFor = id;
  l.textContent = required ? label : `${label}`;
  if (required) {
    const star = doc.createElement('span');
    star.className = 'required';
    star.textContent = ' *';
    star.setAttribute('aria-hidden', 'true');
    l.append(star);
  }
  wrap.append(l);
  const values = enumValues(node);
  let control: HTMLInputElement | HTMLSelectElement;
  if (values) {
    const select = doc.createElement('select');
    const empty = doc.createElement('option');
    empty.value = '';
    empty.textContent = strings.choose;
    select.append(empty);
    for (const v of values) {
      const o = doc.createElement('option');
      o.value = v;
      o.textContent = enumLabel(node, v, path, locale);
      select.append(o);
    }
    select.value = value;
    control = select;
  } else {
    const input = doc.createElement('input');
    if (node.format === 'date') input.type = 'date';
    else if (type === 'integer' || type === 'number') {
      input.type = 'number';
      input.inputMode = 'numeric';
      if (node.minimum !== undefined) input.min = String(node.minimum);
      if (node.maximum !== undefined) input.max = String(node.maximum);
    } else {
      input.type = 'text';
      if (node.pattern && /^\^\\d\{\d+\}\$$/.test(node.pattern)) input.inputMode = 'numeric';
      if (node.maxLength) input.maxLength = node.maxLength;
    }
    input.value = value;
    input.autocomplete = 'off';
    input.spellcheck = false;
    control = input;
  }
  control.id = id;
  control.dataset.path = path;
  if (required) control.required = true;
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  wrap.append(control);
  if (hint) wrap.append(hintEl);
  wrap.append(err);
  parent.append(wrap);
}

/** Builds the whole case form (minus service and documents) from the CaseInput JSON Schema. */
export function buildForm(ctx: FormContext, schema: SchemaNode, parent: HTMLElement): void {
  const req = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (HANDLED_ELSEWHERE.has(key)) continue;
    buildNode(ctx, parent, child, key, req.has(key), 1);
  }
}

/**
 * Reads the form state back into a CaseInput-shaped value, following the schema: empty fields
 * are omitted, an optional group with nothing filled is omitted, numbers that are not integers
 * stay text (so validation names them rather than the page altering them).
 */
export function readValue(schema: SchemaNode, state: FormState, path = ''): unknown {
  const type = typeOf(schema);
  if (type === 'object' && schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(schema.properties)) {
      if (!path && HANDLED_ELSEWHERE.has(key)) continue;
      const v = readValue(child, state, path ? `${path}.${key}` : key);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  const raw = state[path] ?? '';
  if (raw === '') return undefined;
  if (type === 'boolean') return raw === 'true';
  if (type === 'integer' || type === 'number') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  return raw;
}

/** Drops optional groups that came back empty (`{}`), keeping required ones for validation. */
export function pruneEmpty(schema: SchemaNode, value: unknown): unknown {
  if (typeOf(schema) !== 'object' || !schema.properties) return value;
  const v = value as Record<string, unknown>;
  const req = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties)) {
    if (!(key in v)) continue;
    v[key] = pruneEmpty(child, v[key]);
    const inner = v[key];
    if (
      !req.has(key) &&
      typeof inner === 'object' &&
      inner !== null &&
      !Array.isArray(inner) &&
      Object.keys(inner).length === 0
    )
      delete v[key];
  }
  return v;
}
