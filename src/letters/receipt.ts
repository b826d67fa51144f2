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
  /** Ruleset version of the package that wrote the letter. */
  rulesetVersion: string;
  /** Ruleset version recorded in the decision the letter was made from. */
  decisionRulesetVersion: string;
  regime: string;
  profile: string;
  /** The date the law was applied at (the decision's `asOf`), `YYYY-MM-DD`. */
  asOf: string;
  outcome: string;
  letterKind: string;
  /** Letter number as printed. */
  letterNumber: string;
  /** Letter date, `YYYY-MM-DD`. */
  letterDate: string;
  /** The letter's Hal (also its document title). */
  letterTitle: string;
  /** SHA-256 (hex) of the case as canonical JSON: object keys sorted, no spaces. */
  caseSha256: string;
  /** SHA-256 (hex) of the decision as canonical JSON. */
  decisionSha256: string;
};

/** The custom property names, `pbi-jk.<field>`, in the order they are written. */
export const RECEIPT_FIELDS = [
  'packageVersion',
  'rulesetVersion',
  'decisionRulesetVersion',
  'regime',
  'profile',
  'asOf',
  'outcome',
  'letterKind',
  'letterNumber',
  'letterDate',
  'letterTitle',
  'caseSha256',
  'decisionSha256',
] as const satisfies readonly (keyof LetterReceipt)[];

export { canonicalJson };

/**
 * Builds a receipt from the parts of a request, with the package's one SHA-256 (`hash/sha256`).
 */
export function makeReceipt(input: {
  caseInput: unknown;
  /** The case's SHA-256 when the caller has it already (else computed from `caseInput`). */
  caseSha256?: string;
  decision: { regime: string; outcome: string; rulesetVersion: string; asOf: string };
  profileId: string;
  kind: string;
  number: string;
  date: string;
  title: string;
}): LetterReceipt {
  return {
    packageVersion: PACKAGE_VERSION,
    rulesetVersion: RULESET_VERSION,
    decisionRulesetVersion: input.decision.rulesetVersion,
    regime: input.decision.regime,
    profile: input.profileId,
    asOf: input.decision.asOf,
    outcome: input.decision.outcome,
    letterKind: input.kind,
    letterNumber: input.number,
    letterDate: input.date,
    letterTitle: input.title,
    caseSha256: input.caseSha256 ?? sha256HexOfText(canonicalJson(input.caseInput)),
    decisionSha256: sha256HexOfText(canonicalJson(input.decision)),
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

const CORE_PART = 'docProps/core.xml';
const CORE_CT = 'application/vnd.openxmlformats-package.core-properties+xml';
const CORE_REL =
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';

/** The docProps/core.xml of a letter: its Hal as title, its date as created and modified. */
export function coreXml(receipt: LetterReceipt): string {
  const when = `${receipt.letterDate}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(receipt.letterTitle)}</dc:title><dc:creator>pbi-jk</dc:creator><cp:lastModifiedBy>pbi-jk</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/** Adds a part's content-type override and package relationship when a template lacks them. */
function register(zip: PizZip, part: string, contentType: string, relType: string): void {
  const types = zip.files['[Content_Types].xml']?.asText();
  if (types !== undefined && !types.includes(`PartName="/${part}"`)) {
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`,
      ),
    );
  }
  const rels = zip.files['_rels/.rels']?.asText();
  if (rels !== undefined && !rels.includes(relType)) {
    let n = 1;
    while (rels.includes(`Id="rIdPbiJk${n}"`)) n++;
    zip.file(
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdPbiJk${n}" Type="${relType}" Target="${part}"/></Relationships>`,
      ),
    );
  }
}

/**
 * Writes the receipt into a .docx zip (custom properties, replacing any a template had) and the
 * letter's core properties (title = Hal, dates = the letter's date), and registers both parts in
 * [Content_Types].xml and _rels/.rels when a template lacks them (`registered`: the zip went
 * through this function before, so that is already done).
 */
export function writeReceipt(zip: PizZip, receipt: LetterReceipt, registered = false): void {
  // Both parts change with every letter and are about 3 KB together: stored, not DEFLATEd, as
  // each DEFLATE call costs about as much as compressing the whole letter body saves per KB
  // (the letter grows by about 2 KB; bench/letter.mjs).
  zip.file(CUSTOM_PART, receiptXml(receipt), { compression: 'STORE' });
  zip.file(CORE_PART, coreXml(receipt), { compression: 'STORE' });
  if (registered) return;
  register(zip, CORE_PART, CORE_CT, CORE_REL);
  register(zip, CUSTOM_PART, CUSTOM_CT, CUSTOM_REL);
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
