/**
 * `--profile` and `--profile-file` turned into a profile: loaded by the commands that need one when
 * they run, never by `pbi-jk --help` (it loads the profiles and their schemas).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Locale } from '../i18n/locale';
import { maskIdentifiersIn } from '../identifiers/mask';
import { type ProfileId, profiles } from '../profiles/index';
import { defineProfile } from '../profiles/resolve';
import type { CliProfile, ProfileOptions } from './commands/shared';
import { InputError, UsageError } from './errors';
import { messagesFor } from './messages';
import { CLI_PROFILE_IDS as PROFILE_IDS } from './profile-ids';

/**
 * Resolves `--profile` or `--profile-file` (exactly one is required: a {@link UsageError}
 * otherwise). A profile file is `{ "base": "<id>", "overrides": { … } }`, validated as
 * `defineProfile` validates; a logo given as a string is a path relative to that file, read into
 * bytes.
 */
export async function resolveProfileOptions(
  o: ProfileOptions,
  locale: Locale,
): Promise<CliProfile> {
  if (o.profile && o.profileFile)
    throw new UsageError('--profile and --profile-file: choose one / pilih salah satu');
  if (o.profile) return { ref: o.profile, profile: profiles[o.profile] };
  if (!o.profileFile)
    throw new UsageError(
      `--profile <id> (${PROFILE_IDS.join(', ')}) or --profile-file <kantor.json> is required`,
    );
  const m = messagesFor(locale);
  const file = o.profileFile;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(m.fileNotFound(file));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(
      m.profileFile(file, m.invalidJson(maskIdentifiersIn((e as Error).message))),
    );
  }
  const spec = (typeof json === 'object' && json !== null ? json : {}) as {
    base?: unknown;
    overrides?: unknown;
  };
  if (typeof spec.base !== 'string' || !(PROFILE_IDS as readonly string[]).includes(spec.base))
    throw new InputError(m.profileFile(file, `"base": ${PROFILE_IDS.join(', ')}`));
  const overrides = await withLogoBytes(spec.overrides ?? {}, dirname(resolve(file)), m, file);
  const profile = defineProfile(spec.base as ProfileId, overrides as never, locale);
  return { ref: profile, profile };
}

/** Replaces every `logo` given as a path (relative to the profile file) by the file's bytes. */
async function withLogoBytes(
  value: unknown,
  dir: string,
  m: ReturnType<typeof messagesFor>,
  file: string,
): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => withLogoBytes(v, dir, m, file)));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'logo' && typeof v === 'string') {
      try {
        out[k] = new Uint8Array(await readFile(resolve(dir, v)));
      } catch {
        throw new InputError(m.profileFile(file, m.fileNotFound(resolve(dir, v))));
      }
    } else out[k] = await withLogoBytes(v, dir, m, file);
  }
  return out;
}
