import type { Service } from '../schemas/case-input';
import { LetterKind } from '../schemas/profile';

/** Every letter kind, in the order the docs list them. */
export const LETTER_KINDS: readonly LetterKind[] = LetterKind.options;

/** The recommendation letter of each service (what an eligible decision gets by default). */
export const REKOMENDASI_BY_SERVICE: Readonly<Record<Service, LetterKind>> = {
  reaktivasi: 'rekomendasi-reaktivasi',
  pendaftaran: 'rekomendasi-pendaftaran',
  pengalihan: 'rekomendasi-pengalihan',
};
