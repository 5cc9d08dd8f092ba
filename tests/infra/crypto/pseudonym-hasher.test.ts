import { randomBytes } from 'node:crypto';
import { PseudonymHasher } from '../../../infra/crypto/pseudonym-hasher';

describe('PseudonymHasher', () => {
  const key = randomBytes(32);
  const hasher = new PseudonymHasher(key);
  const hash = hasher.subjectHash('member', 'study-1', 'member-42');

  it('when the same subject is hashed twice, then the hash is the same 64 hex characters', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      new PseudonymHasher(Buffer.from(key)).subjectHash('member', 'study-1', 'member-42'),
    ).toBe(hash);
  });

  it.each([
    ['the kind', hasher.subjectHash('organisation', 'study-1', 'member-42')],
    ['the study', hasher.subjectHash('member', 'study-2', 'member-42')],
    ['the subject', hasher.subjectHash('member', 'study-1', 'member-43')],
    ['the key', new PseudonymHasher(randomBytes(32)).subjectHash('member', 'study-1', 'member-42')],
  ])('when %s differs, then the hash differs', (_label, other) => {
    expect(other).not.toBe(hash);
  });

  it('when the same characters are split differently over study and subject, then hashes differ', () => {
    expect(hasher.subjectHash('member', 'a', 'bc')).not.toBe(
      hasher.subjectHash('member', 'ab', 'c'),
    );
    expect(hasher.subjectHash('member', 'a:b', 'c')).not.toBe(
      hasher.subjectHash('member', 'a', 'b:c'),
    );
  });

  it('when the key is not 32 bytes, then the hasher is refused', () => {
    expect(() => new PseudonymHasher(randomBytes(16))).toThrow(/32 bytes, not 16/);
  });

  it('when the caller changes its key buffer afterwards, then hashes stay the same', () => {
    const ownKey = randomBytes(32);
    const own = new PseudonymHasher(ownKey);
    const before = own.subjectHash('organisation', 'study-1', 'school-7');
    ownKey.fill(0);
    expect(own.subjectHash('organisation', 'study-1', 'school-7')).toBe(before);
  });

  it('when an invite code is hashed, then only the same key finds it again, and it cannot pass for a subject', () => {
    const key = Buffer.alloc(32, 3);
    const hasher = new PseudonymHasher(key);
    const code = hasher.secretHash('invite', 'KX7PM3QD');
    expect(new PseudonymHasher(key).secretHash('invite', 'KX7PM3QD')).toBe(code);
    expect(new PseudonymHasher(Buffer.alloc(32, 4)).secretHash('invite', 'KX7PM3QD')).not.toBe(
      code,
    );
    expect(hasher.secretHash('invite', 'KX7PM3QE')).not.toBe(code);
    expect(hasher.subjectHash('member', 'invite', 'KX7PM3QD')).not.toBe(code);
  });
});
