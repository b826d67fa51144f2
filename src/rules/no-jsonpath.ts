/**
 * What the build gives json-rules-engine in place of jsonpath-plus (tsup.config.ts). pbi-jk's
 * conditions never use `path`, and the engine is built with {@link noPath} as its path resolver,
 * so the engine's default resolver, the only caller of jsonpath-plus, never runs; leaving the
 * library out keeps ~8 KB gzip (and its CVE history) out of every page that calls `evaluate`.
 */

/** Stands in for jsonpath-plus's `JSONPath`; never called (see the module comment). */
export function JSONPath(): never {
  return noPath();
}

/** The engine's path resolver: pbi-jk's rules have no `path`, so reaching this is a bug. */
export function noPath(): never {
  throw new Error('pbi-jk: a rule condition used `path`, which pbi-jk rules never do');
}
