import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of bytes with Node's native hash, for the CLI's per-letter digests (the batch
 * journal's, checked again by `--resume`): the same digest as the core's `sha256Hex`
 * (hash/sha256.ts, which must stay free of Node built-ins), about ten times faster per letter.
 */
export function nodeSha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
