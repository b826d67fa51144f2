/**
 * Canonical JSON, the text every fingerprint of pbi-jk hashes (a case's `caseSha256`, a
 * ruleset's `fingerprint`, a letter's receipt): object keys sorted at every level, no spaces,
 * arrays in their order, `undefined` members left out as JSON.stringify leaves them out.
 */

/** JSON with object keys sorted at every level (arrays keep their order) and no spaces. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
