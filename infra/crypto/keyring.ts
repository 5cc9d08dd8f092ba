/**
 * Keyrings of AES-256 keys, from the setting KOERS_ENCRYPTION_KEY or, in local mode, from a key
 * file. The first key is current and seals new data; older keys stay so that rows sealed before a
 * rotation still open until `koers keys rotate` has resealed them.
 *
 * The pseudonym (HMAC) key is kept in the same format, as a keyring of one key in its own file.
 * Its hashes are stored, so it must never change: never call addKeyToFile on it.
 *
 * Error messages name the entry and the problem but never echo key material: they end up in logs.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface KeyringKey {
  readonly id: string;
  readonly key: Buffer;
}

/** Current key first; the others only decrypt. */
export type Keyring = readonly [KeyringKey, ...KeyringKey[]];

const KEY_BYTES = 32;
const ID_PATTERN = /^[a-z0-9-]{1,16}$/;
const BASE64_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/;
const ID_RULE = 'use 1 to 16 characters a-z, 0-9 or -';

export function newKey(id: string = randomBytes(4).toString('hex')): KeyringKey {
  if (!ID_PATTERN.test(id)) throw new Error(`Key id "${id}" is not valid: ${ID_RULE}.`);
  return { id, key: randomBytes(KEY_BYTES) };
}

/** Reads `id:base64key` entries separated by commas, current key first. */
export function parseKeyring(text: string): Keyring {
  const entries = text.trim() === '' ? [] : text.split(',');
  return keyringOf(entries.map((entry, index) => parseEntry(entry.trim(), index + 1)));
}

export function formatKeyring(keyring: Keyring): string {
  return keyring.map(({ id, key }) => `${id}:${key.toString('base64')}`).join(',');
}

/** Reads the key file, or creates it with one fresh key when there is none yet. */
export function loadOrCreateKeyFile(path: string): Keyring {
  if (existsSync(path)) return readKeyFile(path);
  const keyring: Keyring = [newKey()];
  try {
    writeKeyFile(path, keyring, 'create');
    return keyring;
  } catch (error) {
    // Another process created the file first: use its key, or the two would seal with different keys.
    if (errorCode(error) === 'EEXIST') return readKeyFile(path);
    throw error;
  }
}

/** Makes a fresh key current; the old keys stay so their rows still open. */
export function addKeyToFile(path: string): Keyring {
  const keyring = keyringOf([newKey(), ...readKeyFile(path)]);
  writeKeyFile(path, keyring, 'replace');
  return keyring;
}

function parseEntry(entry: string, position: number): KeyringKey {
  const where = `Keyring entry ${position}`;
  const colon = entry.indexOf(':');
  if (colon < 0) throw new Error(`${where} is not in the form id:base64key.`);
  const id = entry.slice(0, colon);
  const encoded = entry.slice(colon + 1);
  // The id is not echoed: a swapped or mangled entry could put key material in its place.
  if (!ID_PATTERN.test(id)) throw new Error(`${where} has an invalid key id: ${ID_RULE}.`);
  const key = Buffer.from(encoded, 'base64');
  if (!BASE64_PATTERN.test(encoded) || key.length !== KEY_BYTES) {
    throw new Error(
      `${where} (id ${id}): the key must be ${KEY_BYTES} bytes in base64, not ${key.length} bytes.`,
    );
  }
  return { id, key };
}

function keyringOf(keys: KeyringKey[]): Keyring {
  const [current, ...older] = keys;
  if (!current) {
    throw new Error('The keyring is empty: expected id:base64key entries, current key first.');
  }
  const seen = new Set<string>();
  for (const { id } of keys) {
    if (seen.has(id)) throw new Error(`The keyring has key id ${id} more than once.`);
    seen.add(id);
  }
  return [current, ...older];
}

function readKeyFile(path: string): Keyring {
  const fd = openSync(path, 'r');
  try {
    const mode = fstatSync(fd).mode & 0o777;
    // Windows reports 0o666 for every writable file, so the check would refuse them all.
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new Error(
        `Key file ${path} is open to other users (mode ${mode.toString(8)}); run: chmod 600 ${path}`,
      );
    }
    const text = readFileSync(fd, 'utf8');
    try {
      return parseKeyring(text);
    } catch (error) {
      throw new Error(`Key file ${path}: ${(error as Error).message}`, { cause: error });
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a private temp file, then publishes it whole: readers never see half a key file. 'create'
 * links, which fails when the file exists; 'replace' renames over it.
 */
function writeKeyFile(path: string, keyring: Keyring, how: 'create' | 'replace'): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const temp = join(folder, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${formatKeyring(keyring)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (how === 'create') linkSync(temp, path);
    else renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  syncFolder(folder);
}

/** Without this a crash just after a rotation could bring back the old file, losing the new key. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return; // Windows cannot open a folder to fsync it.
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}
