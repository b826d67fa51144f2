import { ValidationError } from '../errors/validation-error';
import type { Locale } from '../i18n/locale';
import { parseOrThrow } from '../schemas/parse';
import { Profile, ProfileOverrides } from '../schemas/profile';
import {
  isBuiltInProfile,
  isProfileId,
  mergeProfile,
  PROFILE_IDS,
  type ProfileId,
  profiles,
} from './index';

// Profiles validated before (from defineProfile or passed earlier); built-in ones are known by
// isBuiltInProfile, so that resolving one does not validate all six.
const validated = new WeakMap<object, Profile>();

/**
 * Turns a profile id or object into a validated profile, or throws a {@link ValidationError}
 * (`unknown-profile` for an id pbi-jk does not know).
 */
export function resolveProfile(
  ref: unknown,
  locale: Locale,
  path: string[] = ['profile'],
): Profile {
  if (typeof ref === 'string') {
    if (isProfileId(ref)) return profiles[ref];
    throw new ValidationError(
      [
        {
          path,
          code: 'unknown-profile',
          params: { value: ref.slice(0, 40), options: PROFILE_IDS },
        },
      ],
      locale,
    );
  }
  if (typeof ref === 'object' && ref !== null) {
    // A profile validated before (built-in, from defineProfile, or passed earlier) is not re-parsed.
    const known = isBuiltInProfile(ref) ? ref : validated.get(ref);
    if (known) return known;
    const parsed = parseOrThrow(Profile, ref, locale, path);
    validated.set(ref, parsed);
    validated.set(parsed, parsed);
    return parsed;
  }
  throw new ValidationError(
    [
      {
        path,
        code: ref === undefined ? 'required' : 'unknown-profile',
        params: { value: String(ref), options: PROFILE_IDS },
      },
    ],
    locale,
  );
}

/**
 * Builds a new office's profile from a built-in one (or any profile) and overrides, validated:
 * officials, letterhead, signers, and policy knobs such as extra documents, a stricter window,
 * residents-only service or a BPJS roster check. Throws {@link ValidationError} if the result is
 * not a valid profile. Departures from the national baseline are recorded for the rule book.
 *
 * @example
 * const sragen = defineProfile('nasional', {
 *   id: 'sragen', name: 'Dinas Sosial Kabupaten Sragen', city: 'Sragen',
 *   policy: { reaktivasi: { checkBpjsRoster: true } },
 * });
 */
export function defineProfile(
  base: ProfileId | Profile,
  overrides: ProfileOverrides,
  locale: Locale = 'id',
): Profile {
  const b = resolveProfile(base, locale, ['base']);
  const o = parseOrThrow(ProfileOverrides, overrides, locale, ['overrides']);
  return resolveProfile(mergeProfile(b, o), locale, ['overrides']);
}
