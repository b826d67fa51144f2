import { sha256Hex } from '../hash/sha256';
import type { LetterKind, Profile } from '../schemas/profile';
import { TEMPLATE_BASE64 } from '../templates/generated';

const decoded = new Map<LetterKind, Uint8Array>();
let table: Promise<Readonly<Record<LetterKind, string>>> | undefined;

/** Decodes base64 without Node's Buffer. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decode(kind: LetterKind, base64: string): Uint8Array {
  const bytes = fromBase64(base64);
  decoded.set(kind, bytes);
  return bytes;
}

/**
 * The built-in A4 template of a kind without an emblem (.docx bytes), loading the templates on
 * first use: they are ~60 KB gzip of base64, which a page that only decides or makes a rule book
 * never fetches. Returns the shared copy: callers that hand it out must copy it first.
 */
export async function loadBuiltinTemplate(kind: LetterKind): Promise<Uint8Array> {
  const bytes = decoded.get(kind);
  if (bytes) return bytes;
  table ??= import('../templates/generated').then((m) => m.TEMPLATE_BASE64);
  return decode(kind, (await table)[kind]);
}

/**
 * {@link loadBuiltinTemplate} without waiting, for tests and scripts: a module that calls it
 * bundles the templates statically.
 */
export function builtinTemplate(kind: LetterKind): Uint8Array {
  return decoded.get(kind) ?? decode(kind, TEMPLATE_BASE64[kind]);
}

/** Templates built for an office's paper or emblem, by kind, paper and emblem hash. */
const variants = new Map<string, Promise<Uint8Array>>();
const VARIANT_CACHE_SIZE = 32;

/**
 * The key of the built-in template an office's letters are filled from: `undefined` for the
 * shipped A4 one, else its paper and the SHA-256 of its emblem.
 */
export function variantKey(kind: LetterKind, profile: Profile): string | undefined {
  const logo = profile.letterhead.logo;
  if (profile.paper === 'A4' && logo === undefined) return undefined;
  return `${kind}:${profile.paper}:${logo ? sha256Hex(logo) : ''}`;
}

/**
 * The built-in template of a kind for an office: the shipped A4 one, or one built (once per
 * process) with the office's paper and emblem. Shared bytes: copy before handing out.
 */
export function officeTemplate(kind: LetterKind, profile: Profile): Promise<Uint8Array> {
  const key = variantKey(kind, profile);
  if (key === undefined) return loadBuiltinTemplate(kind);
  let built = variants.get(key);
  if (!built) {
    if (variants.size >= VARIANT_CACHE_SIZE) {
      const oldest = variants.keys().next().value;
      if (oldest !== undefined) variants.delete(oldest);
    }
    const logo = profile.letterhead.logo;
    // The Word writer (docx) loads only when an office's paper or emblem needs its own template,
    // so a page that only decides never carries it.
    built = import('../templates/pack-template').then(({ packTemplate }) =>
      packTemplate(kind, { paper: profile.paper, ...(logo ? { logo } : {}) }),
    );
    variants.set(key, built);
  }
  return built;
}
