import type { LetterKind as SchemaLetterKind } from '../schemas/profile';

/**
 * The letter kinds of SPEC §3, listed here so that `--help` and option parsing do not load the
 * schemas; a kind is checked against the library's own `LetterKind` when a command runs.
 */
export const LETTER_KINDS = [
  'rekomendasi-reaktivasi',
  'rekomendasi-pendaftaran',
  'rekomendasi-pengalihan',
  'pemberitahuan-tidak-memenuhi-syarat',
  'pengembalian-berkas',
] as const;

/** A letter kind the library knows. */
export type LetterKind = SchemaLetterKind;
