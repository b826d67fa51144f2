/**
 * Helpers for the letter tests: the rule tables turned into letter requests, the readable text of
 * a letter, and pretty-printed XML for golden files.
 */
import PizZip from 'pizzip';
import { expect } from 'vitest';
import { ValidationError } from '../../src/errors/validation-error';
import { evaluate } from '../../src/evaluate';
import type { LetterRequest } from '../../src/letters/render-letter';
import { PROFILE_IDS, type ProfileId } from '../../src/profiles/index';
import type { CaseInput } from '../../src/schemas/case-input';
import { CASES } from '../rules/cases/index';

/** The {@link ValidationError} a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

/** One row of a rule table with its decision, as a letter request. */
export type TableLetter = {
  profile: ProfileId;
  index: number;
  name: string;
  request: LetterRequest;
};

/** The letter date for a table row: its asOf or receivedOn, whichever is later. */
function letterDate(input: CaseInput, asOf: string | undefined): string {
  return asOf && asOf > input.receivedOn ? asOf : input.receivedOn;
}

let cached: Promise<TableLetter[]> | undefined;

/**
 * Every row of every profile's rule table, decided by `evaluate`, as a letter request; rows
 * incomplete only because the office's checks are pending get no letter and are left out.
 */
export function tableLetters(): Promise<TableLetter[]> {
  cached ??= (async () => {
    const out: TableLetter[] = [];
    for (const profile of PROFILE_IDS) {
      for (const [index, row] of CASES[profile].entries()) {
        const input = row.input as CaseInput;
        const decision = await evaluate(input, {
          profile,
          ...(row.asOf ? { asOf: row.asOf } : {}),
        });
        // Only the office's own checks pending: no letter is written (SPEC §3, checks-pending).
        if (
          decision.outcome === 'incomplete' &&
          !decision.reasons.some((r) => r.kind === 'document')
        )
          continue;
        out.push({
          profile,
          index,
          name: row.name,
          request: {
            case: input,
            decision,
            profile,
            letter: { number: String(100 + index), date: letterDate(input, row.asOf) },
          },
        });
      }
    }
    return out;
  })();
  return cached;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A part of a .docx as text. */
export function part(bytes: Uint8Array, name: string): string {
  const entry = new PizZip(bytes).files[name];
  if (!entry) throw new Error(`no ${name}`);
  return entry.asText();
}

/** The letter's paragraphs as plain text, one per line (tabs kept), as a reader sees them. */
export function letterText(bytes: Uint8Array): string {
  const xml = part(bytes, 'word/document.xml');
  const lines: string[] = [];
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    let line = '';
    for (const t of p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) {
      line += t[1] === undefined ? '\t' : unescapeXml(t[1]);
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Pretty-prints XML one element per line, text kept beside its tag, for golden files. */
export function prettyXml(xml: string): string {
  const tokens = xml
    .replace(/>\s*</g, '><')
    .split(/(<[^>]+>)/)
    .filter((t) => t !== '');
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t.startsWith('<?')) {
      out.push(t);
    } else if (t.startsWith('</')) {
      depth--;
      out.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.startsWith('<') && t.endsWith('/>')) {
      out.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        out.push(`${'  '.repeat(depth)}${t}${text}${close}`);
        i += 2;
      } else {
        out.push(`${'  '.repeat(depth)}${t}`);
        depth++;
      }
    } else {
      out.push(`${'  '.repeat(depth)}${t}`);
    }
  }
  return `${out.join('\n')}\n`;
}
