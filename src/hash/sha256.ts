/**
 * The one SHA-256 of the package: @noble/hashes (audited, synchronous, no Node built-ins and no
 * Web Crypto, so it works on a plain-HTTP intranet page where `crypto.subtle` is undefined).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** SHA-256 of bytes as lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** SHA-256 of a text, encoded as UTF-8, as lower-case hex. */
export function sha256HexOfText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
