import { Profile, type ProfileOverrides } from '../schemas/profile';

export type { ProfileOverrides } from '../schemas/profile';

import { bulukumba } from './bulukumba';
import { garut } from './garut';
import { magetan } from './magetan';
import { nasional } from './nasional';
import { pematangsiantar } from './pematangsiantar';
import { purbalingga } from './purbalingga';

/** Ids of the built-in profiles: the national baseline and the five seed offices. */
export type ProfileId =
  | 'nasional'
  | 'purbalingga'
  | 'magetan'
  | 'pematangsiantar'
  | 'bulukumba'
  | 'garut';

/** Ids of the built-in profiles, national first. */
export const PROFILE_IDS = [
  'nasional',
  'purbalingga',
  'magetan',
  'pematangsiantar',
  'bulukumba',
  'garut',
] as const satisfies readonly ProfileId[];

const SOURCES: Readonly<Record<ProfileId, unknown>> = {
  nasional,
  purbalingga,
  magetan,
  pematangsiantar,
  bulukumba,
  garut,
};

/** The built-in profiles that have been validated so far (see {@link isBuiltInProfile}). */
const builtIn = new WeakSet<object>();

/**
 * The built-in profiles, validated: `nasional` (the national baseline) and the five offices whose
 * SOPs pbi-jk encodes.
 *
 * @example profiles.magetan.letterhead.government // 'PEMERINTAH KABUPATEN MAGETAN'
 */
export const profiles: Readonly<Record<ProfileId, Profile>> = {} as Record<ProfileId, Profile>;
// Each profile is validated the first time it is read, then stays a plain property: parsing all
// six at import cost every `pbi-jk evaluate` ~30 ms of start-up for the one profile it uses.
for (const id of PROFILE_IDS) {
  const settle = (value: Profile): Profile => {
    Object.defineProperty(profiles, id, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return value;
  };
  Object.defineProperty(profiles, id, {
    enumerable: true,
    configurable: true,
    get: () => {
      const parsed = Profile.parse(SOURCES[id]);
      builtIn.add(parsed);
      return settle(parsed);
    },
    set: settle,
  });
}

/** True when `profile` is one of {@link profiles}, already validated (internal). */
export function isBuiltInProfile(profile: object): profile is Profile {
  return builtIn.has(profile);
}

/** True when `id` names a built-in profile. */
export function isProfileId(id: unknown): id is ProfileId {
  return typeof id === 'string' && (PROFILE_IDS as readonly string[]).includes(id);
}

/** Merges overrides into a base profile without validating (see `defineProfile`). */
export function mergeProfile(base: Profile, overrides: ProfileOverrides): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  // Overrides are validated by ProfileOverrides before they get here.
  for (const service of ['reaktivasi', 'pendaftaran', 'pengalihan'] as const) {
    const b = base.policy[service];
    const o = overrides.policy?.[service] ?? {};
    const requirements =
      b.requirements || o.requirements
        ? {
            add: [...(b.requirements?.add ?? []), ...(o.requirements?.add ?? [])],
            waive: [...(b.requirements?.waive ?? []), ...(o.requirements?.waive ?? [])],
          }
        : undefined;
    policy[service] = {
      ...b,
      ...o,
      ...(requirements ? { requirements } : {}),
      ...(b.sopRefs || o.sopRefs ? { sopRefs: { ...b.sopRefs, ...o.sopRefs } } : {}),
    };
  }
  return {
    ...base,
    ...overrides,
    id: overrides.id ?? `${base.id}-custom`,
    letterhead: { ...base.letterhead, ...overrides.letterhead },
    addressee: { ...base.addressee, ...overrides.addressee },
    sla: overrides.sla ?? base.sla,
    policy,
  };
}
