/**
 * The rule book as a format-neutral list of blocks. The content is built once
 * (`buildRuleBook`) and written out twice — Markdown and .docx — so both carry the same text.
 */

/** A run of text; `code` marks identifiers (rule ids, reason codes). */
export type Inline = { text: string; bold?: boolean; code?: boolean };

/** One paragraph of inline runs. */
export type Para = readonly Inline[];

/** One block of the rule book. */
export type Block =
  /** `pageBreakBefore`: the heading starts a new page in .docx (the sign-off sheet). */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; content: Para; pageBreakBefore?: boolean }
  | { type: 'paragraph'; content: Para }
  /** A warning for the reviewer, set apart from the text. */
  | { type: 'note'; content: Para }
  | { type: 'list'; items: readonly Para[] }
  /** Label/value pairs describing one thing (a rule, an example); a value may run to several paragraphs. */
  | { type: 'fields'; rows: readonly { label: string; value: readonly Para[] }[] }
  /** A table with a header row; each cell holds one or more paragraphs. */
  | {
      type: 'table';
      header: readonly string[];
      rows: readonly (readonly (readonly Para[])[])[];
      /** Relative column widths (.docx); default: equal, with narrow "No" columns. */
      widths?: readonly number[];
    };

/** Plain text run. */
export const t = (text: string): Inline => ({ text });
/** Bold run. */
export const b = (text: string): Inline => ({ text, bold: true });
/** Identifier run (monospace). */
export const code = (text: string): Inline => ({ text, code: true });
/** A one-paragraph cell or field value from plain text. */
export const cell = (...content: Inline[]): Para[] => [content];
