import { join } from 'node:path';
import type { Config } from '../config';
import { FieldCipher } from './field-cipher';
import { loadOrCreateKeyFile, parseKeyring } from './keyring';
import { PseudonymHasher } from './pseudonym-hasher';

export interface Keys {
  cipher: FieldCipher;
  pseudonyms: PseudonymHasher;
}

/** In local mode the keys live in files beside (not inside) the database: DATA_DIR, mode 0600. */
export function keyFiles(config: Pick<Config, 'dataDir'>) {
  return {
    encryption: join(config.dataDir, 'encryption.keys'),
    pseudonym: join(config.dataDir, 'pseudonym.key'),
  };
}

/** The settings win; local mode falls back to key files it creates once. */
export function loadKeys(config: Pick<Config, 'dataDir' | 'keys'>): Keys {
  const files = keyFiles(config);
  const setting = config.keys.encryption;
  const cipher = setting
    ? new FieldCipher(parseKeyring(setting))
    : new FieldCipher(loadOrCreateKeyFile(files.encryption), () =>
        loadOrCreateKeyFile(files.encryption),
      );
  const pseudonymKey = config.keys.pseudonym
    ? parseKeyring(config.keys.pseudonym)[0].key
    : loadOrCreateKeyFile(files.pseudonym)[0].key;
  return { cipher, pseudonyms: new PseudonymHasher(pseudonymKey) };
}
