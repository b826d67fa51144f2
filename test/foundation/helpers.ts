/**
 * Shared inputs for the foundation tests: the SPEC §1.1 example exactly as written there, and a
 * way to read the issues a ValidationError lists in each locale.
 */
import { ValidationError, type ValidationIssue } from '../../src/errors/validation-error';
import type { Locale } from '../../src/i18n/locale';
import { CaseInput } from '../../src/schemas/case-input';
import { parseOrThrow } from '../../src/schemas/parse';
import { type Patch, patch } from '../rules/fixtures';

/** SPEC §1.1, copied as JSON (comments removed, nothing else changed). */
export const SPEC_EXAMPLE_JSON = `{
  "service": "reaktivasi",
  "receivedOn": "2026-03-02",
  "applicant": {
    "nik": "3303014508900001",
    "kk": "3303010101090001",
    "name": "Siti Aminah",
    "birthPlace": "Purbalingga",
    "birthDate": "1990-08-05",
    "sex": "P",
    "address": { "street": "Jl. Mawar 3", "rt": "002", "rw": "001", "village": "Kalimanah Wetan",
                 "district": "Kalimanah", "regencyCode": "33.03" },
    "phone": "081234567890"
  },
  "membership": {
    "cardNumber": "0001234567890",
    "segment": "PBI-APBN",
    "status": "nonaktif",
    "deactivatedOn": "2026-01-15",
    "deactivationDecree": "3/HUK/2026",
    "inBpjsRoster": true
  },
  "welfare": {
    "dtks": true,
    "dtsen": { "registered": true, "desil": 3 },
    "verifiedPoor": false
  },
  "health": { "needsCare": true, "condition": "chronic" },
  "verification": { "dukcapilMatch": true, "duplicateMembership": false },
  "documents": ["ktp", "kk", "kartu-jkn", { "kind": "surat-pernyataan-tidak-mampu-bayar", "stamped": true }]
}`;

/** A fresh copy of the SPEC example (a plain JSON value, safe to change). */
export function specExample(changes: Patch = {}): Record<string, unknown> {
  return patch(JSON.parse(SPEC_EXAMPLE_JSON) as Record<string, unknown>, changes);
}

/** The NIK and KK of the SPEC example. */
export const NIK = '3303014508900001';
export const KK = '3303010101090001';

/** Runs `fn` and returns the ValidationError it throws (fails the test if it throws anything else). */
export function validationErrorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw new Error(`expected a ValidationError, got ${String(e)}`);
  }
  throw new Error('expected a ValidationError, but the input was accepted');
}

/** Awaits `p` and returns the ValidationError it rejects with. */
export async function rejectionOf(p: Promise<unknown>): Promise<ValidationError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw new Error(`expected a ValidationError, got ${String(e)}`);
  }
  throw new Error('expected a ValidationError, but the promise resolved');
}

/** The issues CaseInput finds in `input`, written in `locale` (empty when it is valid). */
export function caseIssues(input: unknown, locale: Locale): readonly ValidationIssue[] {
  try {
    parseOrThrow(CaseInput, input, locale);
    return [];
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
}
