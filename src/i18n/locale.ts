/** The languages every message, reason and document exists in. Passed per call, never set globally. */
export type Locale = 'id' | 'en';

/** All supported locales, Indonesian first (the default). */
export const LOCALES = ['id', 'en'] as const satisfies readonly Locale[];

/** A text in both languages; a missing translation is a type error. */
export type Localized<T = string> = Record<Locale, T>;
