import { FieldCipher, type Sealed } from '../../../infra/crypto/field-cipher';
import { newKey, type Keyring } from '../../../infra/crypto/keyring';

const k1 = newKey('k1');
const k2 = newKey('k2');
const context = 'contributions.body:row-1';

/** The error a call throws; fails the test when it does not throw. */
function errorFrom(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}

/** The sealed value with one byte of its decoded data changed. */
function withByteFlipped(sealed: Sealed, index: number): Sealed {
  const bytes = Buffer.from(sealed.data, 'base64');
  bytes[index] = bytes[index]! ^ 0x01;
  return { ...sealed, data: bytes.toString('base64') };
}

describe('FieldCipher', () => {
  const cipher = new FieldCipher([k1]);

  it.each([
    ['an empty string', ''],
    ['plain Dutch text', 'Mijn loopbaangesprek ging over de keuze voor een vervolgopleiding.'],
    ['unicode and emoji', 'Ça va? Ĳsselmeer 👩🏽‍🎓🚀 日本語'],
  ])('when %s is sealed, then decryptText gives it back', (_label, text) => {
    expect(cipher.decryptText(cipher.encrypt(text, context), context)).toBe(text);
  });

  it.each([
    ['an empty buffer', Buffer.alloc(0)],
    ['bytes that are not UTF-8', Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x00])],
    ['a 1 MB buffer', Buffer.alloc(1024 * 1024, 'koers')],
  ])('when %s is sealed, then decryptBytes gives the same bytes back', (_label, bytes) => {
    expect(cipher.decryptBytes(cipher.encrypt(bytes, context), context).equals(bytes)).toBe(true);
  });

  it('when text is sealed, then neither the data string nor its bytes contain the text', () => {
    const text = 'Distinctive-plaintext-that-must-not-leak-into-storage. '.repeat(20);
    const sealed = cipher.encrypt(text, context);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.data).not.toContain(text);
    expect(sealed.data).not.toContain('Distinctive');
    expect(Buffer.from(sealed.data, 'base64').includes(Buffer.from(text, 'utf8'))).toBe(false);
  });

  it('when the same text is sealed twice, then the two sealed values differ', () => {
    expect(cipher.encrypt('zelfde tekst', context).data).not.toBe(
      cipher.encrypt('zelfde tekst', context).data,
    );
  });

  describe('refusals', () => {
    const text = 'Vertrouwelijke bijdrage van een leerling';
    const sealed = cipher.encrypt(text, context);
    const length = Buffer.from(sealed.data, 'base64').length;

    it.each<[string, Sealed, string]>([
      ['the context names another row', sealed, 'contributions.body:row-2'],
      ['the context names another column', sealed, 'contributions.title:row-1'],
      ['a byte of the iv is changed', withByteFlipped(sealed, 0), context],
      ['a byte of the tag is changed', withByteFlipped(sealed, 12), context],
      ['a byte of the ciphertext is changed', withByteFlipped(sealed, length - 1), context],
      [
        'the last byte is cut off',
        { ...sealed, data: Buffer.from(sealed.data, 'base64').subarray(0, -1).toString('base64') },
        context,
      ],
      ['the data is shorter than iv and tag', { ...sealed, data: 'AAAA' }, context],
      ['the key id is not in the keyring', { ...sealed, keyId: 'k9' }, context],
    ])('when %s, then decrypting fails without showing the text', (_label, input, at) => {
      const error = errorFrom(() => cipher.decryptText(input, at));
      expect(error.message).toMatch(/^Cannot decrypt /);
      expect(error.message).not.toContain(text);
      expect(error.message).not.toContain(k1.key.toString('base64'));
    });

    it('when the key id is unknown, then the message says so', () => {
      expect(() => cipher.decryptText({ ...sealed, keyId: 'k9' }, context)).toThrow(
        /key k9.*not in the keyring/,
      );
    });

    it('when the data was sealed with another key of the same id, then it is refused', () => {
      const impostor = new FieldCipher([newKey('k1')]);
      expect(() => impostor.decryptText(sealed, context)).toThrow(/altered/);
    });

    it('when the context is empty, then sealing is refused', () => {
      expect(() => cipher.encrypt(text, '')).toThrow(/context is required/);
    });
  });

  describe('rotation', () => {
    const old = new FieldCipher([k1]).encrypt('Gesprek met de mentor', context);
    const rotated = new FieldCipher([k2, k1] satisfies Keyring);

    it('when k2 is added before k1, then k1 data still opens and asks for rotation', () => {
      expect(rotated.currentKeyId).toBe('k2');
      expect(rotated.decryptText(old, context)).toBe('Gesprek met de mentor');
      expect(rotated.needsRotation(old.keyId)).toBe(true);
      expect(rotated.needsRotation('k2')).toBe(false);
    });

    it('when k1 data is resealed, then it is sealed with k2 and holds the same text', () => {
      const resealed = rotated.reseal(old, context);
      expect(resealed.keyId).toBe('k2');
      expect(rotated.decryptText(resealed, context)).toBe('Gesprek met de mentor');
      expect(new FieldCipher([k2]).decryptText(resealed, context)).toBe('Gesprek met de mentor');
    });

    it('when k1 is dropped from the keyring, then k1 data is refused', () => {
      expect(() => new FieldCipher([k2]).decryptText(old, context)).toThrow(/not in the keyring/);
    });

    it('when resealing with the wrong context, then it is refused rather than rebound', () => {
      expect(() => rotated.reseal(old, 'contributions.body:row-2')).toThrow(/Cannot decrypt/);
    });
  });

  it('when a row names a key added after start, then the cipher re-reads its keyring once', () => {
    let reloads = 0;
    const running = new FieldCipher([k1], () => {
      reloads += 1;
      return [k2, k1];
    });
    const resealed = new FieldCipher([k2, k1]).encrypt('na de rotatie', context);
    expect(running.decryptText(resealed, context)).toBe('na de rotatie');
    expect(running.currentKeyId).toBe('k2');
    running.decryptText(resealed, context);
    expect(reloads).toBe(1);
  });
});
