import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addKeyToFile,
  formatKeyring,
  loadOrCreateKeyFile,
  newKey,
  parseKeyring,
} from '../../../infra/crypto/keyring';

const itOnPosix = process.platform === 'win32' ? it.skip : it;

/** The message of the error a call throws; fails the test when it does not throw. */
function messageFrom(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

describe('parseKeyring', () => {
  const k1 = newKey('k1');
  const k2 = newKey('k2');

  it('when a formatted keyring is parsed, then it has the same ids, keys and order', () => {
    const parsed = parseKeyring(formatKeyring([k2, k1]));
    expect(parsed.map(({ id }) => id)).toEqual(['k2', 'k1']);
    expect(parsed[0].key.equals(k2.key)).toBe(true);
    expect(parsed[1]?.key.equals(k1.key)).toBe(true);
  });

  it('when entries have spaces around them and a trailing newline, then they still parse', () => {
    const text = ` k2:${k2.key.toString('base64')} , k1:${k1.key.toString('base64')}\n`;
    expect(parseKeyring(text).map(({ id }) => id)).toEqual(['k2', 'k1']);
  });

  it('when newKey gets no id, then it makes 8 hex characters and a fresh 32-byte key', () => {
    const [a, b] = [newKey(), newKey()];
    expect(a.id).toMatch(/^[0-9a-f]{8}$/);
    expect(a.key).toHaveLength(32);
    expect(a.key.equals(b.key)).toBe(false);
  });

  it('when newKey gets an id with capitals, then it is refused', () => {
    expect(() => newKey('K1')).toThrow(/not valid/);
  });

  const short = randomBytes(16).toString('base64');
  const long = randomBytes(48).toString('base64');
  const good = k1.key.toString('base64');

  it.each([
    ['empty', '', /empty/],
    ['only spaces', '  \n', /empty/],
    ['a 16-byte key', `k1:${short}`, /entry 1 \(id k1\).*32 bytes.*not 16/],
    ['a 48-byte key', `k2:${good},k1:${long}`, /entry 2 \(id k1\).*not 48/],
    ['a key that is not base64', `k1:${good.slice(0, -2)}!!`, /entry 1 \(id k1\).*32 bytes/],
    ['a duplicate id', `k1:${good},k1:${k2.key.toString('base64')}`, /k1 more than once/],
    ['an entry without id', good, /entry 1 is not in the form id:base64key/],
    ['an empty entry', `k1:${good},`, /entry 2 is not in the form/],
    ['an id with capitals', `Key1:${good}`, /entry 1 has an invalid key id/],
    ['an id longer than 16', `${'k'.repeat(17)}:${good}`, /invalid key id/],
    ['key and id swapped', `${good}:k1`, /entry 1 has an invalid key id/],
  ])('when the text is %s, then it is refused with a clear message', (_label, text, reason) => {
    const message = messageFrom(() => parseKeyring(text));
    expect(message).toMatch(reason);
    for (const material of [short, long, good, good.slice(0, 20)]) {
      expect(message).not.toContain(material);
    }
  });
});

describe('key files', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'koers-keyring-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  itOnPosix('when there is no key file, then one key is created in a 0600 file', () => {
    const path = join(folder, 'nested', 'keys', 'encryption.key');
    const keyring = loadOrCreateKeyFile(path);
    expect(keyring).toHaveLength(1);
    expect(keyring[0].key).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe(`${formatKeyring(keyring)}\n`);
  });

  it('when the key file is loaded a second time, then it gives the same key', () => {
    const path = join(folder, 'encryption.key');
    const first = loadOrCreateKeyFile(path);
    const second = loadOrCreateKeyFile(path);
    expect(second[0].id).toBe(first[0].id);
    expect(second[0].key.equals(first[0].key)).toBe(true);
  });

  itOnPosix('when the key file is readable by others, then it is refused', () => {
    const path = join(folder, 'encryption.key');
    const text = formatKeyring([newKey('k1')]);
    writeFileSync(path, text, { mode: 0o644 });
    chmodSync(path, 0o644);
    const message = messageFrom(() => loadOrCreateKeyFile(path));
    expect(message).toMatch(/mode 644.*chmod 600/);
    expect(message).not.toContain(text.slice(3));
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('when the key file holds a bad key, then the message names the file', () => {
    const path = join(folder, 'encryption.key');
    writeFileSync(path, `k1:${randomBytes(16).toString('base64')}\n`, { mode: 0o600 });
    expect(() => loadOrCreateKeyFile(path)).toThrow(`Key file ${path}: Keyring entry 1 (id k1)`);
  });

  itOnPosix('when a key is added, then it becomes current and the old key stays', () => {
    const path = join(folder, 'encryption.key');
    const [old] = loadOrCreateKeyFile(path);
    const added = addKeyToFile(path);
    expect(added).toHaveLength(2);
    expect(added[0].id).not.toBe(old.id);
    expect(added[1]?.id).toBe(old.id);
    expect(added[1]?.key.equals(old.key)).toBe(true);
    expect(formatKeyring(loadOrCreateKeyFile(path))).toBe(formatKeyring(added));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['encryption.key']);
  });

  it('when a key is added to a missing file, then it fails instead of starting a new keyring', () => {
    expect(() => addKeyToFile(join(folder, 'missing.key'))).toThrow(/ENOENT/);
  });
});
