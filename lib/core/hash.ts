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

/** An incremental SHA-256 over many parts (e.g. files read one at a time); `hex()` ends it. */
export class Sha256 {
  private readonly hash = crypto.createHash('sha256');

  /** Adds a part: text (as UTF-8) or bytes. */
  public update(part: string | Uint8Array): this {
    this.hash.update(part);
    return this;
  }

  /** The digest of everything added, in lowercase hex. */
  public hex(): string {
    return this.hash.digest('hex');
  }
}
