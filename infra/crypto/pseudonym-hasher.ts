/**
 * Turns a study subject (an organisation or a member) into the hash the database stores instead of
 * its id, so study data cannot be joined back to people without the pseudonym key. The key lives
 * outside the database (its own key file or setting) and must never change, or every stored hash
 * stops matching.
 */
import { createHmac } from 'node:crypto';

export type SubjectKind = 'organisation' | 'member';

const KEY_BYTES = 32;
// Names this encoding, so a later change of it cannot produce hashes that collide with these.
const DOMAIN = 'koers.subject.v1';
const SECRET_DOMAIN = 'koers.secret.v1';

export class PseudonymHasher {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) {
      throw new Error(`The pseudonym key must be ${KEY_BYTES} bytes, not ${key.length}.`);
    }
    this.key = Buffer.from(key);
  }

  /** HMAC-SHA256 in hex of the length-prefixed parts, so ('a', 'bc') and ('ab', 'c') differ. */
  subjectHash(kind: SubjectKind, studyId: string, subjectId: string): string {
    return this.hash([DOMAIN, kind, studyId, subjectId]);
  }

  /**
   * A short secret (an invite code) as the database keeps it: keyed, so a copy of the database
   * does not let anyone try every possible code offline.
   */
  secretHash(purpose: string, secret: string): string {
    return this.hash([SECRET_DOMAIN, purpose, secret]);
  }

  private hash(parts: string[]): string {
    const hmac = createHmac('sha256', this.key);
    for (const part of parts) {
      const bytes = Buffer.from(part, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      hmac.update(length).update(bytes);
    }
    return hmac.digest('hex');
  }
}
