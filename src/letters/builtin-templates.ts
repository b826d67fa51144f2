import type { LetterKind } from '../schemas/profile';
import { TEMPLATE_BASE64 } from '../templates/generated';

const decoded = new Map<LetterKind, Uint8Array>();

/** Decodes base64 without Node's Buffer. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The built-in template of a kind (.docx bytes). Returns the shared copy: callers that hand it
 * out must copy it first.
 */
export function builtinTemplate(kind: LetterKind): Uint8Array {
  let bytes = decoded.get(kind);
  if (!bytes) {
    bytes = fromBase64(TEMPLATE_BASE64[kind]);
    decoded.set(kind, bytes);
  }
  return bytes;
}
