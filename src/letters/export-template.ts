import { ValidationError } from '../errors/validation-error';
import type { Locale } from '../i18n/locale';
import type { ProfileId } from '../profiles/index';
import { resolveProfile } from '../profiles/resolve';
import { LetterKind, type Profile } from '../schemas/profile';
import { loadBuiltinTemplate } from './builtin-templates';
import { LETTER_KINDS } from './letter-kinds';

/**
 * The .docx template of a letter kind for an office to restyle in Word (fonts, wording) and hand
 * back to `renderLetter` via `letter.template` or its profile's `templates`. With a profile, it is
 * that office's own letter: its kop, emblem, paper, signer (the usual one), paraf chain and
 * tembusan written in, docxtemplater tags (`{nama}`, `{nomor}`, `{hal}`…) left only for each
 * case's data; a profile that already has its own template for the kind gets that template back.
 * Without a profile, the generic A4 template with every part as a tag. Check an edited template
 * with `checkTemplate`. Rejects with {@link ValidationError} for an unknown kind or profile.
 *
 * @example
 * const bytes = await exportTemplate('rekomendasi-reaktivasi', { profile: 'magetan' });
 * // edit in Word, then: checkTemplate(edited, 'rekomendasi-reaktivasi').ok
 */
export async function exportTemplate(
  kind: LetterKind,
  options: { profile?: ProfileId | Profile; locale?: Locale } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'id';
  const k = LetterKind.safeParse(kind);
  if (!k.success) {
    throw new ValidationError(
      [
        {
          path: ['kind'],
          code: 'unknown-letter-kind',
          params: {
            value: typeof kind === 'string' ? (kind as string).slice(0, 40) : typeof kind,
            options: LETTER_KINDS,
          },
        },
      ],
      locale,
    );
  }
  const profile =
    options?.profile === undefined
      ? undefined
      : resolveProfile(options.profile, locale, ['profile']);
  const own = profile?.templates?.[k.data];
  if (own) return own.slice();
  if (profile) {
    // Loaded on use: the Word writer stays out of bundles that never export a template.
    const { packTemplate } = await import('../templates/pack-template');
    return packTemplate(k.data, { profile });
  }
  return (await loadBuiltinTemplate(k.data)).slice();
}
