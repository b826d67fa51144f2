import type { ProfileId } from '../profiles/index';

/**
 * The built-in profile ids, listed here so that `--help` and option parsing do not load the
 * profiles and their schemas (the profiles module keeps the same list; tsc checks both ways).
 */
export const CLI_PROFILE_IDS = [
  'nasional',
  'purbalingga',
  'magetan',
  'pematangsiantar',
  'bulukumba',
  'garut',
] as const satisfies readonly ProfileId[];

type Missing = Exclude<ProfileId, (typeof CLI_PROFILE_IDS)[number]>;
/** Fails to compile when a built-in profile is missing from {@link CLI_PROFILE_IDS}. */
export const everyProfileListed: [Missing] extends [never] ? true : Missing = true;
