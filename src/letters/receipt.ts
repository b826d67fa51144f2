/**
 * The decision receipt every letter carries in docProps/custom.xml (File › Properties › Custom in
 * Word): which package and ruleset decided, under which regime and profile, with which outcome,
 * and a SHA-256 of the canonical case JSON so a letter can be matched to the case it was made for.
 */
import type PizZip from 'pizzip';
import { canonicalJson } from '../hash/canonical-json';
import { sha256HexOfText } from '../hash/sha256';
import { RULESET_VERSION } from '../rules/version';
import { PACKAGE_VERSION } from '../version';

/** The receipt's fields, as written into the letter's custom document properties. */
export type LetterReceipt = {
  /** pbi-jk version that wrote the letter. */
  packageVersion: string;
  /** Ruleset version of this package. */
  rulesetVersion: string;
  /** Ruleset version recorded in the decision the letter was made from. */
  decisionRulesetVersion: string;
  regime: string;
  profile: string;
  outcome: string;
  letterKind: string;
  /** SHA-256 (hex) of the case as canonical JSON: object keys sorted, no spaces. */
  caseSha256: string;
};

/** The custom property names, `pbi-jk.<field>`, in the order they are written. */
export const RECEIPT_FIELDS = [
  'packageVersion',
  'rulesetVersion',
  'decisionRulesetVersion',
  'regime',
  'profile',
  'outcome',
  'letterKind',
  'caseSha256',
] as const satisfies readonly (keyof LetterReceipt)[];

export { canonicalJson };

/**
 * Builds a receipt from the parts of a request, with the package's one SHA-256 (`hash/sha256`).
 */
export async function makeReceipt(input: {
  caseInput: unknown;
  decision: { regime: string; outcome: string; rulesetVersion: string };
  profileId: string;
  kind: string;
}): Promise<LetterReceipt> {
  return {
    packageVersion: PACKAGE_VERSION,
    rulesetVersion: RULESET_VERSION,
    decisionRulesetVersion: input.decision.rulesetVersion,
    regime: input.decision.regime,
    profile: input.profileId,
    outcome: input.decision.outcome,
    letterKind: input.kind,
    caseSha256: sha256HexOfText(canonicalJson(input.caseInput)),
  };
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_CT = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** The docProps/custom.xml text of a receipt. */
export function receiptXml(receipt: LetterReceipt): string {
  const props = RECEIPT_FIELDS.map(
    (field, i) =>
      `<property fmtid="${FMTID}" pid="${i + 2}" name="pbi-jk.${field}"><vt:lpwstr>${escapeXml(receipt[field])}</vt:lpwstr></property>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`;
}

/**
 * Writes the receipt into a .docx zip, replacing any custom properties a template had, and
 * registers the part in [Content_Types].xml and _rels/.rels when a template lacks it
 * (`registered`: the zip went through this function before, so that is already done).
 */
export function writeReceipt(zip: PizZip, receipt: LetterReceipt, registered = false): void {
  zip.file(CUSTOM_PART, receiptXml(receipt));
  if (registered) return;
  const types = zip.files['[Content_Types].xml']?.asText();
  if (types !== undefined && !types.includes('PartName="/docProps/custom.xml"')) {
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_CT}"/></Types>`,
      ),
    );
  }
  const rels = zip.files['_rels/.rels']?.asText();
  if (rels !== undefined && !rels.includes(CUSTOM_REL)) {
    let n = 1;
    while (rels.includes(`Id="rIdPbiJk${n}"`)) n++;
    zip.file(
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdPbiJk${n}" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`,
      ),
    );
  }
}

/** Reads the receipt back from a letter's bytes (`undefined` fields when absent). */
export function readReceipt(customXml: string): Partial<LetterReceipt> {
  const out: Partial<LetterReceipt> = {};
  for (const field of RECEIPT_FIELDS) {
    const m = new RegExp(`name="pbi-jk\\.${field}"><vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(customXml);
    if (m?.[1] !== undefined)
      out[field] = m[1]
        .replace(/&quot;/g, '"')
        .replace(/&gt;/g, '>')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&');
  }
  return out;
}
