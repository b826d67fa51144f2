import * as z from 'zod';
import { isIsoDate } from '../dates/iso-date';
import type { IssueParams, ValidationCode } from '../errors/validation-messages';
import { maskId } from '../identifiers/mask';
import { parseNik } from '../identifiers/nik';
import { parseNip } from '../identifiers/nip';
import { isJknCardNumber, parseKk } from '../identifiers/numbers';
import { parseRegionCode } from '../identifiers/region';

/** The custom-issue payload pbi-jk attaches so messages can be written per locale later. */
export function issue(code: ValidationCode, params: IssueParams = {}) {
  return { code: 'custom' as const, params: { code, ...params }, message: code };
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function buildText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((v, ctx) => {
      if (NOT_XML_CHAR.test(v)) ctx.addIssue(issue('invalid-character'));
    });
}

// One schema per length, shared by every field of that length: zod schemas are immutable, and
// building this chain ~45 times (5 clones each) was a visible part of the CLI's start-up.
const texts = new Map<number, ReturnType<typeof buildText>>();

/** Free text printed into letters: trimmed, 1…`max` characters, only characters a .docx can hold. */
export function text(max: number) {
  let schema = texts.get(max);
  if (!schema) {
    schema = buildText(max);
    texts.set(max, schema);
  }
  return schema;
}

/** A calendar date written `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsoDateString = z
  .string()
  .superRefine((v, ctx) => {
    if (!isIsoDate(v)) ctx.addIssue(issue('invalid-date'));
  })
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** A NIK: 16 digits with a possible birth-date part. */
export const NikString = z
  .string()
  .superRefine((v, ctx) => {
    const parsed = parseNik(v);
    if (parsed.ok) return;
    const shown = v.length <= 40 ? maskId(v) : undefined;
    ctx.addIssue(
      issue(parsed.problem === 'format' ? 'nik-format' : 'nik-date', shown ? { value: shown } : {}),
    );
  })
  .meta({
    pattern: '^\\d{16}$',
    description: 'NIK, 16 digits (PP KK CC DDMMYY SSSS; women DD + 40)',
  });

/** A nomor Kartu Keluarga: 16 digits. */
export const KkString = z
  .string()
  .superRefine((v, ctx) => {
    if (!parseKk(v)) ctx.addIssue(issue('kk-format', v.length <= 40 ? { value: maskId(v) } : {}));
  })
  .meta({ pattern: '^\\d{16}$', description: 'Nomor Kartu Keluarga, 16 digits' });

/** A nomor kartu JKN-KIS: 13 digits. */
export const JknCardString = z
  .string()
  .superRefine((v, ctx) => {
    if (!isJknCardNumber(v)) ctx.addIssue(issue('card-format'));
  })
  .meta({ pattern: '^\\d{13}$', description: 'Nomor kartu JKN-KIS, 13 digits' });

/** A NIP (PNS or PPPK), 18 digits, spaces allowed. */
export const NipString = z.string().superRefine((v, ctx) => {
  if (!parseNip(v)) ctx.addIssue(issue('nip-format'));
});

/** A Kemendagri regency/city code `PP.KK`. */
export const RegionCodeString = z
  .string()
  .superRefine((v, ctx) => {
    if (!parseRegionCode(v)) ctx.addIssue(issue('region-code-format'));
  })
  .meta({ pattern: '^\\d{2}\\.\\d{2}$', description: 'Kemendagri regency/city code PP.KK' });

/** A stable lower-case id made of letters, digits and dashes (profile ids, official ids). */
export const Slug = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
