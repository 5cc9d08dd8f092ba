import { sql } from 'kysely';
import { sealedTextColumns } from '../infra/crypto/sealed-columns';
import { existsSync } from 'node:fs';
import type { Config } from '../infra/config';
import { keyFiles } from '../infra/crypto/keys';
import { loadOrCreateKeyFile, parseKeyring, type Keyring } from '../infra/crypto/keyring';
import type { Database } from '../infra/storage/database';
import type { CliIo } from './koers';

/**
 * The encryption keyring must open every stored row: a key dropped from KOERS_ENCRYPTION_KEY too
 * early makes those rows unreadable. Reads only; local key files are not created here.
 */
export async function checkKeys(config: Config, database: Database, io: CliIo): Promise<boolean> {
  const files = keyFiles(config);
  let keyring: Keyring | undefined;
  try {
    if (config.keys.encryption) keyring = parseKeyring(config.keys.encryption);
    else if (existsSync(files.encryption)) keyring = loadOrCreateKeyFile(files.encryption);
    if (!config.keys.pseudonym && existsSync(files.pseudonym)) loadOrCreateKeyFile(files.pseudonym);
  } catch (err) {
    io.err(`keys        NOT OK: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
  if (!keyring) {
    io.out(`keys        none yet; the first start makes them in ${config.dataDir} (mode 0600)`);
    return true;
  }
  const known = new Set(keyring.map((k) => k.id));
  const tables = [...sealedTextColumns.map((c) => c.table), 'attachments'];
  const used = await Promise.all(
    tables.map(async (table) => {
      const query = sql<{ key_id: string }>`
        select distinct key_id from ${sql.table(table)} where key_id is not null`;
      return (await query.execute(database.db)).rows;
    }),
  );
  const missing = [...new Set(used.flat().map((r) => r.key_id))].filter((id) => !known.has(id));
  if (missing.length > 0) {
    io.err(
      `keys        NOT OK: rows are sealed with key ${missing.join(', ')}, not in the keyring`,
    );
    return false;
  }
  const source = config.keys.encryption ? 'KOERS_ENCRYPTION_KEY' : files.encryption;
  io.out(`keys        ok, current ${keyring[0].id} of ${keyring.length} from ${source}`);
  return true;
}
