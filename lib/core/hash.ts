/**
 * SHA-256 digests of text, as used for content hashes and cache keys.
 */
import * as crypto from 'crypto';

/** Node's one-shot digest (Node ≥ 20.12): no Hash object per call, which counts for 10,000s of small texts. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** The SHA-256 digest of `text` (its UTF-8 bytes), in lowercase hex. */
export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}
