import * as z from 'zod';
import type { Locale } from '../i18n/locale';
import { CaseInput, SERVICES_NEEDING_MEMBERSHIP } from './case-input';
import { Decision } from './decision';
import {
  CASE_FIELD_LABELS,
  type CaseField,
  DECISION_FIELD_LABELS,
  type DecisionField,
  type FieldLabel,
} from './field-labels';

/** Options of {@link caseInputJsonSchema} and {@link decisionJsonSchema}. */
export type JsonSchemaOptions = {
  /** Language of every title and description; default `'id'`. */
  locale?: Locale;
};

/**
 * JSON Schema (draft 2020-12) of {@link CaseInput}, for back offices in other languages
 * (Laravel, Python) that validate the same shape and for forms built from it: every field has a
 * `title` and a `description` in the chosen locale (from {@link CASE_FIELD_LABELS}), and the
 * schema says that `membership` is required for reaktivasi and pengalihan (`if`/`then`). Checks
 * that JSON Schema cannot say (a NIK's date part, dates after `receivedOn`) stay in pbi-jk:
 * {@link validateCase} gives them.
 *
 * @example JSON.stringify(caseInputJsonSchema({ locale: 'en' }), null, 2)
 */
export function caseInputJsonSchema(options?: JsonSchemaOptions): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseInput, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  applyLabels(schema, '', CASE_FIELD_LABELS[localeOf(options)]);
  schema.allOf = [
    {
      if: {
        properties: { service: { enum: [...SERVICES_NEEDING_MEMBERSHIP] } },
        required: ['service'],
      },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, plain data.
      then: { required: ['membership'] },
    },
  ];
  return schema;
}

/**
 * JSON Schema (draft 2020-12) of a {@link Decision} as `evaluate` returns it, with a `title` and
 * a `description` for every field in the chosen locale (from {@link DECISION_FIELD_LABELS}).
 */
export function decisionJsonSchema(options?: JsonSchemaOptions): Record<string, unknown> {
  const schema = z.toJSONSchema(Decision, { io: 'output', unrepresentable: 'any' }) as JsonNode;
  applyLabels(schema, '', DECISION_FIELD_LABELS[localeOf(options)]);
  return schema;
}

type JsonNode = Record<string, unknown>;

/** Fields whose keys depend on a code: labelled as one field, not walked into. */
const OPAQUE: ReadonlySet<string> = new Set<DecisionField>(['reasons[].params']);

/**
 * Writes each field's title and description by path: properties joined by `.`, `[]` for list
 * items; the object branches of a union (a document given as an object) share the union's path.
 */
function applyLabels(
  node: JsonNode,
  path: string,
  labels: Readonly<Record<CaseField, FieldLabel>> | Readonly<Record<DecisionField, FieldLabel>>,
): void {
  const label = (labels as Readonly<Record<string, FieldLabel>>)[path];
  if (label) {
    node.title = label.title;
    node.description = label.description;
  }
  if (OPAQUE.has(path)) return;
  walkChildren(node, path, labels);
}

function walkChildren(
  node: JsonNode,
  path: string,
  labels: Parameters<typeof applyLabels>[2],
): void {
  const properties = node.properties as Record<string, JsonNode> | undefined;
  for (const [key, child] of Object.entries(properties ?? {}))
    applyLabels(child, path ? `${path}.${key}` : key, labels);
  if (isNode(node.items)) applyLabels(node.items, `${path}[]`, labels);
  for (const branch of [node.anyOf, node.oneOf].flat())
    if (isNode(branch)) walkChildren(branch, path, labels);
}

function isNode(x: unknown): x is JsonNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function localeOf(options: JsonSchemaOptions | undefined): Locale {
  return options?.locale === 'en' ? 'en' : 'id';
}
