import type * as z from 'zod';
import { type IssueDraft, ValidationError } from '../errors/validation-error';
import type { IssueParams, ValidationCode } from '../errors/validation-messages';
import type { Locale } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';

/**
 * Parses untrusted input with a pbi-jk schema, or throws a {@link ValidationError} listing every
 * problem in `locale`. Never throws anything else for any input.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  pathPrefix: readonly string[] = [],
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const drafts = toIssueDrafts(result.error.issues, input);
  throw new ValidationError(
    drafts.map((d) => ({ ...d, path: [...pathPrefix, ...d.path] })),
    locale,
  );
}

/** Turns Zod issues into pbi-jk issue drafts (codes plus data, no text yet). */
export function toIssueDrafts(issues: readonly z.core.$ZodIssue[], input: unknown): IssueDraft[] {
  const out: IssueDraft[] = [];
  for (const i of issues) out.push(...mapIssue(i, [], input));
  return dedupe(out);
}

function mapIssue(i: z.core.$ZodIssue, prefix: PropertyKey[], root: unknown): IssueDraft[] {
  const path = [...prefix, ...i.path].map((p) =>
    typeof p === 'symbol' ? String(p.description) : p,
  );
  const here = valueAt(root, path);
  const inDocuments = path[0] === 'documents';
  const draft = (code: ValidationCode, params: IssueParams = {}): IssueDraft[] => [
    { path, code, params },
  ];
  switch (i.code) {
    case 'custom': {
      const { code, ...params } = (i.params ?? {}) as { code?: ValidationCode } & IssueParams;
      return draft(code ?? 'invalid-value', params);
    }
    case 'invalid_type':
      return here === undefined
        ? draft('required')
        : draft('invalid-type', { expected: i.expected });
    case 'unrecognized_keys':
      return i.keys.map((key) => ({
        path: [...path, key],
        code: 'unknown-key' as const,
        params: { key: shorten(key) },
      }));
    case 'invalid_value': {
      if (here === undefined) return draft('required');
      const options = i.values.map(String);
      if (inDocuments && typeof here === 'string')
        return draft('unknown-document', { value: shorten(here), options });
      return draft('invalid-option', { options });
    }
    case 'too_big':
      if (i.origin === 'string') return draft('too-long', { max: Number(i.maximum) });
      if (i.origin === 'array') return draft('too-many', { max: Number(i.maximum) });
      return draft('out-of-range', { max: Number(i.maximum) });
    case 'too_small':
      if (i.origin === 'string')
        return here === '' || (typeof here === 'string' && here.trim() === '')
          ? draft('required')
          : draft('too-short', { min: Number(i.minimum) });
      return draft('out-of-range', { min: Number(i.minimum) });
    case 'invalid_format':
      return draft('invalid-format');
    case 'invalid_union': {
      // Document entries are a kind name or an object: explain against the shape that was given.
      if (typeof here === 'string' && inDocuments) {
        const options = [...DOCUMENT_OPTIONS(i)];
        return draft('unknown-document', { value: shorten(here), options });
      }
      // Explain against the branch that got inside the value (an object with a wrong field);
      // a branch that refused the value as a whole (wrong type, not one of the enum's strings)
      // says nothing more than "wrong type".
      const branch = i.errors.find((errs) => errs.some((e) => e.path.length > 0));
      if (branch) return branch.flatMap((e) => mapIssue(e, path, root));
      return draft('invalid-type', {
        expected: typeof here === 'object' && here !== null ? 'string' : 'object',
      });
    }
    default:
      return draft('invalid-value');
  }
}

function DOCUMENT_OPTIONS(i: z.core.$ZodIssueInvalidUnion): Set<string> {
  const options = new Set<string>();
  for (const errs of i.errors)
    for (const e of errs)
      if (e.code === 'invalid_value') for (const v of e.values) options.add(String(v));
  return options;
}

/** Reads a value by path through own properties only (never the prototype chain). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function shorten(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return maskIdentifiersIn(t);
}

function dedupe(drafts: IssueDraft[]): IssueDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.path.join('.')}|${d.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
