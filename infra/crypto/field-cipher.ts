/**
 * Seals single database fields with AES-256-GCM. Free text that people write (such as
 * contributions) is encrypted at rest (C8), so a copied database file or backup reveals nothing of
 * it without the key, which never goes in the database.
 *
 * Each sealed value carries the id of its key, so `koers keys rotate` can find the rows still
 * sealed with an older key and reseal them one by one while Koers keeps running. The caller's
 * context (for example 'contributions.body:<row id>') is authenticated with the data, so a
 * ciphertext copied to another row or column does not open there.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring, KeyringKey } from './keyring';

/** What the database stores: `data` is base64 of iv | tag | ciphertext, a plain text column. */
export interface Sealed {
  keyId: string;
  data: string;
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class FieldCipher {
  private current: KeyringKey;
  private keys: ReadonlyMap<string, Buffer>;

  /**
   * `reload` re-reads the keyring when a row names a key this process has not seen: in local
   * mode `koers keys rotate` adds a key to the file while the bot keeps running.
   */
  constructor(
    keyring: Keyring,
    private readonly reload?: () => Keyring,
  ) {
    this.current = keyring[0];
    this.keys = new Map(keyring.map(({ id, key }) => [id, key]));
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  needsRotation(keyId: string): boolean {
    return keyId !== this.current.id;
  }

  encrypt(plaintext: string | Buffer, context: string): Sealed {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(contextBytes(context));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const data = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    return { keyId: this.current.id, data };
  }

  decryptText(sealed: Sealed, context: string): string {
    return this.decryptBytes(sealed, context).toString('utf8');
  }

  decryptBytes(sealed: Sealed, context: string): Buffer {
    if (!this.keys.has(sealed.keyId) && this.reload) {
      const keyring = this.reload();
      this.current = keyring[0];
      this.keys = new Map(keyring.map(({ id, key }) => [id, key]));
    }
    const key = this.keys.get(sealed.keyId);
    const where = `Cannot decrypt ${context} (key ${sealed.keyId})`;
    if (!key) throw new Error(`${where}: the key is not in the keyring.`);
    const bytes = Buffer.from(sealed.data, 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error(`${where}: the data is too short.`);
    const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(contextBytes(context));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const body = decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([body, decipher.final()]);
    } catch (error) {
      // GCM cannot tell these apart; Node's own message ("unable to authenticate data") is vague.
      throw new Error(`${where}: the data was altered, or was sealed for another field or row.`, {
        cause: error,
      });
    }
  }

  /** Opens with whichever key sealed it and seals again with the current key. */
  reseal(sealed: Sealed, context: string): Sealed {
    return this.encrypt(this.decryptBytes(sealed, context), context);
  }
}

function contextBytes(context: string): Buffer {
  // An empty context would silently drop the row binding the whole design relies on.
  if (context === '') {
    throw new Error('A field cipher context is required, e.g. "table.column:id".');
  }
  return Buffer.from(context, 'utf8');
}
