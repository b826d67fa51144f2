/**
 * The fill engine: fills a template for many letters, fast when it can prove the fast filler
 * (fast-fill.ts, which drives docxtemplater's private internals) gives the documented render's
 * bytes, with the documented render (documented-fill.ts, public API only) otherwise.
 *
 * The guard, per template, on its first letter:
 * 1. The template passes `secureTemplate` (template-safety.ts) or is refused ({@link TemplateRefused}).
 * 2. The first letter is made the documented way. If that fails, the error is the template's or
 *    the data's, and it is thrown as it is.
 * 3. The fast filler is built: every internal it uses must exist with the expected shape
 *    (`missingInternals`), then it fills the same data twice (values spliced, and rendered in full)
 *    and both results must equal the documented bytes.
 * 4. Verdict: `fast` when all of that holds; `documented` on any difference or exception. The
 *    verdict is remembered per template (its SHA-256) and docxtemplater copy, so a template the
 *    fast filler cannot reproduce is never tried again in this process.
 * Later letters of a `fast` template go through the fast filler; if it throws or gives up, that
 * letter is made the documented way, and only the documented render's own error (the template's
 * or the data's fault) ever reaches the caller. An internal failure is never reported as the
 * template being wrong.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { sha256Hex } from '../hash/sha256';
import { documentedFill, type Finisher } from './documented-fill';
import { FastRenderer } from './fast-fill';
import { sameBytes } from './same-bytes';
import { type SafetyProblem, type StrippedItem, secureTemplate } from './template-safety';
import { eOfficePlaceholders, inspectTags, withEOfficePlaceholders } from './template-tags';

export { documentedFill, type Finisher, fillOptions, MissingTagValue } from './documented-fill';
export { WRITTEN_FOR_DOCXTEMPLATER, WRITTEN_FOR_PIZZIP } from './fast-fill';

/** The documented fill under its older name (tests compare the fast output with it). */
export const freshFill = documentedFill;

/** A template refused before filling: active or external content, or a decompression bomb. */
export class TemplateRefused extends Error {
  /** What was found. */
  readonly problems: SafetyProblem[];
  constructor(problems: SafetyProblem[]) {
    super(`template refused: ${problems.map((p) => p.code).join(', ')}`);
    this.name = 'TemplateRefused';
    this.problems = problems;
  }
}

/** Which way a template's letters are filled: not decided yet, fast, or documented only. */
export type FillVerdict = 'pending' | 'fast' | 'documented';

/** Verdicts per docxtemplater copy (a process may load two), then per template SHA-256. */
const verdicts = new WeakMap<object, Map<string, { verdict: FillVerdict; reason: string }>>();
const VERDICT_CACHE_SIZE = 64;

function verdictsHere(): Map<string, { verdict: FillVerdict; reason: string }> {
  let map = verdicts.get(Docxtemplater);
  if (!map) {
    map = new Map();
    verdicts.set(Docxtemplater, map);
  }
  return map;
}

/**
 * One template, filled for many letters; see the module comment for the guard. Create with
 * {@link FastFiller.create} (throws {@link TemplateRefused} for an unsafe template).
 */
export class FastFiller {
  private readonly template: Uint8Array;
  private readonly key: string;
  /** Names of the e-office's `${…}` placeholders, kept literally in every letter. */
  private readonly eOffice: ReadonlySet<string>;
  /** What `secureTemplate` removed from the template. */
  readonly stripped: readonly StrippedItem[];
  private fast: FastRenderer | undefined;
  private verdict: FillVerdict;
  private reason: string;

  private constructor(template: Uint8Array, stripped: StrippedItem[]) {
    this.template = template;
    this.stripped = stripped;
    this.key = sha256Hex(template);
    const known = verdictsHere().get(this.key);
    this.verdict = known?.verdict === 'documented' ? 'documented' : 'pending';
    this.reason = known?.verdict === 'documented' ? known.reason : '';
    let names = new Set<string>();
    try {
      const zip = new PizZip(template);
      // Compiling only to look for `${…}` costs a render's worth: skip it when no part has a `$`.
      const dollar = Object.keys(zip.files).some(
        (name) => name.endsWith('.xml') && zip.files[name]?.asText().includes('$'),
      );
      if (dollar) names = eOfficePlaceholders(zip, inspectTags(zip));
    } catch {
      // A broken template: the documented render reports it on the first letter.
    }
    this.eOffice = names;
  }

  /** Secures a template and prepares to fill it (nothing is compiled until the first letter). */
  static create(template: Uint8Array | ArrayBuffer): FastFiller {
    const secured = secureTemplate(template);
    if (!secured.ok) throw new TemplateRefused(secured.problems);
    return new FastFiller(secured.bytes.slice(), secured.stripped);
  }

  /** How this template is filled and why (`reason` says what made the guard fall back). */
  get engine(): { verdict: FillVerdict; reason: string } {
    return { verdict: this.verdict, reason: this.reason };
  }

  /** Which fast paths the fast filler uses (for the tests), with the verdict. */
  get stats(): {
    verdict: FillVerdict;
    zipWriter: boolean;
    spliceKeys: string[];
    cachedRenderings: number;
  } {
    const fast = this.fast?.stats ?? { zipWriter: false, spliceKeys: [], cachedRenderings: 0 };
    return { verdict: this.verdict, ...fast };
  }

  private fallBack(reason: string): void {
    this.verdict = 'documented';
    this.reason = reason;
    this.fast = undefined;
    const map = verdictsHere();
    if (map.size >= VERDICT_CACHE_SIZE) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
    map.set(this.key, { verdict: 'documented', reason });
  }

  /**
   * Fills the template with `data`: the documented render's bytes, the fast way when proven.
   * Throws only what the documented render throws (docxtemplater's errors, `MissingTagValue`).
   */
  fill(data: object, finish: Finisher): Uint8Array<ArrayBuffer> {
    const full = withEOfficePlaceholders(data, this.eOffice);
    if (this.verdict === 'documented') return documentedFill(this.template, full, finish);
    if (this.verdict === 'pending') {
      const bytes = documentedFill(this.template, full, finish);
      this.tryFast(bytes, full, finish);
      return bytes;
    }
    const fast = this.fast;
    if (fast) {
      try {
        const bytes = fast.fill(full, finish);
        if (bytes) return bytes;
      } catch (error) {
        // The documented render decides whose fault it is: if it succeeds, the internals failed.
        const bytes = documentedFill(this.template, full, finish);
        this.fallBack(`fast filler threw on a later letter: ${describe(error)}`);
        return bytes;
      }
    }
    return documentedFill(this.template, full, finish);
  }

  /** Steps 3–4 of the guard: build the fast filler and compare its first output. */
  private tryFast(documented: Uint8Array, data: object, finish: Finisher): void {
    try {
      const fast = FastRenderer.create(this.template);
      fast.prime(documented, data);
      const spliced = fast.fill(data, finish, true);
      const rendered = fast.fill(data, finish, false);
      if (!spliced || !rendered) {
        this.fallBack('fast filler gave no output');
        return;
      }
      if (!sameBytes(spliced, documented) || !sameBytes(rendered, documented)) {
        this.fallBack('fast output differs from the documented render');
        return;
      }
      this.fast = fast;
      this.verdict = 'fast';
      this.reason = '';
    } catch (error) {
      this.fallBack(describe(error));
    }
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
}
